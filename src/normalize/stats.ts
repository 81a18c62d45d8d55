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
 * The measure (typical full-line length) of a hard-wrapped text, from its own line lengths:
 * the 90th percentile of non-blank lines, so a few overlong lines do not stretch it.
 */
export function measure(lines: SrcLine[]): number {
  const lens: number[] = [];
  for (const l of lines) if (l.text) lens.push(lineEnd(l));
  return quantile(lens, 0.9);
}
