/**
 * Find a snippet in the source text when the tree has no positions (a normalizer that
 * rebuilds text may drop them), so messages can still point at a line and column.
 */
import type { VFile } from 'vfile';

export interface SourceLocator {
  /** Line and column of `snippet`, searching forward from the last hit, then from the start. */
  find(snippet: string): { line?: number; column?: number };
}

/** A locator over `file.value`; finds nothing when the file has no text. */
export function sourceLocator(file: VFile): SourceLocator {
  const value = typeof file.value === 'string' ? file.value : '';
  const lineStarts = [0];
  for (let i = value.indexOf('\n'); i >= 0; i = value.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  let cursor = 0;
  const at = (offset: number): { line: number; column: number } => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStarts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - lineStarts[lo]! + 1 };
  };
  return {
    find(snippet) {
      const s = snippet.trim();
      if (!value || !s) return {};
      let i = value.indexOf(s, cursor);
      if (i < 0) i = value.indexOf(s);
      if (i < 0) return {};
      cursor = i + s.length;
      return at(i);
    },
  };
}
