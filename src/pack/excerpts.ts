/** Excerpt selection: which paragraphs a pack prints around the paragraphs that match. Pure. */

/** A run of consecutive paragraphs, by 1-based paragraph number, both ends included. */
export interface ParagraphRange {
  from: number;
  to: number;
  /** The matching paragraphs inside the range, ascending. */
  hits: number[];
}

/** An excerpt, or the ellipsis line between two excerpts that do not touch. */
export type ExcerptItem = { kind: 'excerpt'; range: ParagraphRange } | { kind: 'gap'; skipped: number };

/**
 * Each hit with `context` paragraphs either side, clipped to `1..total`; ranges that overlap
 * or touch are merged, since two excerpts with nothing between them read as one.
 */
export function excerptRanges(hits: readonly number[], total: number, context: number): ParagraphRange[] {
  const sorted = [...new Set(hits)].filter((n) => n >= 1 && n <= total).sort((a, b) => a - b);
  const out: ParagraphRange[] = [];
  for (const n of sorted) {
    const from = Math.max(1, n - context);
    const to = Math.min(total, n + context);
    const last = out.at(-1);
    if (last && from <= last.to + 1) {
      last.to = Math.max(last.to, to);
      last.hits.push(n);
    } else out.push({ from, to, hits: [n] });
  }
  return out;
}

/**
 * The ranges in reading order with an ellipsis line between ranges that are not adjacent.
 * (Before the first and after the last there is none: the source line gives the ¶ numbers.)
 */
export function withGaps(ranges: readonly ParagraphRange[]): ExcerptItem[] {
  const out: ExcerptItem[] = [];
  for (const [i, range] of ranges.entries()) {
    const prev = ranges[i - 1];
    if (prev && range.from > prev.to + 1) out.push({ kind: 'gap', skipped: range.from - prev.to - 1 });
    out.push({ kind: 'excerpt', range });
  }
  return out;
}
