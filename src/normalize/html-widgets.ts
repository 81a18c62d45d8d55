import { COOKIE_BANNER } from './clutter-patterns.ts';

/** The few DOM calls this module needs (linkedom's elements have them). */
interface Node0 {
  readonly nodeType: number;
  readonly textContent: string | null;
  readonly childNodes: ArrayLike<Node0>;
  readonly parentElement: El | null;
}
interface El extends Node0 {
  readonly tagName: string;
  remove(): void;
  querySelectorAll(selector: string): ArrayLike<El>;
}

/** The longest box taken for a cookie notice: its words and buttons, no article. */
const NOTICE_MAX = 600;

/**
 * Take a page's cookie notices out before Readability picks the article: on a page whose text
 * stands in `<div>`s and `<br>`s rather than paragraphs, Readability may score the notice's one
 * `<p>` above the article and return it alone, which the clutter rules then drop, leaving
 * nothing. A notice is the largest box (up to 600 characters) whose text is a cookie banner's
 * ("This website uses cookies …" and its buttons), found from an element whose own text opens
 * with it. Returns the notices' texts, in page order, for the log.
 */
export function takeOutCookieNotices(body: El): string[] {
  const out: string[] = [];
  for (const el of Array.from(body.querySelectorAll('p, div, span, section, aside'))) {
    if (!COOKIE_BANNER.test(ownText(el)) || !within(el, body)) continue;
    let box = el;
    for (let up = el.parentElement; up && up !== body && isNotice(up.textContent); up = up.parentElement) box = up;
    const text = squeeze(box.textContent);
    if (!isNotice(text)) continue;
    out.push(text);
    box.remove();
  }
  return out;
}

/** An element's text of its own, before its first child element: where a notice's words stand. */
function ownText(el: El): string {
  let t = '';
  for (const c of Array.from(el.childNodes)) {
    if (c.nodeType === 3) t += c.textContent ?? '';
    else if (t.trim()) break;
  }
  return squeeze(t);
}

/** An element's text with a space between its elements' texts: a navigation box's cells do not run into one word. */
function spacedText(node: Node0): string {
  if (node.nodeType === 3) return node.textContent ?? '';
  return Array.from(node.childNodes).map(spacedText).join(' ');
}

/** Still in the page: not inside a notice taken out before it. */
function within(el: El, body: El): boolean {
  for (let up = el.parentElement; up; up = up.parentElement) if (up === body) return true;
  return false;
}

function isNotice(text: string | null): boolean {
  const t = squeeze(text);
  return t.length <= NOTICE_MAX && COOKIE_BANNER.test(t);
}

const squeeze = (s: string | null): string => (s ?? '').replace(/\s+/g, ' ').trim();

/**
 * A saved wiki page's own furniture (MediaWiki: Wikipedia and the wikis built like it), known by
 * its markup: the '[edit]' links beside the headings (which also make Readability drop the
 * headings), the contents box ('(Top)', the numbered sections), 'Jump to content', 'From
 * Wikipedia, the free encyclopedia', the navigation boxes and the categories.
 */
const WIKI_FURNITURE = [
  '.mw-editsection',
  '.mw-jump-link',
  '#siteSub',
  '#contentSub',
  '#mw-panel-toc',
  '#toc',
  '.toc',
  '.vector-toc',
  '.navbox',
  '.vertical-navbox',
  '#catlinks',
].join(', ');

/**
 * Take a MediaWiki page's furniture out before Readability picks the article. Returns each
 * piece's text, in page order, for the log; nothing on a page that is no wiki's.
 */
export function takeOutWikiFurniture(body: El): string[] {
  if (body.querySelectorAll('.mw-parser-output, #mw-content-text').length === 0) return [];
  const out: string[] = [];
  for (const el of Array.from(body.querySelectorAll(WIKI_FURNITURE))) {
    if (!within(el, body)) continue;
    const text = squeeze(spacedText(el));
    if (text) out.push(text);
    el.remove();
  }
  return out;
}
