/**
 * The excerpts set as a two-column journal article, printed by Chromium: a title block across
 * both columns on page one, a running head (the title on odd pages, the author on even ones), a
 * folio at the foot, notes at the page foot under a rule, justified and hyphenated paragraphs
 * that run on from column to column and page to page. Chromium has no page-foot notes of its own
 * (no `float: footnote`), so the page script below lays the pages out itself: it fills the two
 * columns block by block, splits the block that overflows at the last word (or verse line) that
 * fits, and puts each note on the page where its call lands.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { joinLines, type Para } from './gutenberg.ts';

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** One block for the page script: its words (or verse lines) as balanced HTML, and its notes by the unit that calls them. */
interface Unit {
  kind: 'h' | 'p' | 'verse';
  units: string[];
  notes: { at: number; n: number; html: string }[];
}

/** Words of a line as HTML, each closed on its own (`_a b_` gives `<em>a</em> <em>b</em>`), calls as `<sup>`. */
function wordsOf(line: string, notes: string[] | undefined, counter: { n: number }, out: Unit['notes'], base: number): string[] {
  const words: string[] = [];
  let em = false;
  for (const raw of line.split(/\s+/).filter(Boolean)) {
    let w = '';
    for (const part of raw.split(/(\u0000\d+\u0000|_)/)) {
      if (part === '_') em = !em;
      else if (/^\u0000\d+\u0000$/.test(part)) {
        const k = Number(part.slice(1, -1));
        counter.n++;
        out.push({ at: base + words.length, n: counter.n, html: esc(notes?.[k] ?? '').replace(/_([^_]+)_/g, '<em>$1</em>') });
        w += `<sup>${counter.n}</sup>`;
      } else if (part) w += em ? `<em>${esc(part)}</em>` : esc(part);
    }
    if (w) words.push(w);
  }
  return words;
}

function units(paras: Para[]): Unit[] {
  const counter = { n: 0 };
  return paras.map((p) => {
    const notes: Unit['notes'] = [];
    if (p.kind === 'verse') {
      // A call in a verse line is placed with its line.
      const lines = p.lines.map((l, i) => {
        const before = notes.length;
        const html = wordsOf(l.trim(), p.notes, counter, notes, 0).join(' ');
        for (const x of notes.slice(before)) x.at = i;
        return html;
      });
      return { kind: 'verse', units: lines, notes };
    }
    const words = wordsOf(joinLines(p.lines), p.notes, counter, notes, 0);
    return { kind: p.kind === 'h' ? 'h' : 'p', units: words, notes };
  });
}

/** The page script: lays `UNITS` out into two-column pages with page-foot notes. */
const LAYOUT = `
const out = document.getElementById('out');
let folio = 0, body, notes;
function page() {
  folio++;
  const pg = document.createElement('div'); pg.className = 'page';
  const head = document.createElement('div'); head.className = 'head';
  head.textContent = folio === 1 ? '' : folio % 2 ? TITLE : AUTHOR;
  const foot = document.createElement('div'); foot.className = 'foot'; foot.textContent = String(folio);
  body = document.createElement('div'); body.className = 'body';
  notes = document.createElement('div'); notes.className = 'notes';
  pg.append(head, body, notes, foot); out.append(pg);
  if (folio === 1) {
    const t = document.createElement('div'); t.className = 'titleblock';
    t.innerHTML = '<h1></h1><p class="byline"></p>';
    t.firstChild.textContent = TITLE; t.lastChild.textContent = AUTHOR;
    body.append(t);
  }
  fitHeight();
}
function fitHeight() { body.style.height = (BODY_H - (notes.childElementCount ? notes.offsetHeight + 8 : 0)) + 'px'; }
function fits() { fitHeight(); return body.scrollWidth <= body.clientWidth + 1 && body.scrollHeight <= body.clientHeight + 1; }
function noteEl(x) { const d = document.createElement('p'); d.innerHTML = '<sup>' + x.n + '</sup> ' + x.html; return d; }
page();
for (const u of UNITS) {
  let from = 0, cont = false;
  while (from < u.units.length) {
    const el = document.createElement(u.kind === 'h' ? 'h2' : 'p');
    if (u.kind === 'verse') el.className = 'verse';
    if (cont) el.className += ' cont';
    body.append(el);
    const placed = [];
    const tryK = (k) => {
      el.innerHTML = u.units.slice(from, from + k).join(u.kind === 'verse' ? '<br>' : ' ');
      for (const n of placed) n.remove();
      placed.length = 0;
      for (const x of u.notes) if (x.at >= from && x.at < from + k) { const n = noteEl(x); notes.append(n); placed.push(n); }
      return fits();
    };
    let k = u.units.length - from;
    if (!tryK(k)) {
      // Headings are never split; the rest is split at the last unit that fits.
      let lo = 0, hi = u.kind === 'h' ? 0 : k - 1;
      while (lo < hi) { const mid = Math.ceil((lo + hi) / 2); if (tryK(mid)) lo = mid; else hi = mid - 1; }
      k = lo;
      if (k === 0 || (u.kind === 'p' && k < 3)) {
        // Too little room left: the block starts on the next page (on an empty page, what fits).
        el.remove(); for (const n of placed) n.remove();
        if (body.childElementCount > (folio === 1 ? 1 : 0)) { page(); continue; }
        body.append(el); k = Math.max(1, k);
      }
      tryK(k);
    }
    from += k; cont = true;
    if (from < u.units.length) page();
  }
}
document.title = 'done';
`;

