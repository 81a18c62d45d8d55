/**
 * The checker reads a PDF through pdf.js and pdf-lib's parser, not through the code that wrote
 * it (src/pdf, src/accessibility): the pages in worker threads by pdf.js (page-read.ts), the
 * structure tree here by a walk of its own (raw.ts), joined below. A fault in one reader is then
 * caught by the other.
 */
import type { ContentFinding, DocumentFacts, PageView } from './page-read.ts';
import { readPages } from './page-readers.ts';
import { elements, readRaw, type RawFacts } from './raw.ts';

export type { ContentFinding, PageView };

/** The structure tree (raw.ts), the document's own facts and every page (page-read.ts). */
export interface PdfView extends RawFacts, Omit<DocumentFacts, 'numPages'> {
  pages: PageView[];
}

/**
 * Read everything the checklist looks at: the structure tree here (raw.ts), the pages in the
 * page-reader workers meanwhile (page-readers.ts), joined: the marked content no element claims,
 * and the claimed sequences that drew nothing.
 */
export async function readPdf(bytes: Uint8Array, signal?: AbortSignal): Promise<PdfView> {
  const shares = readPages(bytes, signal);
  shares.catch(() => {});
  const raw = await readRaw(bytes);
  const read = await shares;
  const document = read.find((r) => r.document)?.document;
  if (!document) throw new Error('no page reader returned the document');
  const byNumber = new Map(read.flatMap((r) => r.pages));
  // MCIDs the tree points at, per page.
  const referenced = Array.from({ length: document.numPages }, () => new Set<number>());
  for (const e of elements(raw.roots)) for (const k of e.kids) if ('mcid' in k && referenced[k.page]) referenced[k.page]!.add(k.mcid);
  const pages: PageView[] = [];
  for (let i = 1; i <= document.numPages; i++) {
    const page = byNumber.get(i);
    if (!page) throw new Error(`no page reader returned page ${i}`);
    const { opened, ...view } = page;
    const claimed = referenced[i - 1]!;
    if (opened.some((id) => !claimed.has(id))) view.findings.add('unreferenced-mcid');
    // An MCID whose sequence drew nothing has no entry: it reads as empty.
    for (const id of claimed) if (!view.content.has(id)) view.content.set(id, '');
    pages.push(view);
  }
  const { numPages: _, ...facts } = document;
  return { ...raw, ...facts, pages };
}
