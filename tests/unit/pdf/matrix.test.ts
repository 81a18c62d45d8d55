import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { multiplyInto, mutableMatrix, translateInPlace, type Matrix } from '../../../src/pdf/matrix.ts';

/** The row-vector product as PDF defines it (apply m, then n), in plain arithmetic: the reference. */
function multiply(m: Matrix, n: Matrix): Matrix {
  return [
    m[0] * n[0] + m[1] * n[2],
    m[0] * n[1] + m[1] * n[3],
    m[2] * n[0] + m[3] * n[2],
    m[2] * n[1] + m[3] * n[3],
    m[4] * n[0] + m[5] * n[2] + n[4],
    m[4] * n[1] + m[5] * n[3] + n[5],
  ];
}

const matrix = fc.tuple(fc.double(), fc.double(), fc.double(), fc.double(), fc.double(), fc.double()) as fc.Arbitrary<Matrix>;
const same = (a: ArrayLike<number>, b: ArrayLike<number>) => Array.from(a).every((x, k) => Object.is(x, b[k]));

describe('matrix', () => {
  it('multiplies to the same numbers as multiply, -0 and NaN included, into either operand', () => {
    fc.assert(
      fc.property(matrix, matrix, (m, n) => {
        const expected = multiply(m, n);
        expect(same(multiplyInto(mutableMatrix([0, 0, 0, 0, 0, 0]), m, n), expected)).toBe(true);
        expect(same(multiplyInto(mutableMatrix(m), mutableMatrix(m), n), expected)).toBe(true);
        const into = mutableMatrix(n);
        expect(same(multiplyInto(into, m, into), expected)).toBe(true);
      }),
    );
  });

  it('translates as multiply([1, 0, 0, 1, tx, ty], m) does', () => {
    fc.assert(
      fc.property(matrix, fc.double(), fc.double(), (m, tx, ty) => {
        const moved = mutableMatrix(m);
        translateInPlace(moved, tx, ty);
        expect(same(moved, multiply([1, 0, 0, 1, tx, ty], m))).toBe(true);
      }),
    );
  });
});
