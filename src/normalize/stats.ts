import type { SrcLine } from './block.ts';

/** The q-quantile (0..1) of non-negative integers (line lengths), by histogram: linear time. */
export function quantile(values: number[], q: number): number {
  if (values.length === 0) return 0;
  let max = 0;
  for (const v of values) if (v > max) max = v;
  const hist = new Uint32Array(max + 1);
  for (const v of values) hist[Math.max(0, Math.floor(v))]!++;
  const rank = Math.min(values.length - 1, Math.max(0, Math.floor(q * (values.length - 1))));
  let seen = 0;
  for (let v = 0; v <= max; v++) {
    seen += hist[v]!;
    if (seen > rank) return v;
  }
  return max;
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
