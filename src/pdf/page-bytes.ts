import { inflateSync } from 'node:zlib';
import { PDFArray, PDFName, PDFRawStream, PDFStream, decodePDFRawStream, type PDFDocument } from 'pdf-lib';

/** Decoded content of a page (all its streams joined), as latin1 text. */
export function pageContent(doc: PDFDocument, index: number): string {
  return pageBytes(doc, index).toString('latin1');
}

const NEWLINE = Buffer.from('\n');

/** Decoded content of a page: all its streams, joined by newlines. */
export function pageBytes(doc: PDFDocument, index: number): Buffer {
  const contents = doc.getPages()[index]!.node.Contents();
  if (!contents) return Buffer.alloc(0);
  if (!(contents instanceof PDFArray)) return contents instanceof PDFStream ? streamBytes(contents) : Buffer.alloc(0);
  const parts: Buffer[] = [];
  for (const ref of contents.asArray()) {
    const s = doc.context.lookup(ref);
    if (parts.length) parts.push(NEWLINE);
    parts.push(s instanceof PDFStream ? streamBytes(s) : Buffer.alloc(0));
  }
  return Buffer.concat(parts);
}

/** A stream's decoded bytes: plain Flate through node:zlib (fast), any other filter through pdf-lib. */
export function streamBytes(s: PDFStream): Buffer {
  if (!(s instanceof PDFRawStream)) return Buffer.from(s.getContents());
  const filter = s.dict.get(PDFName.of('Filter'));
  if (filter === PDFName.of('FlateDecode') && !s.dict.get(PDFName.of('DecodeParms'))) return inflateSync(s.getContents());
  return Buffer.from(decodePDFRawStream(s).decode());
}
