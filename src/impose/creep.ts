import { PT_PER_MM } from './sheet.ts';

/**
 * Outward shift in points for a page on sheet `sheetIndex` of a gathering of `sheets` sheets:
 * 0 at the outermost sheet, rising linearly to the full creep at the centre sheet.
 */
export function creepShiftPt(creepMm: number, sheetIndex: number, sheets: number): number {
  if (sheets <= 1 || creepMm === 0) return 0;
  return creepMm * PT_PER_MM * (sheetIndex / (sheets - 1));
}
