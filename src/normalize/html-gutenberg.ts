/**
 * A Project Gutenberg HTML edition carries the distributor's header (title data, licence
 * summary) before its `*** START OF THE PROJECT GUTENBERG EBOOK … ***` line and the whole licence
 * after `*** END OF …`, in `<section id="pg-header">`/`"pg-footer"` in newer files and in plain
 * paragraphs in older ones; and the printed book's page numbers as `<span class="pagenum">[7]</span>`
 * inside the paragraphs. All of it is taken out before Readability reads the page (which kept
 * the licence as eight pages of the text, and the page numbers as note calls), and returned for
 * the log.
 */
// Project Gutenberg's markers anywhere in an element's text (an old edition puts its header and the start marker in one <pre>).
const START = /\*{3}\s*START OF (?:THE|THIS) PROJECT GUTENBERG E-?(?:BOOK|TEXT)\b/i;
const END = /\*{3}\s*END OF (?:THE|THIS) PROJECT GUTENBERG E-?(?:BOOK|TEXT)\b/i;

interface Node0 {
  readonly nodeType: number;
  readonly textContent: string | null;
  readonly parentElement: El | null;
  readonly previousSibling: Node0 | null;
  readonly nextSibling: Node0 | null;
  remove(): void;
}
interface El extends Node0 {
  readonly tagName: string;
  getAttribute(name: string): string | null;
  querySelectorAll(selector: string): ArrayLike<El>;
}

export interface Taken {
  what: 'header' | 'licence and end matter' | 'page number';
  text: string;
}

const squeeze = (s: string | null) => (s ?? '').replace(/\s+/g, ' ').trim();
/** A printed page's number as Gutenberg's transcribers mark it: `[7]`, `7`, `[Pg 7]`, `[xii]`, `p. 7`. */
const PAGE_NUMBER = /^\[?\s*(?:p(?:g|age)?\.?\s*)?(?:\d{1,4}|[ivxlcdm]{1,8})\s*\]?$/i;

/** Take out the Gutenberg header, licence and page numbers of `body`, in place; what went, in page order. */
export function takeOutGutenberg(body: El): Taken[] {
  const taken: Taken[] = [];
  const blocks = Array.from(body.querySelectorAll('p, pre, div, section, h1, h2, h3, h4, h5, h6'));
  const leaf = (re: RegExp) => blocks.filter((el) => re.test(el.textContent ?? '')).pop();
  // The innermost element that holds each marker: the last match in document order is the deepest.
  const start = body.querySelectorAll('#pg-header').length ? body.querySelectorAll('#pg-header')[0]! : leaf(START);
  const end = body.querySelectorAll('#pg-footer').length ? body.querySelectorAll('#pg-footer')[0]! : leaf(END);
  if (start) taken.push({ what: 'header', text: cut(start, body, 'before') });
  const licence = end ? cut(end, body, 'after') : '';
  if (start || end)
    for (const el of Array.from(body.querySelectorAll('span.pagenum, span.pageno, span.page-number, a.pagenum'))) {
      const text = squeeze(el.textContent);
      if (text && !PAGE_NUMBER.test(text)) continue;
      el.remove();
      if (text) taken.push({ what: 'page number', text });
    }
  // In page order, for the log's places.
  taken.push({ what: 'licence and end matter', text: licence });
  return taken.filter((t) => t.text);
}

/** Remove `el` and everything before it (or after it) in the page, up to `body`; their text, in page order. */
function cut(el: El, body: El, side: 'before' | 'after'): string {
  // Siblings level by level, from `el`'s own outwards: before it, the outer levels come first in the page.
  const levels: string[][] = [];
  for (let node: El | null = el; node && node !== body; node = node.parentElement) {
    const siblings: Node0[] = [];
    for (let s = side === 'before' ? node.previousSibling : node.nextSibling; s; s = side === 'before' ? s.previousSibling : s.nextSibling) siblings.push(s);
    if (side === 'before') siblings.reverse();
    levels.push(siblings.map((s) => squeeze(s.textContent)).filter(Boolean));
    for (const s of siblings) s.remove();
  }
  const own = squeeze(el.textContent);
  el.remove();
  const text = side === 'before' ? [...levels.reverse().flat(), own] : [own, ...levels.flat()];
  return text.filter(Boolean).join('\n');
}
