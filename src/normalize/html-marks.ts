/**
 * What a saved web page marks with tags and plain text would lose: italics (`<em>`, `<i>`,
 * `<cite>`: most often a work's title) and endnotes (`<ol>` items with a `↩` back-link, called
 * by `<sup><a href="#fn1">1</a></sup>`). The page's tree is rewritten in place before its blocks
 * are read: italics between emphasis marks, each call as `[n]` (rule `note-call` takes it), each
 * endnote item tagged with its number (`data-note`) and its back-links taken out.
 */
import { inlineText } from '../util/inline-text.ts';
import { UNDERSCORE_EMPHASIS } from './inline.ts';
import { NOTES_HEADING } from './notes.ts';

/** Opens and closes an emphasised run in a block's text until the block is read (`markEmphasis`). */
export const EM_OPEN = '\uE000';
export const EM_CLOSE = '\uE001';

const EMPHASIS_TAGS = new Set(['EM', 'I', 'CITE']);
const HEADING = /^H[1-6]$/;
/** The text of a link back from a note to its call: an arrow or a caret, or `back`. */
const BACK_TEXT = /^\s*(?:[↩↑⤴⮌^]\uFE0E?\uFE0F?|back|return)\s*$/iu;

interface El {
  tagName: string;
  parentElement: El | null;
  children: ArrayLike<El>;
  childNodes: ArrayLike<Nd>;
  getAttribute(name: string): string | null;
  setAttribute(name: string, value: string): void;
  querySelectorAll(selector: string): ArrayLike<El>;
  replaceWith(...nodes: Array<Nd | El | string>): void;
  append(...nodes: Array<Nd | El | string>): void;
  remove(): void;
  textContent: string | null;
}
interface Nd {
  nodeType: number;
  textContent: string | null;
}

/** An endnote list found on the page: how many notes, and how many back-links were taken out. */
export interface EndnoteList {
  notes: number;
  backLinks: number;
  /** The text of the first note, to place the log line in the source. */
  first: string;
  /** Notes found by their links both ways (`markLinkedNotes`), not as a list. */
  linked?: true;
  /** A list with no back-links, read as notes by the calls that link to its items, or by its "Notes" heading and the calls the text has for each of its numbers. */
  by?: 'calls' | 'heading';
}

const linkTarget = (a: El): string | undefined => {
  const href = a.getAttribute('href') ?? '';
  return href.startsWith('#') && href.length > 1 ? decodeURIComponent(href.slice(1)) : undefined;
};

/**
 * Find the endnote lists under `root`: an `<ol>` whose items (most of them, two at least, or a
 * lone item) each hold a link back to the text, by its arrow or by pointing at a call. Their
 * items get `data-note`, their back-links go, and every link to a note becomes `[n]`.
 */
export function markEndnotes(root: El): EndnoteList[] {
  const lists: EndnoteList[] = [];
  let calls: Set<string> | undefined;
  const noteOf = new Map<string, string>();
  for (const ol of Array.from(root.querySelectorAll('ol'))) {
    const items = Array.from(ol.children).filter((c) => c.tagName.toUpperCase() === 'LI');
    if (!items.length) continue;
    const backs = items.map((li) =>
      Array.from(li.querySelectorAll('a')).filter((a) => linkTarget(a) !== undefined && (BACK_TEXT.test(a.textContent ?? '') || pointsAtCall(root, a))),
    );
    const withBack = backs.filter((b) => b.length > 0).length;
    const start = Number(ol.getAttribute('start') ?? '1') || 1;
    let by: EndnoteList['by'];
    if (withBack === 0 || withBack * 2 < items.length) {
      // No back-links: calls linking to the items (a page whose notes do not link back), or a
      // "Notes" heading over the list and a call in the text for every one of its numbers.
      const called = (calls ??= callTargets(root));
      const linkedTo = items.filter((li) => idsIn(li).some((id) => called.has(id))).length;
      if (linkedTo > 0 && linkedTo * 2 >= items.length) by = 'calls';
      else if (headedAsNotes(ol) && callsEach(plainCalls(root, ol), start, items.length)) by = 'heading';
      else continue;
    }
    let removed = 0;
    for (const [i, li] of items.entries()) {
      const n = String(start + i);
      li.setAttribute('data-note', n);
      for (const a of backs[i]!) {
        a.remove();
        removed++;
      }
      const id = li.getAttribute('id');
      if (id) noteOf.set(id, n);
      // `<li><p id="fn1">`: an id inside the item names the note too.
      for (const inner of Array.from(li.querySelectorAll('[id]'))) noteOf.set(inner.getAttribute('id')!, n);
    }
    lists.push({ notes: items.length, backLinks: removed, first: inlineText(items[0] as never).trim(), ...(by ? { by } : {}) });
    // Unlinked superscript calls (`<sup>2</sup>`) of a list read by its heading become `[n]` too.
    if (by === 'heading')
      for (const sup of Array.from(root.querySelectorAll('sup')))
        if (!contains(ol, sup) && SUP_CALL.test(sup.textContent ?? '') && sup.querySelectorAll('a').length === 0)
          sup.replaceWith(`[${sup.textContent!.trim()}]`);
  }
  if (!noteOf.size) return lists;
  for (const a of Array.from(root.querySelectorAll('a'))) {
    const target = linkTarget(a);
    const n = target === undefined ? undefined : noteOf.get(target);
    if (n === undefined || insideNote(a)) continue;
    // `<sup><a>1</a></sup>`: the whole superscript is the call.
    const sup = a.parentElement && a.parentElement.tagName.toUpperCase() === 'SUP' && a.parentElement.children.length === 1 ? a.parentElement : a;
    sup.replaceWith(`[${n}]`);
  }
  return lists;
}

