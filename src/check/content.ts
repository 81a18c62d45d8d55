import { ContentScanner } from '../accessibility/content-stream.ts';
import type { ContentFinding } from './facts.ts';

// Operators that put marks on the page (path construction and clipping alone do not).
const PAINT = new Set(['S', 's', 'f', 'F', 'f*', 'B', 'B*', 'b', 'b*', 'Tj', 'TJ', "'", '"', 'Do', 'sh', 'BI']);

/**
 * Scan one page's content for 7.1-1, 7.1-2 and 7.1-3: paint outside any tagged (MCID) or
 * Artifact sequence, artifacts inside tagged content and the reverse, and MCIDs that no
 * structure element references. One finding per kind is enough to fail and to point.
 * Decoded content (bytes or latin1 text) is read in place, building a string only for the
 * operands of marked-content operators: a book's pages hold millions of operations.
 */
export function scanContent(content: string | Uint8Array, page: number, referenced: (mcid: number) => boolean): ContentFinding[] {
  const stack: Array<'artifact' | 'tagged' | 'other'> = [];
  let artifacts = 0;
  let tagged = 0;
  const found = new Map<ContentFinding['kind'], ContentFinding>();
  const report = (kind: ContentFinding['kind']) => found.set(kind, { page, kind });
  const visit = (op: string, operand: (k: number) => string) => {
    if (op === 'BDC' || op === 'BMC') {
      const tag = operand(0);
      const mcid = op === 'BDC' ? /\/MCID\s+(\d+)/.exec(operand(1))?.[1] : undefined;
      const kind = tag === '/Artifact' ? 'artifact' : mcid !== undefined ? 'tagged' : 'other';
      if (kind === 'artifact' && tagged > 0) report('artifact-in-tagged');
      if (kind === 'tagged' && artifacts > 0) report('tagged-in-artifact');
      if (kind === 'tagged' && !referenced(Number(mcid))) report('unreferenced-mcid');
      stack.push(kind);
      if (kind === 'artifact') artifacts++;
      if (kind === 'tagged') tagged++;
    } else if (op === 'EMC') {
      const kind = stack.pop();
      if (kind === 'artifact') artifacts--;
      if (kind === 'tagged') tagged--;
    } else if (PAINT.has(op) && artifacts === 0 && tagged === 0) report('untagged');
  };
  const scanner = new ContentScanner(typeof content === 'string' ? Buffer.from(content, 'latin1') : content);
  while (scanner.next()) visit(scanner.op, (k) => scanner.operand(k));
  return [...found.values()];
}
