import { deflateSync, inflateSync } from 'node:zlib';
import { PDFArray, PDFName, PDFRawStream, PDFStream, decodePDFRawStream, type PDFDocument } from 'pdf-lib';
import { ArtifactMarker, type ArtifactCounts } from './artifacts.ts';
import { ContentScanner } from './content-stream.ts';
import type { PagePass } from './content-text.ts';

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

/**
 * Deflate level of rewritten content streams: zlib's default. Level 5 would take about 35 ms
 * off preparing the sample's pages, for a PDF 3% larger.
 */
const DEFLATE_LEVEL = 6;

/**
 * Marking artifacts as a pass over each page's operations (see readContentText), page by page;
 * nothing in the document changes until `commit`, so a pass cut short leaves it as it was.
 */
export class ArtifactMarking implements PagePass {
  private total: ArtifactCounts = { Pagination: 0, Layout: 0 };
  /** Each page's new content (deflated), or undefined where nothing changed. */
  private streams: Array<Buffer | undefined> = [];
  private marker: ArtifactMarker | undefined;
  private content: Buffer = Buffer.alloc(0);
  private index = 0;

  constructor(
    private doc: PDFDocument,
    private bands: { top: number; bottom: number },
  ) {}

  beginPage(index: number, content: Buffer): void {
    const { height } = this.doc.getPages()[index]!.getMediaBox();
    this.index = index;
    this.content = content;
    this.marker = new ArtifactMarker(content, { pageHeight: height, topBand: this.bands.top, bottomBand: this.bands.bottom });
  }

  operation(ops: ContentScanner): void {
    this.marker!.mark(ops);
  }

  endPage(): void {
    const marker = this.marker!;
    const marked = marker.finish();
    this.total.Pagination += marker.added.Pagination;
    this.total.Layout += marker.added.Layout;
    // node:zlib, not pdf-lib's pure-JS deflate: a book's content streams run to megabytes.
    // A page whose operations already stood one per line and needed no artifact keeps its stream.
    this.streams[this.index] = marked.equals(this.content) ? undefined : deflateSync(marked, { level: DEFLATE_LEVEL });
    this.marker = undefined;
  }

  /** Put the marked content in the document; the artifacts added, by type. */
  commit(): ArtifactCounts {
    this.doc.getPages().forEach((page, i) => {
      const deflated = this.streams[i];
      if (!deflated) return;
      const stream = this.doc.context.stream(deflated, { Filter: 'FlateDecode' });
      page.node.set(PDFName.of('Contents'), this.doc.context.register(stream));
    });
    return this.total;
  }
}

/**
 * Mark untagged content of every page as artifacts (7.1-3). The top and bottom bands
 * are the page's margins: text there is a running head or folio (Pagination).
 */
export function markArtifacts(doc: PDFDocument, bands: { top: number; bottom: number }): ArtifactCounts {
  const marking = new ArtifactMarking(doc, bands);
  doc.getPages().forEach((_, i) => {
    const content = pageBytes(doc, i);
    const ops = new ContentScanner(content);
    marking.beginPage(i, content);
    while (ops.next()) marking.operation(ops);
    marking.endPage();
  });
  return marking.commit();
}

/** A stream's decoded bytes: plain Flate through node:zlib (fast), any other filter through pdf-lib. */
export function streamBytes(s: PDFStream): Buffer {
  if (!(s instanceof PDFRawStream)) return Buffer.from(s.getContents());
  const filter = s.dict.get(PDFName.of('Filter'));
  if (filter === PDFName.of('FlateDecode') && !s.dict.get(PDFName.of('DecodeParms'))) return inflateSync(s.getContents());
  return Buffer.from(decodePDFRawStream(s).decode());
}
