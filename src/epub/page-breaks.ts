/**
 * The printed pages in the EPUB: a `pagebreak` marker where each page of the laid-out book
 * starts, so that "page 47" is the same place in both. The layout says on which page every
 * id starts (anchors) and, for a page that opens in the middle of a paragraph, its first words
 * (continuations). A page is marked
 *   - inside the paragraph it opens in, before the first whole word it prints, when it opens
 *     in one;
 *   - otherwise before the first element that starts on it;
 *   - a blank page (left blank so that a part starts on a right-hand page) just before the next page's marker.
 * A page with none of these (one that opens in the middle of a table, say) is not marked: a
 * page list that sends a reader to the wrong place is worse than one without that page.
 */
import type { ContentDoc } from './parts.ts';

export interface PageMark {
  page: number;
  /** The marker's id (`page-47`) and the document it is in. */
  id: string;
  file: string;
  /** How it was placed: in a paragraph the page opens in, before an element starting on it, or with the next page (a blank page). */
  how: 'continued' | 'starts' | 'blank';
}

/** Blocks Paged.js can split across pages (render/index.ts collects the same for its continuations). */
const SPLITTABLE = new Set(['P', 'LI', 'BLOCKQUOTE', 'DD', 'DT']);
/** Containers a marker may not be put in directly (HTML's content model, or ARIA's owned elements): it goes into the child instead. */
const LIST_PARENTS = new Set(['OL', 'UL', 'DL', 'TABLE', 'THEAD', 'TBODY', 'TFOOT', 'TR', 'COLGROUP']);
const LIST_ROLES = new Set(['list', 'table', 'row', 'rowgroup', 'grid', 'listbox', 'menu', 'tablist', 'tree']);

interface Item {
  doc: ContentDoc;
  el: Element;
  page?: number;
}

/**
 * Put the page markers into the documents (in reading order) and return them in page order.
 * `skip` leaves out elements whose place in the EPUB is not their place in print (footnotes).
 */
export function markPages(
  docs: readonly ContentDoc[],
  facts: { anchors: Record<string, number>; pages: number; continuations?: Record<number, string[]>; blankPages?: readonly number[] },
  skip = 'section.notes, aside',
): { marks: PageMark[]; unplaced: number[] } {
  const blank = new Set(facts.blankPages ?? []);
  const unplaced: number[] = [];
  const items: Item[] = [];
  let highest = 0;
  for (const doc of docs) {
    for (const el of Array.from(doc.body.querySelectorAll('*'))) {
      if (el.closest(skip)) continue;
      const id = el.getAttribute('id');
      let page = id ? facts.anchors[id] : undefined;
      // An element placed elsewhere than its print order (a float) is no guide to where pages start.
      if (page !== undefined && page < highest) page = undefined;
      if (page !== undefined) highest = page;
      if (page !== undefined || SPLITTABLE.has(el.tagName)) items.push({ doc, el, ...(page !== undefined ? { page } : {}) });
    }
  }
  const marks: PageMark[] = [];
  const pending: number[] = [];
  let cursor = 0;
  const place = (page: number, doc: ContentDoc, put: (marker: Element) => void, how: PageMark['how']) => {
    // Blank pages before this one go just before it, in order.
    for (const p of [...pending, page]) {
      const marker = doc.body.ownerDocument.createElement('span');
      const id = `page-${p}`;
      marker.setAttribute('id', id);
      marker.setAttribute('class', 'page-break');
      marker.setAttribute('epub:type', 'pagebreak');
      marker.setAttribute('role', 'doc-pagebreak');
      // The number as its name, in `title`: axe refuses aria-label on a span, and Ace asks for one or the other.
      marker.setAttribute('title', String(p));
      put(marker);
      marks.push({ page: p, id, file: doc.file, how: p === page ? how : 'blank' });
    }
    pending.length = 0;
  };
  for (let page = 1; page <= facts.pages; page++) {
    let first = cursor;
    while (first < items.length && (items[first]!.page === undefined || items[first]!.page! < page)) first++;
    const words = facts.continuations?.[page]?.[0];
    const inside = words ? findContinued(items, cursor, first, words) : undefined;
    if (inside) {
      place(page, inside.item.doc, (m) => inside.insert(m), 'continued');
      cursor = inside.index;
    } else if (first < items.length && items[first]!.page === page) {
      const { doc, el } = items[first]!;
      place(page, doc, (m) => insertAtStart(el, m), 'starts');
      cursor = first;
    } else if (blank.has(page)) pending.push(page);
    else unplaced.push(page);
  }
  // Blank pages at the very end: after the last document's content.
  const last = docs.at(-1);
  if (pending.length && last) {
    const end = pending.pop()!;
    place(end, last, (m) => last.body.appendChild(m), 'blank');
  }
  return { marks, unplaced };
}

