import { describe, expect, it } from 'vitest';
import { excerptRanges, withGaps } from '../../../src/pack/excerpts.ts';

describe('excerptRanges', () => {
  it('takes N paragraphs of context either side of a hit', () => {
    expect(excerptRanges([10], 30, 1)).toEqual([{ from: 9, to: 11, hits: [10] }]);
    expect(excerptRanges([10], 30, 2)).toEqual([{ from: 8, to: 12, hits: [10] }]);
    expect(excerptRanges([10], 30, 0)).toEqual([{ from: 10, to: 10, hits: [10] }]);
  });

  it('clips context at the start and end of the text', () => {
    expect(excerptRanges([1, 30], 30, 2)).toEqual([
      { from: 1, to: 3, hits: [1] },
      { from: 28, to: 30, hits: [30] },
    ]);
  });

  it('merges overlapping excerpts', () => {
    expect(excerptRanges([5, 7], 30, 1)).toEqual([{ from: 4, to: 8, hits: [5, 7] }]);
  });

  it('merges excerpts that touch, so no ellipsis stands between adjacent paragraphs', () => {
    // 4-6 and 7-9 touch: one excerpt.
    expect(excerptRanges([5, 8], 30, 1)).toEqual([{ from: 4, to: 9, hits: [5, 8] }]);
  });

  it('keeps excerpts with a paragraph between them apart', () => {
    expect(excerptRanges([5, 9], 30, 1)).toEqual([
      { from: 4, to: 6, hits: [5] },
      { from: 8, to: 10, hits: [9] },
    ]);
  });

  it('sorts, dedupes and drops numbers outside the text', () => {
    expect(excerptRanges([9, 3, 3, 0, 99], 10, 0)).toEqual([
      { from: 3, to: 3, hits: [3] },
      { from: 9, to: 9, hits: [9] },
    ]);
    expect(excerptRanges([], 10, 1)).toEqual([]);
  });

  it('chains merges across many hits', () => {
    expect(excerptRanges([2, 4, 6, 8], 20, 1)).toEqual([{ from: 1, to: 9, hits: [2, 4, 6, 8] }]);
  });
});

describe('withGaps', () => {
  it('puts an ellipsis between non-adjacent excerpts, with the number left out', () => {
    const items = withGaps(excerptRanges([5, 20], 30, 1));
    expect(items.map((i) => (i.kind === 'gap' ? `…${i.skipped}` : `${i.range.from}-${i.range.to}`))).toEqual(['4-6', '…12', '19-21']);
  });

  it('puts none before the first or after the last excerpt, nor around a single one', () => {
    expect(withGaps(excerptRanges([15], 30, 1)).map((i) => i.kind)).toEqual(['excerpt']);
    expect(withGaps([])).toEqual([]);
  });
});
