import { PDFName, PDFOperator, PDFOperatorNames, cmyk, endMarkedContent, type PDFPage } from 'pdf-lib';
import { ReaderError } from '../errors.ts';
import { loadPdf } from './load-pdf.ts';
import { PT_PER_MM, type Box } from './sheet.ts';
import { savePdf } from '../util/pdf-io.ts';

/** Options for {@link addCropMarks}. */
export interface CropMarkOptions {
  /** Bleed beyond the trim, in mm. Default 3. Marks start this far from the trim so they never print into the bleed. */
  bleedMm?: number;
  /** Length of each mark, in mm. Default 5. */
  markLengthMm?: number;
}

/** Registration colour: marks show on every separation. */
const REGISTRATION = cmyk(1, 1, 1, 1);
const MARK_WIDTH = 0.25;

/**
 * Add printer's crop marks. Each page's MediaBox (and CropBox) grows by bleed + mark length on
 * every side; TrimBox is set to the original page and BleedBox to trim + bleed; a pair of marks
 * is drawn at each trim corner. Content keeps its coordinates, so links and tags survive.
 * A page that already has a TrimBox is re-marked around that trim (running twice is harmless).
 */
export async function addCropMarks(input: Uint8Array, options: CropMarkOptions = {}): Promise<Uint8Array> {
  const { bleedMm = 3, markLengthMm = 5 } = options;
  if (!(bleedMm >= 0) || !(markLengthMm > 0)) {
    throw new ReaderError('CropMarksBadOption', `bleed ${bleedMm} mm / mark length ${markLengthMm} mm is not usable`, 'Use a bleed ≥ 0 and a mark length > 0.');
  }
  const doc = await loadPdf(input);
  const bleed = bleedMm * PT_PER_MM;
  const mark = markLengthMm * PT_PER_MM;
  // pdf-lib wraps a loaded page's content in q…Q before we draw (autoNormalizeCTM), so the flipped
  // CTM Chromium leaves in force does not bend our marks; the Chromium-style test guards this.
  for (const page of doc.getPages()) markPage(page, trimOf(page), bleed, mark);
  return savePdf(doc);
}

/** The finished page: an explicit TrimBox if there is one, else what a viewer shows (CropBox, else MediaBox). */
function trimOf(page: PDFPage): Box {
  const explicit = page.node.TrimBox();
  return explicit ? page.getTrimBox() : page.getCropBox();
}

function markPage(page: PDFPage, trim: Box, bleed: number, mark: number): void {
  const m = bleed + mark;
  page.setMediaBox(trim.x - m, trim.y - m, trim.width + 2 * m, trim.height + 2 * m);
  page.setCropBox(trim.x - m, trim.y - m, trim.width + 2 * m, trim.height + 2 * m);
  page.setBleedBox(trim.x - bleed, trim.y - bleed, trim.width + 2 * bleed, trim.height + 2 * bleed);
  page.setTrimBox(trim.x, trim.y, trim.width, trim.height);
  const xs = [trim.x, trim.x + trim.width];
  const ys = [trim.y, trim.y + trim.height];
  // A production aid, not the document: a Page artifact (ISO 32000-1 14.8.2.2.2, "cut marks"),
  // so a tagged reader keeps every painted thing tagged or an artifact (PDF/UA-1 7.1-3), and its claim.
  page.pushOperators(PDFOperator.of(PDFOperatorNames.BeginMarkedContentSequence, [PDFName.of('Artifact'), '<< /Type /Page >>']));
  for (const x of xs) {
    for (const y of ys) {
      // Outward direction from this corner; each mark runs from the bleed edge to the media edge.
      const dx = x === trim.x ? -1 : 1;
      const dy = y === trim.y ? -1 : 1;
      line(page, x + dx * bleed, y, x + dx * m, y);
      line(page, x, y + dy * bleed, x, y + dy * m);
    }
  }
  page.pushOperators(endMarkedContent());
}

function line(page: PDFPage, x1: number, y1: number, x2: number, y2: number): void {
  page.drawLine({ start: { x: x1, y: y1 }, end: { x: x2, y: y2 }, thickness: MARK_WIDTH, color: REGISTRATION });
}
