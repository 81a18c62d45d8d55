/** How source pages are laid on the sheet: saddle-stitch booklet, or plain 2-up in reading order. */
export type ImposeMode = 'booklet' | '2up';

/** Press sheet, used landscape so it holds two portrait pages side by side. */
export type SheetSize = 'A4' | 'letter';

/** Options for {@link impose}. */
export interface ImposeOptions {
  /** `booklet`: saddle-stitch order for short-edge duplex; `2up`: [1,2],[3,4],… */
  mode: ImposeMode;
  /** Default `A4` (landscape sheet holding two pages side by side). */
  sheet?: SheetSize;
  /**
   * Default 0. Total creep in mm (booklet only): inner sheets' pages shift away from the spine,
   * linearly from 0 at the outermost sheet to `creepMm` at the centre sheet of each gathering.
   * A negative value shifts toward the spine instead (the usual "push-in" for trimmed booklets).
   */
  creepMm?: number;
  /** Pages per folded gathering (a multiple of 4, booklet only). Default: the whole book in one. */
  signature?: number;
  /** Default `blank`. Padding always goes at the end of the book; `notes` draws a ruled notes page. */
  padWith?: 'blank' | 'notes';
  /** The heading of a lined notes page, in the book's own words (book-words.ts `notesPage`). Default `Notes`. */
  notesHeading?: string;
}

/** One printed side of a sheet: 1-based reader page numbers, `null` = pad page. */
export interface SideLayout {
  side: number;
  left: number | null;
  right: number | null;
}

/** What {@link impose} made. */
export interface ImposeResult {
  pdf: Uint8Array;
  /** Sheet sides (= pages of the output PDF). */
  sides: number;
  /** Pages in the source PDF. */
  pagesIn: number;
  /** Pad pages added at the end of the book. */
  padded: number;
  layout: SideLayout[];
}
