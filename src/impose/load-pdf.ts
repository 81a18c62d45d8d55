import { PDFDocument } from 'pdf-lib';
import { ReaderError } from '../errors.ts';
import { loadPdf as loadPdfFast } from '../util/pdf-io.ts';

/**
 * Load a PDF for the impose stage without touching its metadata (keeps output deterministic).
 * Unreadable or empty input becomes an `ImposeBadInput` error with a hint.
 */
export async function loadPdf(input: Uint8Array): Promise<PDFDocument> {
  let doc: PDFDocument;
  try {
    doc = await loadPdfFast(input);
  } catch (e) {
    throw new ReaderError('ImposeBadInput', `cannot read the PDF: ${(e as Error).message}`, 'Rebuild the reader PDF (reader build).');
  }
  if (doc.getPageCount() === 0) throw new ReaderError('ImposeBadInput', 'the PDF has no pages', 'Rebuild the reader PDF (reader build).');
  return doc;
}