// A number, or a Roman numeral or letter as Word numbers endnotes (`[i]`, `[ii]`, `[a]`).
const CALL_TEXT = /^\s*\[?(\d{1,3}|[ivxlc]{1,6}|[a-z])\]?\s*$/;
const DROPPED_TAGS = new Set(['ASIDE', 'FOOTER', 'NAV']);
const INLINE_TAGS = new Set(['A', 'SPAN', 'SUP', 'SUB', 'B', 'STRONG', 'EM', 'I', 'SMALL', 'LABEL']);

/**
 * Notes outside an `<ol>` (a blog's `<div class="footnote">`, an `<aside>`, a `<p>`): a link whose
 * text is a number (`1`, `[1]`, or a superscript) points at an element of the page that links
 * back to the call. Both links are the evidence: a number linking to a place that links back
 * is a note call whatever the page's classes say. The note is the smallest block around its
 * target that holds no other note's target and not the call; it is marked by its text
 * (`markNoteText`), its back-link goes, and the call becomes `[n]`. Returns the notes found, as `markEndnotes` does their lists.
 */
export function markLinkedNotes(root: El, document?: { createElement(tag: string): El }): EndnoteList[] {
  const byId = new Map<string, El>();
  // An old-style anchor's name is a target too (Word's `<a name="_edn1">`).
  for (const e of Array.from(root.querySelectorAll('a[name]'))) byId.set(e.getAttribute('name')!, e);
  for (const e of Array.from(root.querySelectorAll('[id]'))) byId.set(e.getAttribute('id')!, e);
  // Document order: a note comes after its call (its back-link, a number linking to the call that
  // links to it, would read as a call the other way round).
  const order = new Map<El, number>();
  for (const [i, e] of Array.from(root.querySelectorAll('*')).entries()) order.set(e, i);
  const found: Array<{ call: El; note: El; back: El; n: string }> = [];
  for (const a of Array.from(root.querySelectorAll('a'))) {
    const number = CALL_TEXT.exec(a.textContent ?? '')?.[1];
    const id = linkTarget(a);
    if (!number || id === undefined || insideNote(a)) continue;
    const target = byId.get(id);
    if (!target || contains(target, a) || target.getAttribute('data-note') !== null) continue;
    if ((order.get(target) ?? -1) < (order.get(a) ?? 0)) continue;
    // The call's own ids (the link's, or its superscript's): the target must link back to one.
    const sup = a.parentElement && a.parentElement.tagName.toUpperCase() === 'SUP' && a.parentElement.children.length === 1 ? a.parentElement : undefined;
    const callIds = [a.getAttribute('id'), a.getAttribute('name'), sup?.getAttribute('id')].filter((x): x is string => !!x);
    if (!callIds.length) continue;
    let note: El | null = target;
    while (note && INLINE_TAGS.has(note.tagName.toUpperCase()) && note.parentElement) note = note.parentElement;
    // A list item is left to markEndnotes, which reads the list as a whole (its `start`, arrows).
    if (!note || note === root || contains(note, a) || note.tagName.toUpperCase() === 'LI') continue;
    const back = [target, ...Array.from(note.querySelectorAll('a'))].find((l) => {
      const to = l.tagName.toUpperCase() === 'A' ? linkTarget(l) : undefined;
      return to !== undefined && callIds.includes(to);
    });
    if (!back) continue;
    // A block holding the back-link alone (`<p><a href="#call">1</a></p>` before the note's
    // paragraphs, as Readability leaves a blog's footnote) stands for the block around it.
    while (
      note.parentElement &&
      note.parentElement !== root &&
      !contains(note.parentElement, a) &&
      (note.textContent ?? '').trim() === (back.textContent ?? '').trim()
    )
      note = note.parentElement;
    found.push({ call: sup ?? a, note, back, n: number });
  }
  // A block holding two notes' targets is a list of notes, not one: those are left as they are.
  const shared = new Set(found.filter((f) => found.some((g) => g !== f && g.note === f.note)).map((f) => f.note));
  const notes = found.filter((f) => !shared.has(f.note));
  for (const f of notes) {
    f.back.remove();
    f.call.replaceWith(`[${f.n}]`);
    let note = f.note;
    // An <aside> or <footer> note becomes a <div>, which an article extractor keeps.
    if (document && DROPPED_TAGS.has(note.tagName.toUpperCase())) {
      const div = document.createElement('div');
      div.append(...Array.from(note.childNodes));
      note.replaceWith(div);
      note = div;
    }
    markNoteText(note, f.n);
  }
  return notes.length ? [{ notes: notes.length, backLinks: notes.length, first: unmarked(inlineText(notes[0]!.note as never)), linked: true }] : [];
}

