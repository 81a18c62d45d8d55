import type { SrcLine } from './block.ts';
import type { Repairs } from './repairs.ts';

/** Per-text patterns from the manifest: whole lines matching any of them are dropped. */
export function dropPatterns(lines: SrcLine[], patterns: readonly string[], r: Repairs): SrcLine[] {
  if (patterns.length === 0 || !r.on('drop-pattern')) return lines;
  const res: RegExp[] = [];
  for (const p of patterns) {
    try {
      res.push(new RegExp(p, 'u'));
    } catch {
      r.note('drop-pattern', { line: 1, column: 1 }, `Unexpected invalid drop pattern \`${p}\`, ignored`);
    }
  }
  return lines.filter((l) => {
    const hit = l.text !== '' && res.find((re) => re.test(l.text));
    if (hit) r.log('drop-pattern', l, l.text, '', `Unexpected line matching drop pattern \`${hit.source}\`, dropped`);
    return !hit;
  });
}
