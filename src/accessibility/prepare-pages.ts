import { deflateSync } from 'node:zlib';
import { PDFName, type PDFDocument } from 'pdf-lib';
import { ContentScanner } from '../pdf/content-stream.ts';
import { Unsupported, type FontInfo } from '../pdf/fonts.ts';
import { pageBytes } from '../pdf/page-bytes.ts';
import { PageTextReader } from '../pdf/page-text-reader.ts';
import type { McidText, PageText, TextRun } from '../pdf/page-text.ts';
import { ArtifactMarker, type ArtifactCounts } from './artifacts.ts';
import { addCasedFonts, type CasedFonts } from './cased-fonts.ts';
import { ContentWriter } from './content-writer.ts';
import { emptyLayerCounts, TextLayer, type PageLayer, type TextLayerCounts } from './text-layer.ts';

/** Paged.js margin boxes live in the page margins (17 mm top, 19 mm bottom in reader.css). */
export const BANDS = { top: 46, bottom: 52 };

/** The page-by-page half of finishing a PDF, done ahead: each page's text, its text layer rewritten, its artifacts marked. */
export interface PreparedPages {
  text: PageText[];
  artifacts: ArtifactCounts;
  /** Per page, what the text layer changed that the structure tree must follow. */
  layer: PageLayer[];
  layerCounts: TextLayerCounts;
}

/**
 * Deflate level of rewritten content streams: zlib's default. Level 5 would take about 35 ms
 * off preparing the sample's pages, for a PDF 3% larger.
 */
const DEFLATE_LEVEL = 6;

/**
 * Read every page's text, rewrite its text layer (text-layer.ts) and mark its untagged content
 * as artifacts. None of it looks at the structure tree, so a book laid out in parts prepares each
 * part's PDF as soon as it is printed, while the other parts still print. The three share one
 * scan of each page (one inflate, one tokenize): this runs on the critical path of every build.
 * Undefined if the text cannot be read straight from the content streams (not Chromium's PDF):
 * finishing then reads it with pdfjs and marks the artifacts alone, and the document is left as
 * it was. Nothing changes in the document until every page has been read.
 */
export function preparePages(doc: PDFDocument): PreparedPages | undefined {
  const fonts = new Map<string, FontInfo | null>();
  const pages = doc.getPages();
  const streams: Array<Buffer | undefined> = [];
  const text: PageText[] = [];
  const layer: PageLayer[] = [];
  const artifacts: ArtifactCounts = { Pagination: 0, Layout: 0 };
  const layerCounts = emptyLayerCounts();
  for (let i = 0; i < pages.length; i++) {
    const page = pages[i]!;
    const content = pageBytes(doc, i);
    const ops = new ContentScanner(content);
    const out = new ContentWriter(ops.bytes);
    const reader = new PageTextReader(doc, page.node.Resources(), fonts);
    const pass = new TextLayer(reader, out, highestMcid(ops.bytes) + 1, layerCounts, (font) => `${font}c${i + 1}`);
    const marker = new ArtifactMarker(out, {
      pageHeight: page.getMediaBox().height,
      topBand: BANDS.top,
      bottomBand: BANDS.bottom,
      adopt: (y) => pass.adopt(y),
    });
    try {
      scanPage(ops, pass, reader, marker);
    } catch (error) {
      if (error instanceof Unsupported) return undefined;
      throw error;
    }
    layer.push(pass.finish());
    marker.finish();
    const pageText = reader.finish();
    // A line that ended one sequence now ends in the space drawn after it.
    for (const mcid of pass.spaced) {
      const entry = pageText.mcids.get(mcid);
      if (entry && !/\s$/.test(entry.text)) entry.text += ' ';
    }
    text.push(pageText);
    artifacts.Pagination += marker.added.Pagination;
    artifacts.Layout += marker.added.Layout;
    const rewritten = out.finish();
    // node:zlib, not pdf-lib's pure-JS deflate: a book's content streams run to megabytes.
    // A page whose operations already stood one per line and needed nothing keeps its stream.
    streams.push(rewritten.equals(ops.bytes) ? undefined : deflateSync(rewritten, { level: DEFLATE_LEVEL }));
  }
  commitStreams(doc, streams);
  addLayerFonts(doc, layer, fonts);
  // A page where untagged body text was tagged (text-layer.ts `adopt`): the scan read that text as
  // untagged, before its sequence was written. Read the page again as written (a page or two a book).
  layer.forEach((l, i) => {
    if (!l.orphans?.length) return;
    const reader = new PageTextReader(doc, pages[i]!.node.Resources(), fonts);
    const ops = new ContentScanner(pageBytes(doc, i));
    while (ops.next()) reader.read(ops);
    text[i] = reader.finish();
  });
  return { text, artifacts, layer, layerCounts };
}

/**
 * The one scan of a page the three share. A function of its own, so that V8 optimizes this hot
 * loop once for the book: inside preparePages the loop was compiled while the page's first
 * operations ran (on-stack replacement), and that code was thrown away when the code after the
 * loop first ran, then compiled again for each part's PDF, about 50 ms of compiling each time.
 */
function scanPage(ops: ContentScanner, pass: TextLayer, reader: PageTextReader, marker: ArtifactMarker): void {
  while (ops.next()) {
    if (!pass.take(ops)) continue;
    reader.read(ops);
    marker.mark(ops);
    pass.after(ops);
  }
}

