import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { parseHTML } from 'linkedom';
import { parse as parseYaml } from 'yaml';
import { decodeBytes } from '../ingest/decode.ts';
import type { TextGuesses } from './guess.ts';
import type { Guess } from './lines.ts';

/** The file types init takes as sources. */
export const SOURCE_EXTENSIONS = ['.txt', '.md', '.markdown', '.html', '.htm', '.pdf'] as const;

export function isSourceFile(name: string): boolean {
  return !name.startsWith('.') && (SOURCE_EXTENSIONS as readonly string[]).includes(extname(name).toLowerCase());
}

/** A source's plain text (line numbers as in the file for .txt/.md) and what its own metadata says. */
export interface SourceText {
  text: string;
  known: TextGuesses;
}

/** Read a source for guessing: decoded text, plus `<meta>`, front matter or PDF info when present. */
export async function readSourceText(path: string): Promise<SourceText> {
  const ext = extname(path).toLowerCase();
  const bytes = new Uint8Array(await readFile(path));
  if (ext === '.pdf') return pdfText(bytes);
  const text = decodeBytes(bytes).text;
  if (ext === '.html' || ext === '.htm') return htmlText(text);
  if (ext === '.md' || ext === '.markdown') return markdownText(text);
  return { text, known: {} };
}

const meta = (value: unknown, how: string): Guess | undefined => (typeof value === 'string' && value.trim() ? { value: value.trim(), how } : value instanceof Date ? { value: value.toISOString().slice(0, 10), how } : undefined);

function compact(g: Record<keyof TextGuesses, Guess | undefined>): TextGuesses {
  return Object.fromEntries(Object.entries(g).filter(([, v]) => v)) as TextGuesses;
}

/** Markdown: front matter fields, and a first `# Heading` as the title. Front matter lines stay so line numbers hold. */
function markdownText(text: string): SourceText {
  const fm = /^---\n([\s\S]*?)\n---\n/.exec(text.replace(/\r\n?/g, '\n'));
  let data: Record<string, unknown> = {};
  if (fm) {
    try {
      data = (parseYaml(fm[1]!) as Record<string, unknown>) ?? {};
    } catch {
      data = {};
    }
  }
  const lines = text.split(/\r\n?|\n/);
  const start = fm ? fm[0].split('\n').length - 1 : 0;
  const h1 = lines.findIndex((l, i) => i >= start && /^#\s+\S/.test(l));
  const heading = h1 >= 0 ? { value: lines[h1]!.replace(/^#\s+/, '').replace(/\s+#*\s*$/, ''), line: h1 + 1, how: 'the first heading' } : undefined;
  const known = compact({
    title: meta(data.title, 'the front matter') ?? heading,
    author: meta(data.author, 'the front matter'),
    translator: meta(data.translator, 'the front matter'),
    date: meta(data.date, 'the front matter'),
  });
  // Blank out the front matter and strip Markdown marks so the text guessers see plain lines.
  const plain = lines.map((l, i) => (i < start ? '' : l.replace(/^#{1,6}\s+/, '').replace(/[*_`]/g, ''))).join('\n');
  return { text: plain, known };
}

/** HTML: `<meta>` author/date, `og:title` or `<h1>` or `<title>`, and the text of each block on its own line. */
function htmlText(html: string): SourceText {
  const { document } = parseHTML(html.includes('<html') ? html : `<!doctype html><html><body>${html}</body></html>`);
  const metaContent = (sel: string) => document.querySelector(sel)?.getAttribute('content') ?? undefined;
  const h1 = document.querySelector('h1')?.textContent?.replace(/\s+/g, ' ').trim();
  // A <title> often carries the site's name after a bar or dash: keep the first part.
  const docTitle = document.querySelector('title')?.textContent?.replace(/\s+/g, ' ').trim().split(/\s+[|–—-]\s+/)[0];
  const published = metaContent('meta[property="article:published_time"]') ?? metaContent('meta[name="date"]') ?? document.querySelector('time[datetime]')?.getAttribute('datetime') ?? undefined;
  const known = compact({
    title: meta(metaContent('meta[property="og:title"]'), 'og:title') ?? meta(h1, 'the <h1>') ?? meta(docTitle, 'the <title>'),
    author: meta(metaContent('meta[name="author"]'), 'the author <meta>'),
    translator: undefined,
    date: published && /^\d{4}-\d{2}-\d{2}/.test(published) ? { value: published.slice(0, 10), how: 'the page metadata' } : undefined,
  });
  for (const el of Array.from(document.querySelectorAll('script, style, nav, header nav, footer nav'))) el.remove();
  const blocks = Array.from(document.querySelectorAll('h1, h2, h3, h4, p, li, address, time, figcaption, div:not(:has(*))'));
  const text = blocks.map((el) => (el.textContent ?? '').replace(/\s+/g, ' ').trim()).filter(Boolean).join('\n');
  return { text, known };
}

/** PDF: the document info (Title, Author) and the text of the first pages, one line per text line. */
async function pdfText(bytes: Uint8Array): Promise<SourceText> {
  try {
    const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
    const doc = await pdfjs.getDocument({ data: bytes, useSystemFonts: false, isEvalSupported: false, verbosity: 0 }).promise;
    try {
      const info = ((await doc.getMetadata()).info ?? {}) as Record<string, unknown>;
      let text = '';
      // The first and last pages hold titles, bylines and bios; the middle adds nothing to a guess.
      const pages = [...new Set([1, 2, doc.numPages - 1, doc.numPages])].filter((p) => p >= 1 && p <= doc.numPages).sort((a, b) => a - b);
      for (const p of pages) {
        const content = await (await doc.getPage(p)).getTextContent();
        for (const item of content.items) if ('str' in item) text += item.str + (item.hasEOL ? '\n' : '');
        text += '\n';
      }
      return { text, known: compact({ title: meta(info.Title, 'the PDF info'), author: meta(info.Author, 'the PDF info'), translator: undefined, date: undefined }) };
    } finally {
      await doc.destroy();
    }
  } catch {
    return { text: '', known: {} };
  }
}
