import {
  PDFDocument,
  PDFHexString,
  PDFName,
  PDFString,
  StandardFonts,
  clip,
  endPath,
  popGraphicsState,
  pushGraphicsState,
  rectangle,
  type PDFPage,
} from 'pdf-lib';
import { ReaderError } from '../errors.ts';
import { creepShiftPt } from './creep.ts';
import { loadPdf } from './load-pdf.ts';
import { drawNotesPage } from './notes-page.ts';
import { dropUnreachable } from './prune.ts';
import { bookletSides, twoUpSides, type PlannedSide } from './order.ts';
import { SHEET_SIZES, placeInHalf, type Box } from './sheet.ts';
import type { ImposeOptions, ImposeResult } from './types.ts';
import { savePdf } from '../util/pdf-io.ts';

/**
 * Lay the pages of `input` two to a landscape sheet side for print.
 * `booklet`: saddle-stitch order (print duplex, flip on the short edge; every side is upright),
 * padded at the end of the book to whole sheets per gathering. `2up`: reading order.
 * Defaults: sheet A4, creepMm 0, signature = whole book, padWith 'blank'.
 * Each page is scaled to fit half the sheet (A5 on A4: scale 1), centred, and clipped to its half.
 */
export async function impose(input: Uint8Array, options: ImposeOptions): Promise<ImposeResult> {
  const { mode, sheet = 'A4', creepMm = 0, signature, padWith = 'blank' } = options;
  checkOptions(options);
  const src = await loadPdf(input);
  const pagesIn = src.getPageCount();
  // Embedding ignores /Rotate; refuse rather than print pages sideways. Chromium never sets it.
  const rotated = src.getPages().findIndex((p) => p.getRotation().angle % 360 !== 0);
  if (rotated >= 0) {
    throw new ReaderError(
      'ImposeBadInput',
      `page ${rotated + 1} is rotated; imposing rotated pages is not supported`,
      'Impose the PDF as rendered by reader build.',
    );
  }
  const plan: PlannedSide[] = mode === 'booklet' ? bookletSides(pagesIn, signature) : twoUpSides(pagesIn);

  // Deterministic output: no fresh dates or producer, so the same reader imposes to the same bytes.
  const out = await PDFDocument.create({ updateMetadata: false });
  copyInfo(src, out, mode);
  const srcPages = src.getPages();
  // One embedPages call copies shared resources (fonts) once, not once per page.
  const embedded = await out.embedPages(
    srcPages,
    srcPages.map((p) => {
      const b = p.getTrimBox();
      return { left: b.x, bottom: b.y, right: b.x + b.width, top: b.y + b.height };
    }),
  );
  const lastPage = embedded[embedded.length - 1];
  const font = padWith === 'notes' ? await out.embedFont(StandardFonts.Helvetica) : undefined;
  const size = SHEET_SIZES[sheet];

  let padded = 0;
  for (const side of plan) {
    const page = out.addPage([size.width, size.height]);
    const outward = mode === 'booklet' ? creepShiftPt(creepMm, side.sheetIndex, side.sheetsInGathering) : 0;
    for (const half of ['left', 'right'] as const) {
      const n = side[half];
      if (n === null) padded++;
      // A pad is sized like the last page of the book, so a notes page matches its neighbours.
      const source = n === null ? lastPage : embedded[n - 1];
      if (!source || (n === null && !font)) continue;
      const at = placeInHalf(source.width, source.height, size, half, outward);
      withClip(page, at.clip, () => {
        if (n !== null) page.drawPage(source, { x: at.x, y: at.y, xScale: at.scale, yScale: at.scale });
        else if (font) drawNotesPage(page, at, source.width, source.height, font, options.notesHeading);
      });
    }
  }

  await out.flush();
  dropUnreachable(out);
  const pdf = await savePdf(out);
  return {
    pdf,
    sides: plan.length,
    pagesIn,
    padded,
    layout: plan.map((s, i) => ({ side: i + 1, left: s.left, right: s.right })),
  };
}

function checkOptions(o: ImposeOptions): void {
  const bad = (what: string, hint: string): never => {
    throw new ReaderError('ImposeBadOption', what, hint);
  };
  if (o.mode !== 'booklet' && o.mode !== '2up') bad(`unknown impose mode "${String(o.mode)}"`, 'Use booklet or 2up.');
  if (o.sheet !== undefined && !Object.hasOwn(SHEET_SIZES, o.sheet)) bad(`unknown sheet "${String(o.sheet)}"`, 'Use A4 or letter.');
  if (o.creepMm !== undefined && !Number.isFinite(o.creepMm)) bad(`creep must be a number of mm`, 'e.g. --creep 0.5');
  if (o.padWith !== undefined && o.padWith !== 'blank' && o.padWith !== 'notes') {
    bad(`unknown padding "${String(o.padWith)}"`, 'Use blank or notes.');
  }
}

/**
 * The title, date and language of the book. An imposed copy is for the printer: its sides hold
 * pages out of reading order, and it has no tags (the reader PDF, or its crop-marked copy, is the
 * accessible one: docs/accessibility.md). Its text layer is the reader's, and its /Lang lets a
 * viewer's read-aloud and search use the book's language.
 */
function copyInfo(src: PDFDocument, out: PDFDocument, mode: string): void {
  const title = src.getTitle();
  if (title) out.setTitle(`${title} (${mode})`, { showInWindowTitleBar: true });
  const created = src.getCreationDate();
  if (created) out.setCreationDate(created);
  out.setProducer('reader press impose');
  const lang = src.catalog.lookupMaybe(PDFName.of('Lang'), PDFString, PDFHexString)?.decodeText();
  if (lang) out.setLanguage(lang);
}

/** Draw inside `box` only, so a shifted page never spills onto its neighbour across the spine. */
function withClip(page: PDFPage, box: Box, draw: () => void): void {
  page.pushOperators(pushGraphicsState(), rectangle(box.x, box.y, box.width, box.height), clip(), endPath());
  draw();
  page.pushOperators(popGraphicsState());
}