/**
 * Add to each page the cased font copies its rewritten content draws with (`layer[i].cased`).
 * preparePages does it; so must whatever puts prepared streams back on a print as Chromium made
 * it (the layout cache), or the pages would draw with fonts they do not have.
 */
export function addLayerFonts(doc: PDFDocument, layer: readonly PageLayer[], fonts = new Map<string, FontInfo | null>()): void {
  const pages = doc.getPages();
  layer.forEach((l, i) => {
    if (!l.cased?.length || !pages[i]) return;
    const copies: CasedFonts = new Map(l.cased.map(({ name, font, codes }) => [name, { font, codes: new Map(codes) }]));
    addCasedFonts(doc, pages[i], copies, fonts);
  });
}

/**
 * Mark untagged content of every page as artifacts (7.1-3), alone: for a PDF whose text the
 * content reader cannot read. The top and bottom bands are the page's margins: text there is a
 * running head or folio (Pagination).
 */
export function markArtifacts(doc: PDFDocument, bands: { top: number; bottom: number }): ArtifactCounts {
  const total: ArtifactCounts = { Pagination: 0, Layout: 0 };
  const streams = doc.getPages().map((page, i) => {
    const ops = new ContentScanner(pageBytes(doc, i));
    const out = new ContentWriter(ops.bytes);
    const marker = new ArtifactMarker(out, { pageHeight: page.getMediaBox().height, topBand: bands.top, bottomBand: bands.bottom });
    while (ops.next()) marker.mark(ops);
    marker.finish();
    total.Pagination += marker.added.Pagination;
    total.Layout += marker.added.Layout;
    const marked = out.finish();
    return marked.equals(ops.bytes) ? undefined : deflateSync(marked, { level: DEFLATE_LEVEL });
  });
  commitStreams(doc, streams);
  return total;
}

/** Each page's new content (deflated) in place of its old; undefined keeps a page as it was. */
function commitStreams(doc: PDFDocument, streams: Array<Buffer | undefined>): void {
  doc.getPages().forEach((page, i) => {
    const deflated = streams[i];
    if (!deflated) return;
    const stream = doc.context.stream(deflated, { Filter: 'FlateDecode' });
    page.node.set(PDFName.of('Contents'), doc.context.register(stream));
  });
}

const MCID = Buffer.from('/MCID', 'latin1');

/** The highest MCID a page's content uses (-1 if none): new sequences are numbered after it. */
function highestMcid(content: Buffer): number {
  let max = -1;
  for (let at = content.indexOf(MCID); at >= 0; at = content.indexOf(MCID, at + 5)) {
    let i = at + 5;
    while (i < content.length && (content[i] === 0x20 || content[i] === 0x0a || content[i] === 0x0d || content[i] === 0x09)) i++;
    let n = 0;
    let digits = 0;
    for (; i < content.length && content[i]! >= 0x30 && content[i]! <= 0x39; i++, digits++) n = n * 10 + content[i]! - 0x30;
    if (digits && n > max) max = n;
  }
  return max;
}

/** The prepared pages of a book joined from pieces: each piece's pages (`from`, `to` exclusive) of its prepared PDF, or a blank page. */
export function joinPrepared(pieces: Array<{ prepared: PreparedPages; from: number; to: number } | { blank: true }>): PreparedPages {
  const joined: PreparedPages = { text: [], artifacts: { Pagination: 0, Layout: 0 }, layer: [], layerCounts: emptyLayerCounts() };
  const counted = new Set<PreparedPages>();
  for (const piece of pieces) {
    if ('blank' in piece) {
      joined.text.push({ mcids: new Map(), untagged: [] });
      joined.layer.push({ splits: [], decorations: [] });
      continue;
    }
    const { prepared, from, to } = piece;
    joined.text.push(...prepared.text.slice(from, to));
    joined.layer.push(...prepared.layer.slice(from, to));
    // Counts are the whole print's, counted once however many pieces it gives.
    if (counted.has(prepared)) continue;
    counted.add(prepared);
    joined.artifacts.Pagination += prepared.artifacts.Pagination;
    joined.artifacts.Layout += prepared.artifacts.Layout;
    for (const key of Object.keys(joined.layerCounts) as Array<keyof TextLayerCounts>) joined.layerCounts[key] += prepared.layerCounts[key];
  }
  return joined;
}

/** Prepared pages as JSON (for the layout cache) and back. */
export function preparedToJson(p: PreparedPages): unknown {
  return {
    artifacts: p.artifacts,
    layerCounts: p.layerCounts,
    layer: p.layer,
    text: p.text.map((t) => ({ mcids: [...t.mcids.entries()], untagged: t.untagged })),
  };
}

export function preparedFromJson(json: unknown): PreparedPages {
  const j = json as {
    artifacts: ArtifactCounts;
    layerCounts: TextLayerCounts;
    layer: PageLayer[];
    text: Array<{ mcids: Array<[number, McidText]>; untagged: TextRun[] }>;
  };
  return { artifacts: j.artifacts, layerCounts: j.layerCounts, layer: j.layer, text: j.text.map((p) => ({ mcids: new Map(p.mcids), untagged: p.untagged })) };
}
