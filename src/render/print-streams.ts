import { PDFArray, PDFName, PDFRawStream, type PDFDict, type PDFDocument } from 'pdf-lib';

/** Per page, the filter and length of its content stream, in the order of the pages. */
export type StreamIndex = Array<{ filter: string | null; length: number }>;

/**
 * Each page's content as one stream, raw (still compressed), with its filter; undefined if a
 * page's content is not a single stream with at most a plain filter (then it is marked again).
 */
export function pageStreams(doc: PDFDocument): Array<{ filter: string | null; bytes: Uint8Array }> | undefined {
  const out: Array<{ filter: string | null; bytes: Uint8Array }> = [];
  for (const page of doc.getPages()) {
    let contents = page.node.get(PDFName.of('Contents'));
    if (contents instanceof PDFArray && contents.size() === 1) contents = contents.get(0);
    const stream = contents ? doc.context.lookup(contents) : undefined;
    if (!(stream instanceof PDFRawStream) || stream.dict.get(PDFName.of('DecodeParms'))) return undefined;
    const filter = stream.dict.get(PDFName.of('Filter'));
    if (filter !== undefined && !(filter instanceof PDFName)) return undefined;
    out.push({ filter: filter ? filter.decodeText() : null, bytes: stream.getContents() });
  }
  return out;
}

/** Put each page's content stream back from `blob`; false (nothing changed) if they do not fit the document. */
export function restoreStreams(doc: PDFDocument, blob: Uint8Array, index: StreamIndex): boolean {
  const pages = doc.getPages();
  if (index.length !== pages.length || index.reduce((n, s) => n + s.length, 0) !== blob.length) return false;
  let at = 0;
  pages.forEach((page, i) => {
    const { filter, length } = index[i]!;
    const dict = doc.context.obj(filter ? { Filter: filter } : {}) as PDFDict;
    dict.set(PDFName.of('Length'), doc.context.obj(length));
    page.node.set(PDFName.of('Contents'), doc.context.register(PDFRawStream.of(dict, blob.subarray(at, at + length))));
    at += length;
  });
  return true;
}
