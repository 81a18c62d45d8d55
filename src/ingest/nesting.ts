import { ReaderError } from '../errors.ts';

/**
 * Deepest quote/list nesting a Markdown source may have. Real texts nest a few levels;
 * thousands of levels make the Markdown parser take minutes (its cost grows with the
 * square of the depth or worse) and overflow the stack of the tree walkers after it.
 */
export const MAX_MARKDOWN_NESTING = 32;

/**
 * Quote and list containers opened at the start of one line: each `>` or list marker, plus
 * the levels that the indentation before the first marker implies (a nested list item is
 * indented at least two columns per level).
 */
export function lineNesting(line: string): number {
  let depth = 0;
  let indent = 0;
  let i = 0;
  for (;;) {
    let cols = 0;
    while (line[i] === ' ' || line[i] === '\t') cols += line[i++] === '\t' ? 4 : 1;
    const c = line[i];
    if (c === '>') {
      depth++;
      if (depth === 1) indent = cols;
      i++;
      continue;
    }
    if ((c === '-' || c === '*' || c === '+') && (i + 1 === line.length || line[i + 1] === ' ' || line[i + 1] === '\t')) {
      depth++;
      if (depth === 1) indent = cols;
      i++;
      continue;
    }
    const ordered = /^\d{1,9}[.)](?=[ \t]|$)/.exec(line.slice(i, i + 11));
    if (ordered) {
      depth++;
      if (depth === 1) indent = cols;
      i += ordered[0].length;
      continue;
    }
    break;
  }
  return depth === 0 ? 0 : depth + Math.floor(indent / 2);
}

/** Refuse a Markdown source nested deeper than the pipeline can take, naming the first such line. */
export function checkMarkdownNesting(text: string, file: string): void {
  let line = 1;
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    // A cheap test first: most lines open no container at all.
    let i = start;
    while (i < end && (text.charCodeAt(i) === 0x20 || text.charCodeAt(i) === 0x09)) i++;
    const first = text.charCodeAt(i);
    if (first === 0x3e || first === 0x2d || first === 0x2a || first === 0x2b || (first >= 0x30 && first <= 0x39)) {
      const depth = lineNesting(text.slice(start, end));
      if (depth > MAX_MARKDOWN_NESTING) {
        throw new ReaderError(
          'SourceTooDeep',
          `Quotes and lists nest ${depth} levels deep here; reader takes at most ${MAX_MARKDOWN_NESTING}`,
          'Flatten the nesting on that line (remove the extra `>` or list markers, or the indentation before them).',
          { file, line, column: 1 },
        );
      }
    }
    start = end + 1;
    line++;
  }
}