/** Opens a note's number at the start of its text (`\uE002n\uE003`), `+` for a paragraph that goes on with the note before. */
const NOTE_OPEN = '\uE002';
const NOTE_CLOSE = '\uE003';
const NOTE_MARK = /^\s*\uE002(\d{1,3}|[ivxlc]{1,6}|[a-z]|\+)\uE003\s*/u;

/**
 * Mark a note by its text, not an attribute: an article extractor rebuilds the elements around
 * it (Readability turns a `<div>` of text into a `<p>` and drops its attributes), but keeps
 * the text. Its first block opens with the number, each further block with `+`.
 */
function markNoteText(note: El, n: string): void {
  const blocks = Array.from(note.querySelectorAll('p, li, blockquote, div')).filter(
    (b) => !Array.from(b.children).some((c) => /^(P|LI|BLOCKQUOTE|DIV)$/i.test(c.tagName)),
  );
  const starts = blocks.length ? blocks : [note];
  starts.forEach((b, i) => {
    const first = Array.from(b.childNodes)[0];
    const mark = `${NOTE_OPEN}${i === 0 ? n : '+'}${NOTE_CLOSE}`;
    if (first) (first as unknown as { before(...n: string[]): void }).before(mark);
    else b.append(mark);
  });
}

/** A block's note mark (`markNoteText`): the note's number, `+` for a further paragraph, and the text without it. */
export function noteMark(text: string): { note?: string; text: string } {
  const m = NOTE_MARK.exec(text);
  return m ? { note: m[1]!, text: text.slice(m[0].length) } : { text };
}

/** A text without its note marks. */
export const unmarked = (text: string): string => text.replace(/\s*\uE002(?:\d{1,3}|[ivxlc]{1,6}|[a-z]|\+)\uE003\s*/gu, ' ').trim();

function contains(outer: El, inner: El): boolean {
  for (let p: El | null = inner; p; p = p.parentElement) if (p === outer) return true;
  return false;
}

/** A link to an element that is a note call: a superscript, or a link whose text is a number. */
function pointsAtCall(root: El, a: El): boolean {
  const id = linkTarget(a)!;
  const target = Array.from(root.querySelectorAll('[id]')).find((e) => e.getAttribute('id') === id);
  if (!target) return false;
  const tag = target.tagName.toUpperCase();
  return tag === 'SUP' || CALL_TEXT.test(target.textContent ?? '');
}

const SUP_CALL = /^\s*\d{1,3}\s*$/;

