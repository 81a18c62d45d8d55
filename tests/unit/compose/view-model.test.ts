import { describe, expect, it } from 'vitest';
import { formatDate, listRange } from '../../../src/compose/helpers.ts';
import { paragraphRanges } from '../../../src/compose/view-model.ts';

describe('view model helpers', () => {
  it('groups paragraph numbers into ranges', () => {
    expect(paragraphRanges('t', [9, 3, 4, 5, 5])).toEqual([
      { href: '#t-p3', label: '¶ 3–5' },
      { href: '#t-p9', label: '¶ 9' },
    ]);
  });

  it('formats partial dates', () => {
    expect(formatDate('2021-12-12')).toBe('12 December 2021');
    expect(formatDate('2003-03')).toBe('March 2003');
    expect(formatDate('1991')).toBe('1991');
    expect(formatDate('spring 1921')).toBe('spring 1921');
  });

  it('names note calls compactly', () => {
    expect(listRange([1, 2, 3, 5, 7, 8])).toBe('[1]–[3], [5] and [7]–[8]');
  });
});
