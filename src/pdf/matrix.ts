/** PDF transformation matrices [a b c d e f], composed in PDF's row-vector convention (apply m, then n). */
export type Matrix = [number, number, number, number, number, number];

export const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];

/**
 * The content readers compose matrices once a glyph: they change them in place, in reused
 * arrays, rather than allocate new ones.
 */
export type MutableMatrix = Float64Array;

/** A new matrix, a copy of `m`. */
export function mutableMatrix(m: ArrayLike<number>): MutableMatrix {
  return Float64Array.from(m);
}

/** out = m × n (apply m, then n); out may be m or n. */
export function multiplyInto(out: MutableMatrix, m: ArrayLike<number>, n: ArrayLike<number>): MutableMatrix {
  const a = m[0]! * n[0]! + m[1]! * n[2]!;
  const b = m[0]! * n[1]! + m[1]! * n[3]!;
  const c = m[2]! * n[0]! + m[3]! * n[2]!;
  const d = m[2]! * n[1]! + m[3]! * n[3]!;
  const e = m[4]! * n[0]! + m[5]! * n[2]! + n[4]!;
  const f = m[4]! * n[1]! + m[5]! * n[3]! + n[5]!;
  out[0] = a;
  out[1] = b;
  out[2] = c;
  out[3] = d;
  out[4] = e;
  out[5] = f;
  return out;
}

/** out = m, element by element (cheaper than TypedArray#set for six numbers). */
export function copyMatrix(out: MutableMatrix, m: ArrayLike<number>): void {
  for (let k = 0; k < 6; k++) out[k] = m[k]!;
}

const step = new Float64Array([1, 0, 0, 1, 0, 0]);

/** m = [1 0 0 1 tx ty] × m: a move in m's own space, as Td does. */
export function translateInPlace(m: MutableMatrix, tx: number, ty: number): void {
  step[4] = tx;
  step[5] = ty;
  multiplyInto(m, step, m);
}
