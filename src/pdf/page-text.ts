/** Text and geometry of every marked-content sequence, read back from a PDF. */
import { PDFDocument } from 'pdf-lib';
import { readContentText } from './page-text-reader.ts';
import type { PageText, TextRun } from './page-text-types.ts';
import { loadPdf } from '../util/pdf-io.ts';
import { loadPdfJs } from '../util/pdfjs.ts';

export type { McidText, PageText, TextRun } from './page-text-types.ts';

/**
 * Read every page's text, grouped by the MCID that encloses it (nested sequences count toward
 * their outer MCID). Chromium's own PDFs are read straight from their content streams
 * (page-text-reader.ts); any other shape goes through pdfjs.
 */
export async function readPageText(bytes: Uint8Array | (() => Promise<Uint8Array>), doc?: PDFDocument): Promise<PageText[]> {
  const saved = async () => (typeof bytes === 'function' ? bytes() : bytes);
  const loaded = doc ?? (await loadPdf(await saved()));
  return readContentText(loaded) ?? (await readPageTextWithPdfjs(await saved()));
}

/** Every page's text as pdfjs reads it: the general reader, and the reference in tests. */
export async function readPageTextWithPdfjs(bytes: Uint8Array): Promise<PageText[]> {
  const doc = await openPdf(bytes);
  try {
    return await readPages(doc, 1, doc.numPages);
  } finally {
    await doc.destroy();
  }
}

type PdfDocument = Awaited<ReturnType<typeof openPdf>>;

async function openPdf(bytes: Uint8Array) {
  const pdfjs = await loadPdfJs();
  return pdfjs.getDocument({ data: bytes.slice(), useSystemFonts: false, isEvalSupported: false, verbosity: 0 }).promise;
}

/** Pages `from`..`to` of an open document. */
async function readPages(doc: PdfDocument, from: number, to: number): Promise<PageText[]> {
  const pages: PageText[] = [];
  for (let i = from; i <= to; i++) {
    const page = await doc.getPage(i);
    const content = await page.getTextContent({ includeMarkedContent: true });
    const result: PageText = { mcids: new Map(), untagged: [] };
    const stack: Array<number | null> = [];
    for (const item of content.items as Array<Record<string, unknown>>) {
      if (item.type === 'beginMarkedContent' || item.type === 'beginMarkedContentProps') {
        const m = typeof item.id === 'string' ? /_mc(\d+)$/.exec(item.id) : null;
        stack.push(m ? Number(m[1]) : null);
        continue;
      }
      if (item.type === 'endMarkedContent') {
        stack.pop();
        continue;
      }
      if (typeof item.str !== 'string') continue;
      const t = item.transform as number[];
      const run: TextRun = { x: t[4]!, y: t[5]!, width: Number(item.width ?? 0), size: Math.abs(t[3]!), str: item.str + (item.hasEOL ? ' ' : '') };
      const mcid = stack.find((s): s is number => s !== null);
      if (mcid === undefined) {
        if (run.str.trim()) result.untagged.push(run);
        continue;
      }
      const entry = result.mcids.get(mcid) ?? { text: '', runs: [] };
      entry.text += run.str;
      if (item.str) entry.runs.push(run);
      result.mcids.set(mcid, entry);
    }
    pages.push(result);
  }
  return pages;
}
