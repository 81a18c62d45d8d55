import { ParseSpeeds, PDFDocument, type SaveOptions } from 'pdf-lib';

// pdf-lib yields to the event loop every 100 objects it parses and every 50 it writes, each
// time through a setTimeout of at least 1 ms. A tagged book has tens of thousands of objects
// (every structure element is one), so a load or a save waited longer than it worked. Nothing
// else runs on our event loop meanwhile that cannot wait: both run without yielding.

/** Load a PDF as it is (no producer or dates written into it), without yielding. */
export function loadPdf(bytes: Uint8Array): Promise<PDFDocument> {
  return PDFDocument.load(bytes, { updateMetadata: false, parseSpeed: ParseSpeeds.Fastest });
}

/** Save a PDF without yielding. */
export function savePdf(doc: PDFDocument, options: Omit<SaveOptions, 'objectsPerTick'> = {}): Promise<Uint8Array> {
  return doc.save({ ...options, objectsPerTick: Infinity });
}
