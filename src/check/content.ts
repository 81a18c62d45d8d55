import { parseContentStream, type Operation } from '../accessibility/content-stream.ts';
import type { ContentFinding } from './facts.ts';

// Operators that put marks on the page (path construction and clipping alone do not).
const PAINT = new Set(['S', 's', 'f', 'F', 'f*', 'B', 'B*', 'b', 'b*', 'Tj', 'TJ', "'", '"', 'Do', 'sh', 'BI']);

/**
 * Scan one page's content for 7.1-1, 7.1-2 and 7.1-3: paint outside any tagged (MCID) or
 * Artifact sequence, artifacts inside tagged content and the reverse, and MCIDs that no
 * structure element references. One finding per kind is enough to fail and to point.
 */
export function scanContent(content: string | Operation[], page: number, referenced: (mcid: number) => boolean): ContentFinding[] {
  const stack: Array<'artifact' | 'tagged' | 'other'> = [];
  const found = new Map<ContentFinding['kind'], ContentFinding>();
  const report = (kind: ContentFinding['kind']) => found.set(kind, { page, kind });
  for (const op of typeof content === 'string' ? parseContentStream(content) : content) {
    if (op.op === 'BDC' || op.op === 'BMC') {
      const tag = op.operands[0] ?? '';
      const mcid = op.op === 'BDC' ? /\/MCID\s+(\d+)/.exec(op.operands[1] ?? '')?.[1] : undefined;
      const kind = tag === '/Artifact' ? 'artifact' : mcid !== undefined ? 'tagged' : 'other';
      if (kind === 'artifact' && stack.includes('tagged')) report('artifact-in-tagged');
      if (kind === 'tagged' && stack.includes('artifact')) report('tagged-in-artifact');
      if (kind === 'tagged' && !referenced(Number(mcid))) report('unreferenced-mcid');
      stack.push(kind);
    } else if (op.op === 'EMC') stack.pop();
    else if (PAINT.has(op.op) && !stack.includes('artifact') && !stack.includes('tagged')) report('untagged');
  }
  return [...found.values()];
}
