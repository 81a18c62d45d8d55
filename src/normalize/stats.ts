import type { SrcLine } from './block.ts';

/** The q-quantile (0..1) of a list of numbers; 0 for an empty list. */
export function quantile(values: number[], q: number): number {
  if (values.length === 0) return 0;
  const sorted = Float64Array.from(values).sort();
  const i = Math.min(sorted.length - 1, Math.max(0, Math.floor(q * (sorted.length - 1))));
  return sorted[i] ?? 0;
}

/** Visible length of a line, its indent included (the page position of its end). */
export function lineEnd(l: SrcLine): number {
  return l.indent + l.text.length;
}

/**
 * The measure (full-line length) of a hard-wrapped text, from its own line lengths: the longest
 * line not far above the 90th percentile, so a few overlong lines (URLs, tables) do not stretch it.
 */
export function measure(lines: SrcLine[]): number {
  const lens: number[] = [];
  for (const l of lines) if (l.text) lens.push(lineEnd(l));
  const p90 = quantile(lens, 0.9);
  let max = 0;
  for (const n of lens) if (n <= p90 * 1.1 && n > max) max = n;
  return max;
}
