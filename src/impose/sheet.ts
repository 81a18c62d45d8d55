import type { SheetSize } from './types.ts';

/** PostScript points per millimetre. */
export const PT_PER_MM = 72 / 25.4;

/** A rectangle in PDF user space (origin bottom-left). */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Sheet sizes in points, landscape (width > height): two portrait pages sit side by side. */
export const SHEET_SIZES: Record<SheetSize, { width: number; height: number }> = {
  A4: { width: 841.89, height: 595.28 },
  letter: { width: 792, height: 612 },
};

/** Where one source page lands on a sheet: its lower-left corner, scale, and the half it is clipped to. */
export interface Placement {
  x: number;
  y: number;
  scale: number;
  clip: Box;
}

/**
 * Fit a `width`×`height` page into the left or right half of the sheet: scaled to fit (up or down),
 * aspect kept, centred in the half, then moved `outwardPt` away from the spine (negative = toward it).
 */
export function placeInHalf(width: number, height: number, sheet: { width: number; height: number }, half: 'left' | 'right', outwardPt = 0): Placement {
  const halfW = sheet.width / 2;
  const scale = Math.min(halfW / width, sheet.height / height);
  const w = width * scale;
  const h = height * scale;
  const halfX = half === 'left' ? 0 : halfW;
  // The spine is the sheet's vertical centre line, so "outward" is left on the left half, right on the right.
  const shift = half === 'left' ? -outwardPt : outwardPt;
  return {
    x: halfX + (halfW - w) / 2 + shift,
    y: (sheet.height - h) / 2,
    scale,
    clip: { x: halfX, y: 0, width: halfW, height: sheet.height },
  };
}
