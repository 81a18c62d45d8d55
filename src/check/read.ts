/**
 * The checker reads a PDF through pdf-lib's parser and readers of its own, not through the code
 * that wrote it (src/pdf, src/accessibility): the structure tree (raw.ts), each page's content
 * streams (content-scan.ts, to-unicode.ts), and the document's own facts (below). A fault in
 * the writer's reading code is then not repeated here; the end-to-end tests read the same PDFs
 * again with poppler, MuPDF and pdf.js.
 */
import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFRawStream, PDFRef, PDFStream, PDFString, decodePDFRawStream, type PDFObject } from 'pdf-lib';
import { ContentScanner, type ContentFinding } from './content-scan.ts';
import { elements, readRaw, type RawFacts } from './raw.ts';

export type { ContentFinding };

export interface PageView {
  /** The text of each marked-content sequence, by MCID: its glyphs' text as drawn, nothing added (no space where a line ends). */
  content: Map<number, string>;
  findings: Set<ContentFinding>;
  /** The page's link annotations: their object number (`37R`) and /Contents. */
  links: Array<{ id: string; contents?: string }>;
  /** Fonts the page's text uses that are not embedded. */
  missingFonts: string[];
}

/** An outline item, by its depth (0: top level). */
export interface OutlineEntry {
  title: string;
  depth: number;
}

/** What the document says of itself (its catalog and info). */
export interface DocumentFacts {
  lang?: string;
  marked?: boolean;
  suspects?: boolean;
  displayDocTitle?: boolean;
  xmp?: string;
  outline: OutlineEntry[];
}

/** The structure tree (raw.ts), the document's own facts and every page. */
export interface PdfView extends RawFacts, DocumentFacts {
  pages: PageView[];
}

const N = (s: string) => PDFName.of(s);
// Pages read between two turns of the event loop, where an abort is seen.
const PAGES_PER_TURN = 16;
const MAX_OUTLINE = 10_000;

/**
 * Read everything the checklist looks at: the structure tree, then every page's content, joined:
 * the marked content no element claims, and the claimed sequences that drew nothing.
 */
export async function readPdf(bytes: Uint8Array, signal?: AbortSignal): Promise<PdfView> {
  signal?.throwIfAborted();
  const doc = await PDFDocument.load(bytes, { updateMetadata: false, ignoreEncryption: true, throwOnInvalidObject: false });
  const raw = readRaw(doc);
  const numPages = doc.getPageCount();
  // MCIDs the tree points at, per page.
  const referenced = Array.from({ length: numPages }, () => new Set<number>());
  for (const e of elements(raw.roots)) for (const k of e.kids) if ('mcid' in k && referenced[k.page]) referenced[k.page]!.add(k.mcid);
  const scanner = new ContentScanner(doc.context);
  const pages: PageView[] = [];
  for (const [i, page] of doc.getPages().entries()) {
    if (i % PAGES_PER_TURN === PAGES_PER_TURN - 1) {
      await new Promise((resolve) => setImmediate(resolve));
      signal?.throwIfAborted();
    }
    const { opened, ...scanned } = scanner.page(page.node);
    const claimed = referenced[i]!;
    if (opened.some((id) => !claimed.has(id))) scanned.findings.add('unreferenced-mcid');
    // An MCID whose sequence drew nothing has no entry: it reads as empty.
    for (const id of claimed) if (!scanned.content.has(id)) scanned.content.set(id, '');
    pages.push({ ...scanned, links: links(doc, page.node) });
  }
  return { ...raw, ...documentFacts(doc), pages };
}

const lookup = (doc: PDFDocument, o: PDFObject | undefined) => (o instanceof PDFRef ? doc.context.lookup(o) : o);
const textOf = (o: PDFObject | undefined) => (o instanceof PDFString || o instanceof PDFHexString ? o.decodeText() : undefined);

function links(doc: PDFDocument, page: PDFDict): PageView['links'] {
  const annots = lookup(doc, page.get(N('Annots')));
  if (!(annots instanceof PDFArray)) return [];
  const out: PageView['links'] = [];
  for (const ref of annots.asArray()) {
    const a = lookup(doc, ref);
    // Annotations are named by their object: one written inline in the array has no name.
    if (!(ref instanceof PDFRef) || !(a instanceof PDFDict) || a.get(N('Subtype')) !== N('Link')) continue;
    const contents = textOf(lookup(doc, a.get(N('Contents'))));
    out.push({ id: `${ref.objectNumber}R${ref.generationNumber ? ref.generationNumber : ''}`, ...(contents ? { contents } : {}) });
  }
  return out;
}

function documentFacts(doc: PDFDocument): DocumentFacts {
  const catalog = doc.catalog;
  const get = (d: PDFDict | undefined, key: string) => (d ? lookup(doc, d.get(N(key))) : undefined);
  const dict = (o: PDFObject | undefined) => (o instanceof PDFDict ? o : undefined);
  const flag = (o: PDFObject | undefined) => (o === undefined ? undefined : o.toString() === 'true' ? true : o.toString() === 'false' ? false : undefined);
  const facts: DocumentFacts = { outline: outline(doc) };
  const lang = textOf(get(catalog, 'Lang'));
  if (lang !== undefined) facts.lang = lang;
  const markInfo = dict(get(catalog, 'MarkInfo'));
  if (markInfo) {
    const marked = flag(get(markInfo, 'Marked'));
    const suspects = flag(get(markInfo, 'Suspects'));
    facts.marked = marked ?? false;
    if (suspects !== undefined) facts.suspects = suspects;
  }
  const display = flag(get(dict(get(catalog, 'ViewerPreferences')), 'DisplayDocTitle'));
  if (display !== undefined) facts.displayDocTitle = display;
  const metadata = get(catalog, 'Metadata');
  if (metadata instanceof PDFStream) {
    const bytes = metadata instanceof PDFRawStream && metadata.dict.has(N('Filter')) ? decodePDFRawStream(metadata).decode() : metadata.getContents();
    facts.xmp = Buffer.from(bytes).toString('utf8');
  }
  return facts;
}

/** The outline's titles in reading order, with their depth; a loop ends it. */
function outline(doc: PDFDocument): OutlineEntry[] {
  const out: OutlineEntry[] = [];
  const seen = new Set<PDFObject>();
  const root = lookup(doc, doc.catalog.get(N('Outlines')));
  const walk = (first: PDFObject | undefined, depth: number) => {
    for (let item = lookup(doc, first); item instanceof PDFDict && !seen.has(item) && out.length < MAX_OUTLINE; item = lookup(doc, item.get(N('Next')))) {
      seen.add(item);
      out.push({ title: textOf(lookup(doc, item.get(N('Title')))) ?? '', depth });
      walk(item.get(N('First')), depth + 1);
    }
  };
  if (root instanceof PDFDict) walk(root.get(N('First')), 0);
  return out;
}
