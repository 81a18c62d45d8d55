/**
 * The checker reads a PDF with readers of its own, not through the code that wrote it (src/pdf,
 * src/accessibility) nor its library (pdf-lib): the file's objects (pdf-file.ts), the structure
 * tree (raw.ts), each page's content streams (content-scan.ts, to-unicode.ts), and the
 * document's own facts (below). A fault in the writer's reading code is then not repeated here;
 * the end-to-end tests read the same PDFs again with poppler, MuPDF and pdf.js.
 */
import { PdfFile, Ref, Stream, type Dict, type Value } from './pdf-file.ts';
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

// Pages read between two turns of the event loop, where an abort is seen.
const PAGES_PER_TURN = 16;
const MAX_OUTLINE = 10_000;

/**
 * Read everything the checklist looks at: the structure tree, then every page's content, joined:
 * the marked content no element claims, and the claimed sequences that drew nothing.
 */
export async function readPdf(bytes: Uint8Array, signal?: AbortSignal): Promise<PdfView> {
  signal?.throwIfAborted();
  const file = new PdfFile(bytes);
  const pageList = file.pages();
  const raw = readRaw(file, pageList);
  // MCIDs the tree points at, per page.
  const referenced = Array.from({ length: pageList.length }, () => new Set<number>());
  for (const e of elements(raw.roots)) for (const k of e.kids) if ('mcid' in k && referenced[k.page]) referenced[k.page]!.add(k.mcid);
  const scanner = new ContentScanner(file);
  const pages: PageView[] = [];
  for (const [i, page] of pageList.entries()) {
    if (i % PAGES_PER_TURN === PAGES_PER_TURN - 1) {
      await new Promise((resolve) => setImmediate(resolve));
      signal?.throwIfAborted();
    }
    const { opened, ...scanned } = scanner.page(page.dict);
    const claimed = referenced[i]!;
    if (opened.some((id) => !claimed.has(id))) scanned.findings.add('unreferenced-mcid');
    // An MCID whose sequence drew nothing has no entry: it reads as empty.
    for (const id of claimed) if (!scanned.content.has(id)) scanned.content.set(id, '');
    pages.push({ ...scanned, links: links(file, page.dict) });
  }
  return { ...raw, ...documentFacts(file), pages };
}

function links(file: PdfFile, page: Dict): PageView['links'] {
  const out: PageView['links'] = [];
  for (const ref of file.array(page.get('Annots')) ?? []) {
    const a = file.dict(ref);
    // Annotations are named by their object: one written inline in the array has no name.
    if (!(ref instanceof Ref) || !a || file.name(a.get('Subtype')) !== 'Link') continue;
    const contents = file.text(a.get('Contents'));
    out.push({ id: ref.id, ...(contents ? { contents } : {}) });
  }
  return out;
}

function documentFacts(file: PdfFile): DocumentFacts {
  const catalog = file.catalog;
  const flag = (v: Value | undefined) => {
    const x = file.get(v);
    return typeof x === 'boolean' ? x : undefined;
  };
  const facts: DocumentFacts = { outline: outline(file) };
  const lang = file.text(catalog.get('Lang'));
  if (lang !== undefined) facts.lang = lang;
  const markInfo = file.dict(catalog.get('MarkInfo'));
  if (markInfo) {
    const suspects = flag(markInfo.get('Suspects'));
    facts.marked = flag(markInfo.get('Marked')) ?? false;
    if (suspects !== undefined) facts.suspects = suspects;
  }
  const display = flag(file.dict(catalog.get('ViewerPreferences'))?.get('DisplayDocTitle'));
  if (display !== undefined) facts.displayDocTitle = display;
  const metadata = file.get(catalog.get('Metadata'));
  if (metadata instanceof Stream) facts.xmp = Buffer.from(file.bytes(metadata)).toString('utf8');
  return facts;
}

/** The outline's titles in reading order, with their depth; a loop ends it. */
function outline(file: PdfFile): OutlineEntry[] {
  const out: OutlineEntry[] = [];
  const seen = new Set<Dict>();
  const walk = (first: Value | undefined, depth: number) => {
    for (let item = file.dict(first); item && !seen.has(item) && out.length < MAX_OUTLINE; item = file.dict(item.get('Next'))) {
      seen.add(item);
      out.push({ title: file.text(item.get('Title')) ?? '', depth });
      walk(item.get('First'), depth + 1);
    }
  };
  const root = file.dict(file.catalog.get('Outlines'));
  if (root) walk(root.get('First'), 0);
  return out;
}
