// For tests of the writer's content rewrites: paint outside any tagged (MCID) or Artifact
// sequence, artifacts inside tagged content and the reverse (rules 7.1-1 to 7.1-3), read from
// decoded content. The checker reads whole PDFs through pdf.js (src/check); this reads the
// snippets the unit tests write.
import { ContentScanner } from '../../../src/pdf/content-stream.ts';

export type Finding = 'untagged' | 'artifact-in-tagged' | 'tagged-in-artifact';

const PAINT = new Set(['S', 's', 'f', 'F', 'f*', 'B', 'B*', 'b', 'b*', 'Tj', 'TJ', "'", '"', 'Do', 'sh', 'BI']);

export function taggingFindings(content: string | Uint8Array): Finding[] {
  const stack: Array<'artifact' | 'tagged' | 'other'> = [];
  let artifacts = 0;
  let tagged = 0;
  const found = new Set<Finding>();
  const ops = new ContentScanner(typeof content === 'string' ? Buffer.from(content, 'latin1') : content);
  while (ops.next()) {
    if (ops.op === 'BDC' || ops.op === 'BMC') {
      const kind = ops.operand(0) === '/Artifact' ? 'artifact' : /\/MCID\s+\d+/.test(ops.operand(1)) ? 'tagged' : 'other';
      if (kind === 'artifact' && tagged > 0) found.add('artifact-in-tagged');
      if (kind === 'tagged' && artifacts > 0) found.add('tagged-in-artifact');
      stack.push(kind);
      if (kind === 'artifact') artifacts++;
      if (kind === 'tagged') tagged++;
    } else if (ops.op === 'EMC') {
      const kind = stack.pop();
      if (kind === 'artifact') artifacts--;
      if (kind === 'tagged') tagged--;
    } else if (PAINT.has(ops.op) && artifacts === 0 && tagged === 0) found.add('untagged');
  }
  return [...found];
}
