import { deflateSync, inflateSync } from 'node:zlib';
import { PDFArray, PDFName, PDFRawStream, PDFStream, decodePDFRawStream, type PDFDocument } from 'pdf-lib';
import { markUntaggedAsArtifacts } from './artifacts.ts';
import { parseContentStream, type Operation } from './content-stream.ts';

/** The operations of a page's content. Not cached: a 1,000-page book's operations would take gigabytes. */
export function pageOperations(doc: PDFDocument, index: number): Operation[] {
  return parseContentStream(pageContent(doc, index));
}

/** Decoded content of a page (all its streams joined), as latin1 text. */
export function pageContent(doc: PDFDocument, index: number): string {
  const page = doc.getPages()[index]!;
  const contents = page.node.Contents();
  if (!contents) return '';
  const streams = contents instanceof PDFArray ? contents.asArray().map((r) => doc.context.lookup(r)) : [contents];
  return streams
    .map((s) => (s instanceof PDFStream ? streamBytes(s).toString('latin1') : ''))
    .join('\n');
}

/**
 * Mark untagged content of every page as artifacts (7.1-3). The top and bottom bands
 * are the page's margins: text there is a running head or folio (Pagination).
 */
export function markArtifacts(doc: PDFDocument, bands: { top: number; bottom: number }): { Pagination: number; Layout: number } {
  const total = { Pagination: 0, Layout: 0 };
  doc.getPages().forEach((page, i) => {
    const { height } = page.getMediaBox();
    const { text, added } = markUntaggedAsArtifacts(pageOperations(doc, i), { pageHeight: height, topBand: bands.top, bottomBand: bands.bottom });
    total.Pagination += added.Pagination;
    total.Layout += added.Layout;
    // node:zlib, not pdf-lib's pure-JS deflate: a book's content streams run to megabytes.
    const stream = doc.context.stream(deflateSync(Buffer.from(text, 'latin1')), { Filter: 'FlateDecode' });
    page.node.set(PDFName.of('Contents'), doc.context.register(stream));
  });
  return total;
}

/** A stream's decoded bytes: plain Flate through node:zlib (fast), any other filter through pdf-lib. */
export function streamBytes(s: PDFStream): Buffer {
  if (!(s instanceof PDFRawStream)) return Buffer.from(s.getContents());
  const filter = s.dict.get(PDFName.of('Filter'));
  if (filter === PDFName.of('FlateDecode') && !s.dict.get(PDFName.of('DecodeParms'))) return inflateSync(s.getContents());
  return Buffer.from(decodePDFRawStream(s).decode());
}
