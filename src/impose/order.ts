import { ReaderError } from '../errors.ts';

/** A planned sheet side: which pages go left and right, and where its sheet sits in its gathering. */
export interface PlannedSide {
  left: number | null;
  right: number | null;
  /** 0 = outermost sheet of the gathering. */
  sheetIndex: number;
  /** Sheets in this side's gathering (for creep). */
  sheetsInGathering: number;
}

/** Round up to a whole number of 4-page sheets. */
export const paddedPageCount = (pageCount: number): number => Math.ceil(pageCount / 4) * 4;

/**
 * Split the padded book into gatherings: `signature` pages each, the last one whatever is left
 * (still a multiple of 4). Default: one gathering for the whole book.
 */
export function gatheringSizes(pageCount: number, signature?: number): number[] {
  const total = paddedPageCount(pageCount);
  if (signature !== undefined) assertSignature(signature);
  const size = signature ?? total;
  const sizes: number[] = [];
  for (let left = total; left > 0; left -= size) sizes.push(Math.min(size, left));
  return sizes;
}

function assertSignature(signature: number): void {
  if (!Number.isInteger(signature) || signature < 4 || signature % 4 !== 0) {
    throw new ReaderError(
      'ImposeBadSignature',
      `signature must be a positive multiple of 4, got ${signature}`,
      'Use e.g. --signature 16 (four sheets folded together), or leave it out for one gathering.',
    );
  }
}

/**
 * Saddle-stitch sides with gathering positions, for short-edge duplex: sheet k (0-based) of a
 * gathering of `s` pages starting after page `o` has front [o+s-2k, o+1+2k], back [o+2+2k, o+s-1-2k].
 * Pages past `pageCount` are pads (`null`), so padding only ever sits at the end of the book.
 */
export function bookletSides(pageCount: number, signature?: number): PlannedSide[] {
  const sides: PlannedSide[] = [];
  const page = (p: number): number | null => (p <= pageCount ? p : null);
  let offset = 0;
  for (const size of gatheringSizes(pageCount, signature)) {
    const sheets = size / 4;
    for (let k = 0; k < sheets; k++) {
      const at = { sheetIndex: k, sheetsInGathering: sheets };
      sides.push({ left: page(offset + size - 2 * k), right: page(offset + 1 + 2 * k), ...at });
      sides.push({ left: page(offset + 2 + 2 * k), right: page(offset + size - 1 - 2 * k), ...at });
    }
    offset += size;
  }
  return sides;
}

/**
 * Saddle-stitch page pairs per sheet side (front of sheet 1, back of sheet 1, front of sheet 2, …),
 * 1-based, `null` = pad at the end of the book. Pure. Default `signature`: all pages in one gathering.
 */
export function bookletOrder(pageCount: number, signature?: number): Array<[number | null, number | null]> {
  return bookletSides(pageCount, signature).map((s) => [s.left, s.right]);
}

/** Plain 2-up in reading order: [1,2], [3,4], …; an odd last page gets a pad on the right. */
export function twoUpSides(pageCount: number): PlannedSide[] {
  const sides: PlannedSide[] = [];
  for (let p = 1; p <= pageCount; p += 2) {
    sides.push({ left: p, right: p + 1 <= pageCount ? p + 1 : null, sheetIndex: 0, sheetsInGathering: 1 });
  }
  return sides;
}