/** The ids that links whose text is a note number (`1`, `[1]`) point at. */
function callTargets(root: El): Set<string> {
  const ids = new Set<string>();
  for (const a of Array.from(root.querySelectorAll('a'))) {
    const id = linkTarget(a);
    if (id !== undefined && /^\s*\[?\d{1,3}\]?\s*$/.test(a.textContent ?? '')) ids.add(id);
  }
  return ids;
}

/** An item's id and the ids inside it. */
function idsIn(li: El): string[] {
  return [li, ...Array.from(li.querySelectorAll('[id]'))].map((e) => e.getAttribute('id')).filter((id): id is string => !!id);
}

/** The list comes right after a heading (or a bold line) that names notes, in the page's language. */
function headedAsNotes(ol: El): boolean {
  for (let el: El | null = ol; el && el.parentElement; el = el.parentElement) {
    const siblings = Array.from(el.parentElement.children);
    const before = siblings
      .slice(0, siblings.indexOf(el))
      .reverse()
      .find((s) => (s.textContent ?? '').trim() !== '');
    if (before) return NOTES_HEADING.test((before.textContent ?? '').replace(/\s+/g, ' ').trim());
  }
  return false;
}

/** `called` holds every number from `start`, `count` of them. */
const callsEach = (called: Set<string>, start: number, count: number): boolean =>
  Array.from({ length: count }, (_, i) => String(start + i)).every((n) => called.has(n));

/** The numbers the text outside `list` calls as `[n]` or as a superscript number. */
function plainCalls(root: El, list: El): Set<string> {
  const found = new Set<string>();
  for (const m of (root.textContent ?? '').replace(list.textContent ?? '', ' ').matchAll(/\[(\d{1,3})\]/g)) found.add(m[1]!);
  for (const sup of Array.from(root.querySelectorAll('sup')))
    if (!contains(list, sup) && SUP_CALL.test(sup.textContent ?? '')) found.add(sup.textContent!.trim());
  return found;
}

function insideNote(el: El): boolean {
  for (let p = el.parentElement; p; p = p.parentElement) if (p.getAttribute('data-note') !== null) return true;
  return false;
}

/**
 * Put emphasis marks around the text of every outermost `<em>`, `<i>` and `<cite>` under `root`
 * (not in headings: a title line is compared with the manifest's title as plain text). The
 * marks become `_…_` or go in `emphasisMarks`, once the block's text is known.
 */
export function markEmphasis(root: El): void {
  for (const el of Array.from(root.querySelectorAll('em, i, cite'))) {
    let skip = false;
    for (let p = el.parentElement; p && !skip; p = p.parentElement) {
      const tag = p.tagName.toUpperCase();
      if (EMPHASIS_TAGS.has(tag) || HEADING.test(tag)) skip = true;
    }
    if (skip) continue;
    const text = inlineText(el as never);
    const m = /^(\s*)([\s\S]*?)(\s*)$/u.exec(text)!;
    if (!m[2]) continue;
    el.replaceWith(`${m[1]}${EM_OPEN}${m[2]}${EM_CLOSE}${m[3]}`);
  }
}

/**
 * A block's text with its emphasis marks made `_…_` (read by `toPhrasing` as emphasis), when the
 * block is prose (five words or more outside its italics), has no underscore of its own and every
 * run reads as one; otherwise the marks are taken out and the text stays plain.
 */
export function emphasisMarks(text: string, note = false): { text: string; emphasis: boolean } {
  if (!text.includes(EM_OPEN)) return { text, emphasis: false };
  const plain = text.replace(/[\uE000\uE001]/gu, '');
  if (plain.includes('_')) return { text: plain, emphasis: false };
  // Only in prose: a short block around italics (`By <em>Name</em>`, `<em>Published 3 March</em>`) is a byline, a
  // date or a caption set in italics, which the web rules read as plain text.
  const outside = text.replace(/\uE000[^\uE001]*\uE001/gu, ' ').match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
  // A note is no byline: its title in italics stays italic however short the note.
  if (outside < 5 && !note) return { text: plain, emphasis: false };
  const marked = text.replace(/\uE000/gu, '_').replace(/\uE001/gu, '_');
  const runs = (text.match(/\uE000/gu) ?? []).length;
  // Each run must read back as one: `_Title_` between non-letters (`<i>un</i>believable` stays plain).
  const read = [...marked.matchAll(UNDERSCORE_EMPHASIS)].length;
  return read === runs ? { text: marked, emphasis: true } : { text: plain, emphasis: false };
}
