// Read a built PDF back with poppler and pdfjs: what a reader of the PDF would see.
import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { parseHTML } from 'linkedom';
import { loadPdfJs } from '../../src/util/pdfjs.ts';
import type { PageText } from '../../src/pdf/page-text-types.ts';

export function pdftotextPage(pdf: string, page: number, layout = false): string {
  return execFileSync('pdftotext', [...(layout ? ['-layout'] : []), '-f', String(page), '-l', String(page), pdf, '-'], { encoding: 'utf8' });
}

/** Every page's text, 1-based (index 0 unused). */
export function pdftotextPages(pdf: string, layout = false): string[] {
  const all = execFileSync('pdftotext', [...(layout ? ['-layout'] : []), pdf, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return ['', ...all.split('\f').slice(0, -1)];
}

export function pdfinfo(pdf: string): Record<string, string> {
  const out = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
  return Object.fromEntries(
    out
      .split('\n')
      .filter((l) => l.includes(':'))
      .map((l) => [l.slice(0, l.indexOf(':')).trim(), l.slice(l.indexOf(':') + 1).trim()]),
  );
}

export function pdffonts(pdf: string): Array<{ name: string; emb: string }> {
  const lines = execFileSync('pdffonts', [pdf], { encoding: 'utf8' }).split('\n').slice(2).filter(Boolean);
  // Columns: name type encoding emb sub uni object ID; name has no spaces in practice.
  return lines.map((l) => {
    const cols = l.trim().split(/\s+/);
    const emb = cols.at(-5)!;
    return { name: cols[0]!, emb };
  });
}

/** The folio printed at the foot of a page: the last line of its layout-mode text, a number. */
export function printedFolio(layoutPageText: string): number | undefined {
  const last = layoutPageText
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .at(-1);
  return last && /^\d{1,4}$/.test(last) ? Number(last) : undefined;
}

export async function loadPdfjs(pdf: string) {
  const pdfjs = await loadPdfJs();
  const data = new Uint8Array(await readFile(pdf));
  return pdfjs.getDocument({ data, useSystemFonts: false, isEvalSupported: false }).promise;
}

/**
 * Every word of a PDF with its page and box (poppler's -bbox): two builds that print the same
 * book give the same. Boxes, not -layout text: a book joined from cached parts carries other
 * font subsets than a fresh one, and -layout spaces lines by font metrics. stderr is captured,
 * not shown: pdftotext says "no word list" for every blank page.
 */
export function pdfWordBoxes(pdf: string): string {
  return execFileSync('pdftotext', ['-bbox', pdf, '-'], { encoding: 'utf8', maxBuffer: 64 << 20, stdio: ['ignore', 'pipe', 'pipe'] }).replace(
    /<head>[\s\S]*?<\/head>/,
    '',
  );
}

/**
 * The words of the tagged text as `pdfinfo -struct-text` reads it (poppler, not our reader):
 * each element's quoted strings run together, inline elements into their parent, blocks apart.
 */
export function structTextWords(pdf: string): string[] {
  const out = execFileSync('pdfinfo', ['-struct-text', pdf], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  let text = '';
  for (const line of out.split('\n')) {
    const quoted = /^\s*"(.*)"\s*$/.exec(line);
    if (quoted) text += quoted[1];
    else if (/\(block\)|^\s*\S+$/.test(line) && !/\(inline\)/.test(line)) text += ' ';
  }
  return words(text);
}

const BLOCKS =
  'address, article, aside, blockquote, dd, div, dl, dt, figcaption, figure, footer, h1, h2, h3, h4, h5, h6, header, hr, li, main, nav, ol, p, pre, section, table, td, th, tr, ul, br';

/**
 * The words of an HTML document as a screen reader meets them: no scripts, styles or aria-hidden
 * parts; blocks and cells apart. One rule leaves words out, so that a page can be compared with
 * the tagged PDF: a skip link (a link outside <main> to the <main> element itself) is navigation
 * within the web page, which a printed book has no counterpart for.
 */
export function htmlWords(html: string): string[] {
  const { document } = parseHTML(html);
  for (const el of Array.from(document.querySelectorAll('script, style, template, [aria-hidden="true"]')) as Element[]) el.remove();
  const main = document.querySelector('main[id]');
  if (main)
    for (const a of Array.from(document.querySelectorAll('a[href^="#"]')) as Element[])
      if (a.getAttribute('href') === `#${main.getAttribute('id')}` && !main.contains(a)) a.remove();
  for (const el of Array.from(document.querySelectorAll(BLOCKS)) as Element[]) el.after(document.createTextNode(' '));
  return words(document.body?.textContent ?? '');
}

function words(s: string): string[] {
  return (
    s
      .replace(/\u00ad/g, '')
      .normalize('NFC')
      .toLowerCase()
      .match(/\p{L}[\p{L}\p{M}]*(?:['\u2019][\p{L}\p{M}]+)*/gu) ?? []
  );
}

/** The words of `of`, as a multiset, that `inside` does not hold (to say what a share missed). */
export function wordsMissing(inside: readonly string[], of: readonly string[]): string[] {
  const bag = new Map<string, number>();
  for (const w of inside) bag.set(w, (bag.get(w) ?? 0) + 1);
  return of.filter((w) => {
    const n = bag.get(w) ?? 0;
    if (n > 0) bag.set(w, n - 1);
    return n === 0;
  });
}

/** Of the words of `of`, as a multiset, the share that `inside` holds. */
export function wordShare(inside: readonly string[], of: readonly string[]): number {
  const bag = new Map<string, number>();
  for (const w of inside) bag.set(w, (bag.get(w) ?? 0) + 1);
  let hit = 0;
  for (const w of of) {
    const n = bag.get(w) ?? 0;
    if (n > 0) {
      hit++;
      bag.set(w, n - 1);
    }
  }
  return of.length ? hit / of.length : 1;
}

/**
 * The compounds of a source HTML ("Renwick-Hale") that a PDF's text reads run together
 * ("RenwickHale"): a hard hyphen at a line end taken for a layout one and dropped. A hyphen
 * (U+002D or U+2010) at a line end, then the break, counts as kept.
 */
export function compoundsRunTogether(text: string, html: string): string[] {
  const { document } = parseHTML(html);
  for (const el of Array.from(document.querySelectorAll('script, style, template, [aria-hidden="true"]')) as Element[]) el.remove();
  const lower = (s: string) =>
    s
      .replace(/\u00ad/g, '')
      .normalize('NFC')
      .toLowerCase();
  const source = lower(document.body?.textContent ?? '');
  const read = lower(text)
    .replace(/\u2010/g, '-')
    .replace(/-[ \t]*\n\s*/g, '-');
  const count = (s: string, w: string) => s.split(w).length - 1;
  const compounds = new Set(source.match(/(?<![\p{L}\p{M}-])[\p{L}\p{M}]+(?:-[\p{L}\p{M}]+)+(?![\p{L}\p{M}-])/gu) ?? []);
  return [...compounds].filter((c) => {
    const joined = c.replace(/-/g, '');
    return count(read, joined) > count(source, joined);
  });
}

/**
 * Text of the page body (outside the running-head and folio bands) that is out of the tags, as
 * `p<page>: text`, line-end hyphens apart: content lost to a screen reader (issue #19). Text above
 * all the tagged text of its page is left out: nothing before it to read it after (a note call
 * Paged.js pushes alone to a page top; docs/accessibility.md, weak points).
 */
export function untaggedBodyText(pages: readonly PageText[], pageHeight: number): string[] {
  return pages.flatMap((p, i) => {
    const top = Math.max(...[...p.mcids.values()].flatMap((m) => m.runs.map((r) => r.y)));
    return p.untagged.filter((r) => r.y <= pageHeight - 46 && r.y >= 52 && r.y <= top && !/^[-\u2010]$/.test(r.str.trim())).map((r) => `p${i + 1}: ${r.str}`);
  });
}
