import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { bookletOrder, gatheringSizes } from '../../../src/impose/index.ts';
import { creepShiftPt } from '../../../src/impose/creep.ts';
import { twoUpSides } from '../../../src/impose/order.ts';

type Pair = [number | null, number | null];

/**
 * Read a folded, nested gathering the way a reader turns its pages: down the right halves of the
 * fronts and left halves of the backs to the centre, then back out. Independent of the formula.
 */
function readFolded(sides: Pair[]): Array<number | null> {
  const sheets = sides.length / 2;
  const first: Array<number | null> = [];
  const second: Array<number | null> = [];
  for (let k = 0; k < sheets; k++) {
    const front = sides[2 * k]!;
    const back = sides[2 * k + 1]!;
    first.push(front[1], back[0]);
    second.unshift(back[1], front[0]);
  }
  return [...first, ...second];
}

describe('bookletOrder', () => {
  it('gives the classic 8-page saddle-stitch order', () => {
    expect(bookletOrder(8)).toEqual([
      [8, 1],
      [2, 7],
      [6, 3],
      [4, 5],
    ]);
  });

  it('pads 9 pages to 12 with nulls standing for pages 10–12 only', () => {
    expect(bookletOrder(9)).toEqual([
      [null, 1],
      [2, null],
      [null, 3],
      [4, 9],
      [8, 5],
      [6, 7],
    ]);
  });

  it('splits into signatures of N pages, the last one smaller', () => {
    expect(gatheringSizes(20, 8)).toEqual([8, 8, 4]);
    expect(gatheringSizes(17, 8)).toEqual([8, 8, 4]);
    expect(gatheringSizes(9)).toEqual([12]);
    expect(bookletOrder(20, 8).slice(4, 8)).toEqual([
      [16, 9],
      [10, 15],
      [14, 11],
      [12, 13],
    ]);
    expect(bookletOrder(20, 8).slice(8)).toEqual([
      [20, 17],
      [18, 19],
    ]);
  });

  it('rejects signatures that are not positive multiples of 4', () => {
    for (const bad of [0, 2, 6, -4, 4.5]) expect(() => bookletOrder(10, bad)).toThrow(/multiple of 4/);
  });

  it('for any page count and signature: reads back 1..n in order, every page once, pads only at the end', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 300 }), fc.option(fc.integer({ min: 1, max: 12 }).map((s) => s * 4)), (n, sig) => {
        const order = bookletOrder(n, sig ?? undefined);
        const padded = Math.ceil(n / 4) * 4;
        expect(order.length).toBe(2 * Math.ceil(n / 4));
        const read: Array<number | null> = [];
        let at = 0;
        for (const size of gatheringSizes(n, sig ?? undefined)) {
          read.push(...readFolded(order.slice(at, at + size / 2)));
          at += size / 2;
        }
        const expected = Array.from({ length: padded }, (_, i) => (i < n ? i + 1 : null));
        expect(read).toEqual(expected);
      }),
    );
  });
});

describe('twoUpSides', () => {
  it('keeps reading order and pads an odd last page on the right', () => {
    expect(twoUpSides(5).map((s) => [s.left, s.right])).toEqual([
      [1, 2],
      [3, 4],
      [5, null],
    ]);
  });
});

describe('creepShiftPt', () => {
  it('rises linearly from 0 at the outermost sheet to the full creep at the centre sheet', () => {
    const mm = 72 / 25.4;
    expect(creepShiftPt(2, 0, 5)).toBe(0);
    expect(creepShiftPt(2, 2, 5)).toBeCloseTo(1 * mm, 9);
    expect(creepShiftPt(2, 4, 5)).toBeCloseTo(2 * mm, 9);
    expect(creepShiftPt(2, 0, 1)).toBe(0);
  });
});