/** The HTML of the two-column article; print it with `printColumns`. */
export function columnsHtml(paras: Para[], title: string, author: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${esc(title)}</title>
<style>
@page { size: 210mm 297mm; margin: 0 }
body { margin: 0; font: 9.5pt/1.3 serif; hyphens: auto }
.page { position: relative; width: 210mm; height: 297mm; overflow: hidden; break-after: page }
.head { position: absolute; top: 12mm; left: 18mm; right: 18mm; font: italic 8pt serif; text-align: center; height: 4mm }
.foot { position: absolute; bottom: 10mm; left: 0; right: 0; font: 8pt serif; text-align: center }
.body { position: absolute; top: 20mm; left: 18mm; width: 174mm; column-count: 2; column-gap: 7mm; column-fill: auto; text-align: justify }
.notes { position: absolute; bottom: 18mm; left: 18mm; width: 174mm; font-size: 7.5pt; line-height: 1.2; border-top: 0.4pt solid #000; padding-top: 2pt }
.notes p { margin: 0 0 1pt; text-indent: 0 }
.titleblock { column-span: all; text-align: center; margin-bottom: 8mm } h1 { font-size: 17pt; margin: 0 0 3mm } .byline { font-size: 11pt; margin: 0 }
h2 { font-size: 10.5pt; margin: 6pt 0 3pt; text-align: left; break-after: avoid }
p { margin: 0; text-indent: 1.2em } p.cont, h2 + p { text-indent: 0 }
.verse { margin: 4pt 0 4pt 1.5em; text-indent: 0; text-align: left }
sup { font-size: 65%; line-height: 0 }
</style></head><body><div id="out"></div>
<script>const TITLE = ${JSON.stringify(title)}, AUTHOR = ${JSON.stringify(author.toUpperCase())}, BODY_H = 257 * 96 / 25.4 - 20 * 96 / 25.4 - 18 * 96 / 25.4;
const UNITS = ${JSON.stringify(units(paras)).replace(/</g, '\\u003c')};
${LAYOUT}</script></body></html>
`;
}

/** Print the two-column article with the system Chromium (puppeteer-core); the PDF, or undefined. */
export async function printColumns(dir: string, name: string, html: string): Promise<string | undefined> {
  const { default: puppeteer } = await import('puppeteer-core');
  const { findChromium, isHeadlessShell } = await import('../../src/render/chromium.ts');
  const page = join(dir, `${name}.html`);
  const pdf = join(dir, `${name}.pdf`);
  writeFileSync(page, html);
  const executablePath = findChromium();
  const browser = await puppeteer.launch({
    executablePath,
    headless: isHeadlessShell(executablePath) ? 'shell' : true,
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--font-render-hinting=none'],
  });
  try {
    const tab = await browser.newPage();
    await tab.goto(`file://${page}`);
    await tab.waitForFunction('document.title === "done"', { timeout: 120_000 });
    await tab.pdf({ path: pdf, preferCSSPageSize: true, printBackground: true, timeout: 180_000 });
  } catch {
    return undefined;
  } finally {
    await browser.close();
  }
  return existsSync(pdf) ? pdf : undefined;
}