/** Before `el`, or inside it where a list, table or definition list would not allow a span beside it. */
function insertAtStart(el: Element, marker: Element): void {
  const parent = el.parentElement;
  if (parent && (LIST_PARENTS.has(parent.tagName) || LIST_ROLES.has(parent.getAttribute('role') ?? ''))) {
    const into = el.tagName === 'TR' ? (el.firstElementChild ?? el) : el;
    into.insertBefore(marker, into.firstChild);
  } else el.parentNode!.insertBefore(marker, el);
}

/** Letters and digits only: the print's text and ours differ in spaces, hyphens and quotes at most. */
const isWordChar = (c: string) => /[\p{L}\p{N}]/u.test(c);

/**
 * The block, between the last marker and the first element starting on the page, that holds
 * the page's first words, and how to put the marker before the first whole word of them.
 */
function findContinued(items: Item[], from: number, to: number, words: string): { item: Item; index: number; insert: (m: Element) => void } | undefined {
  const key = [...words].filter(isWordChar).join('').slice(0, 24);
  if (key.length < 6) return undefined;
  for (let i = Math.min(to, items.length) - 1; i >= from; i--) {
    const item = items[i]!;
    if (!SPLITTABLE.has(item.el.tagName)) continue;
    const { chars, afterMarker } = textChars(item.el);
    const letters = chars.filter((c) => isWordChar(c.ch));
    // Pages come in order: in a block an earlier page's marker is in, this page starts after that
    // marker, even where the words it opens with came before it too (a licence repeats its phrases).
    const from = chars.slice(0, afterMarker).filter((c) => isWordChar(c.ch)).length;
    const at = letters
      .map((c) => c.ch)
      .join('')
      .indexOf(key, from);
    if (at < 0) continue;
    // The page may open on the end of a word hyphenated across the break: start at the next whole word.
    let k = chars.indexOf(letters[at]!);
    if (k > 0 && isWordChar(chars[k - 1]!.ch)) {
      while (k < chars.length && isWordChar(chars[k]!.ch)) k++;
      while (k < chars.length && !isWordChar(chars[k]!.ch)) k++;
    }
    if (k >= chars.length) continue;
    const { node, offset } = chars[k]!;
    return {
      item,
      index: i,
      insert: (marker) => {
        const text = node.nodeValue ?? '';
        node.nodeValue = text.slice(0, offset);
        const rest = node.ownerDocument!.createTextNode(text.slice(offset));
        node.parentNode!.insertBefore(rest, node.nextSibling);
        node.parentNode!.insertBefore(marker, rest);
      },
    };
  }
  return undefined;
}

/**
 * Every character of an element's text with its text node, leaving out paragraph numbers, page
 * markers and soft hyphens; `afterMarker`: how many of them come before the end of the last page
 * marker in it (0 when there is none).
 */
function textChars(el: Element): { chars: Array<{ ch: string; node: Text; offset: number }>; afterMarker: number } {
  const out: Array<{ ch: string; node: Text; offset: number }> = [];
  let afterMarker = 0;
  const walk = (n: Node) => {
    for (const c of Array.from(n.childNodes)) {
      if (c.nodeType === 3) {
        const v = c.nodeValue ?? '';
        for (let i = 0; i < v.length; i++) if (v[i] !== '\u00ad') out.push({ ch: v[i]!, node: c as Text, offset: i });
      } else if (c.nodeType === 1) {
        const e = c as Element;
        if (e.getAttribute('role') === 'doc-pagebreak') afterMarker = out.length;
        if (e.classList.contains('para-num') || e.getAttribute('role') === 'doc-pagebreak') continue;
        walk(e);
      }
    }
  };
  walk(el);
  return { chars: out, afterMarker };
}
