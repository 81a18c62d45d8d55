/**
 * A PDF's cost before pdf.js reads it. pdf.js inflates a content stream whole and runs every
 * operator in it before it can be stopped: a 1 GB Flate bomb took `reader check` 93 s and
 * 2.2 GB, a page of 200 MB of text operators took a build 235 s and 2.3 GB. This walk counts
 * what the streams unpack to (zlib, counting and dropping the output, stopping at the limit)
 * and says which limit a PDF passes, in a second or two and a few MB, before pdf.js starts.
 *
 * pdf.js runs page content at roughly 1 MB a second of CPU here (8 MB of text operators: 6 s;
 * 32 MB: 13 s), so the limit on page content is what keeps a PDF's reading under a minute.
 */
import { createInflate } from 'node:zlib';
import { PDFArray, PDFDocument, PDFName, PDFRawStream, PDFRef, type PDFObject } from 'pdf-lib';

export interface PdfLimits {
  /** Page content (content streams and form XObjects), unpacked, in bytes. */
  content: number;
  /** Every stream (fonts, images and the rest too), unpacked, in bytes. */
  streams: number;
  pages: number;
}

const MB = 1024 * 1024;

export const PDF_LIMITS: PdfLimits = { content: 32 * MB, streams: 256 * MB, pages: 10_000 };

export interface PdfOverLimit {
  what: 'content' | 'streams' | 'pages';
  limit: number;
  /** What the PDF holds, counted up to just past the limit (bytes or pages). */
  seen: number;
  /** The page (1-based) whose content passed the limit, when it was page content. */
  page?: number;
}

const N = (s: string) => PDFName.of(s);

/** Bytes a Flate stream unpacks to, counted up to `cap` (then `cap + 1`); a broken stream counts what came before the break. */
function inflatedSize(data: Uint8Array, cap: number): Promise<number> {
  return new Promise((resolve) => {
    const z = createInflate({ chunkSize: 256 * 1024 });
    let n = 0;
    let done = false;
    const finish = () => {
      if (done) return;
      done = true;
      resolve(n);
    };
    z.on('data', (d: Buffer) => {
      n += d.length;
      if (n > cap) {
        n = cap + 1;
        finish();
        z.destroy();
      }
    });
    z.on('end', finish);
    z.on('error', finish);
    z.on('close', finish);
    z.end(data);
  });
}

/** What one stream unpacks to: Flate counted by inflating, other filters (or none) as stored. */
async function unpacked(stream: PDFRawStream, cap: number): Promise<number> {
  const filter = stream.dict.get(N('Filter'));
  const filters = filter instanceof PDFArray ? filter.asArray() : filter ? [filter] : [];
  const raw = stream.getContents();
  const first = filters[0];
  if (first === N('FlateDecode') || first === N('Fl')) return inflatedSize(raw, cap);
  return raw.length;
}

/**
 * The first limit a PDF passes, or undefined: within them, or a PDF pdf-lib cannot parse (pdf.js
 * then says what is wrong with it, as before).
 */
export async function pdfOverLimit(bytes: Uint8Array, limits: PdfLimits = PDF_LIMITS): Promise<PdfOverLimit | undefined> {
  let doc: PDFDocument;
  // pdf-lib's parser says what it skips in a broken PDF on console.warn: pdf.js reports the damage later, once.
  const warn = console.warn;
  console.warn = () => {};
  try {
    doc = await PDFDocument.load(bytes, { ignoreEncryption: true, throwOnInvalidObject: false, updateMetadata: false });
  } catch {
    return undefined;
  } finally {
    console.warn = warn;
  }
  const count = doc.getPageCount();
  if (count > limits.pages) return { what: 'pages', limit: limits.pages, seen: count };
  const lookup = (o: PDFObject | undefined) => (o instanceof PDFRef ? doc.context.lookup(o) : o);
  // Page content first, page by page, so the message can name the page.
  const counted = new Set<PDFRawStream>();
  let content = 0;
  const pages = doc.getPages();
  for (let i = 0; i < pages.length; i++) {
    const c = lookup(pages[i]!.node.get(N('Contents')));
    const list = c instanceof PDFArray ? c.asArray().map(lookup) : [c];
    for (const s of list) {
      if (!(s instanceof PDFRawStream) || counted.has(s)) continue;
      counted.add(s);
      content += await unpacked(s, limits.content - content);
      if (content > limits.content) return { what: 'content', limit: limits.content, seen: content, page: i + 1 };
    }
  }
  let streams = content;
  for (const [, o] of doc.context.enumerateIndirectObjects()) {
    if (!(o instanceof PDFRawStream) || counted.has(o)) continue;
    const form = o.dict.get(N('Subtype')) === N('Form');
    const size = await unpacked(o, form ? Math.min(limits.content - content, limits.streams - streams) : limits.streams - streams);
    if (form) {
      content += size;
      if (content > limits.content) return { what: 'content', limit: limits.content, seen: content };
    }
    streams += size;
    if (streams > limits.streams) return { what: 'streams', limit: limits.streams, seen: streams };
  }
  return undefined;
}

/** The limit passed, in words: `its page content unpacks to more than 32 MB (page 1)`. */
export function overLimitText(o: PdfOverLimit): string {
  if (o.what === 'pages') return `it has ${o.seen.toLocaleString('en')} pages, more than the ${o.limit.toLocaleString('en')} reader reads`;
  const mb = `${Math.round(o.limit / MB)} MB`;
  if (o.what === 'content') return `its page content unpacks to more than ${mb}${o.page ? ` (on page ${o.page})` : ''}, more than reader reads`;
  return `its streams unpack to more than ${mb} (a compression bomb?), more than reader reads`;
}

/** A PDF over a limit, thrown by a reader of PDFs before pdf.js starts. */
export class PdfOverLimitError extends Error {
  constructor(readonly over: PdfOverLimit) {
    super(overLimitText(over));
  }
}
