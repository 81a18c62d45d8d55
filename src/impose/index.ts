/** Impose stage: turns the reader PDF into print-shop layouts (booklet, 2-up, crop marks). */
export type { ImposeMode, ImposeOptions, ImposeResult, SheetSize, SideLayout } from './types.ts';
export { impose } from './impose.ts';
export { bookletOrder, gatheringSizes } from './order.ts';
export { addCropMarks, type CropMarkOptions } from './crop-marks.ts';
