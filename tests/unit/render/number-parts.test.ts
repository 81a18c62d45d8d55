import { describe, expect, it } from 'vitest';
import type { PartFacts, PartSurvey } from '../../../src/render/book-parts.ts';
import { numberParts } from '../../../src/render/book.ts';

const survey = (ids: string[][]): PartSurvey[] => ids.map((i) => ({ ids: i, weight: 1, hash: '' }));
const fact = (part: number, first: number, last: number, places: PartFacts['places'] = {}): [number, PartFacts] => [part, { part, first, last, places }];

describe('numberParts', () => {
  it('starts every part after the first on an odd page, with a blank page where one is needed', () => {
    // cover: 1 page; contents: 1 page; a text of 4 pages laid out as pages 3-6 of its lane; back matter 3 pages.
    const n = numberParts(
      survey([['cover'], ['contents'], ['t1'], ['back']]),
      new Map([fact(0, 1, 1), fact(1, 3, 3), fact(2, 3, 6, { t1: [0, 10, 20], 't1-p9': [3, 10, 400] }), fact(3, 1, 3)]),
    );
    expect(n.start).toEqual([1, 3, 5, 9]);
    expect(n.blanks).toEqual([2, 4]);
    expect([...n.blankBefore]).toEqual([1, 2]);
    expect(n.pages).toEqual({ t1: 5, 't1-p9': 8 });
    expect(n.places['t1-p9']).toEqual([8, 10, 400]);
    expect(n.total).toBe(11);
  });

  it('needs no blank page after a part that ends on an even page', () => {
    const n = numberParts(survey([['a'], ['b']]), new Map([fact(0, 1, 2), fact(1, 5, 5)]));
    expect(n.start).toEqual([1, 3]);
    expect(n.blanks).toEqual([]);
    expect(n.total).toBe(3);
  });

  it('refuses a part that reached no page, naming it', () => {
    expect(() => numberParts(survey([['a'], ['lost-text']]), new Map([fact(0, 1, 1), fact(1, 0, -1)]))).toThrow(/lost-text on no page/);
  });
});
