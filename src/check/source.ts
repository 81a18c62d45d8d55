/**
 * The words a PDF's tags should read: the HTML it was printed from, read in the order the
 * tags take. Left out: what Chromium tags nowhere (aria-hidden, scripts, styles), and what
 * CSS prints outside the content (none of it is in the DOM). Images read as their alt text.
 * A footnote (`.footnote`, printed at the page foot) reads after the block that calls it,
 * where finishing puts its Note element.
 */
import { Parser } from 'htmlparser2';
import { prepareWords, words, type PreparedWords } from './words.ts';

const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'HEAD']);
const INLINE = new Set([
  'A',
  'ABBR',
  'B',
  'BDI',
  'BDO',
  'CITE',
  'CODE',
  'DATA',
  'DFN',
  'EM',
  'I',
  'KBD',
  'MARK',
  'Q',
  'S',
  'SAMP',
  'SMALL',
  'SPAN',
  'STRONG',
  'SUB',
  'SUP',
  'TIME',
  'U',
  'VAR',
  'WBR',
  'LABEL',
]);

/** An element of the tree sourceText reads: its tag as the DOM names it, its attributes, its children (text as strings). */
interface El {
  tag: string;
  attrs: Record<string, string>;
  kids: Array<El | string>;
  parent: El | undefined;
}

/**
 * The HTML as a tree of its elements and text, as a DOM parser (linkedom, which also reads
 * through htmlparser2) builds it from the same events: tags in upper case (an HTML document's
 * tagName, <svg>'s elements too), comments left out. Only what sourceText reads, and a tenth of what a full
 * DOM costs to build (a book's HTML is 400 KB): the document's top-level nodes are `root.kids`.
 */
function parseTree(html: string): El {
  const root: El = { tag: '#document', attrs: {}, kids: [], parent: undefined };
  let node = root;
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        const el: El = { tag: name.toUpperCase(), attrs, kids: [], parent: node };
        node.kids.push(el);
        node = el;
      },
      ontext(text) {
        node.kids.push(text);
      },
      onclosetag() {
        node = node.parent ?? root;
      },
    },
    { lowerCaseAttributeNames: false, decodeEntities: true, xmlMode: false },
  );
  parser.write(html);
  parser.end();
  return root;
}

const firstElement = (kids: Array<El | string>, from = 0): El | undefined => {
  for (let i = from; i < kids.length; i++) if (typeof kids[i] !== 'string') return kids[i] as El;
  return undefined;
};

/**
 * The document's body as a DOM gives it: the first element's first element child if that is
 * HEAD, and the element after it if that is BODY; else a new, empty one, as the DOM makes.
 */
function bodyOf(root: El): El {
  const html = firstElement(root.kids);
  if (!html) throw new TypeError('no element in the HTML');
  const first = firstElement(html.kids);
  const next = first?.tag === 'HEAD' ? firstElement(html.kids, html.kids.indexOf(first) + 1) : first;
  return next?.tag === 'BODY' ? next : { tag: 'BODY', attrs: {}, kids: [], parent: html };
}

/** The elements under `el` (not itself) in document order; a <template>'s content is no part of the document. */
function* descendants(el: El): Generator<El> {
  for (const k of el.kids)
    if (typeof k !== 'string') {
      yield k;
      if (k.tag !== 'TEMPLATE') yield* descendants(k);
    }
}

/** The HTML's text as the PDF's tags should read it: blocks apart, inline text run together. */
export function sourceText(html: string): string {
  const body = bodyOf(parseTree(html));
  // Each footnote after its block, as a block of its own, the block's notes in their order.
  const notes = [...descendants(body)].filter((e) => e.attrs.class?.split(/[ \t\n\f\r]+/).includes('footnote'));
  const lastAfter = new Map<El, El>();
  for (const note of notes) {
    let block = note.parent;
    while (block && INLINE.has(block.tag)) block = block.parent;
    const aside: El = { tag: 'DIV', attrs: {}, kids: note.kids, parent: undefined };
    for (const k of aside.kids) if (typeof k !== 'string') k.parent = aside;
    note.kids = [];
    if (note.parent) note.parent.kids.splice(note.parent.kids.indexOf(note), 1);
    note.parent = undefined;
    if (!block?.parent) continue;
    const after = lastAfter.get(block) ?? block;
    const siblings = block.parent.kids;
    siblings.splice(siblings.indexOf(after) + 1, 0, aside);
    aside.parent = block.parent;
    lastAfter.set(block, aside);
  }
  const parts: string[] = [];
  const visit = (el: El) => {
    if (SKIP.has(el.tag) || el.attrs['aria-hidden'] === 'true' || el.attrs.hidden !== undefined) return;
    if (el.tag === 'IMG') {
      parts.push(` ${el.attrs.alt ?? ''} `);
      return;
    }
    const block = !INLINE.has(el.tag);
    if (block || el.tag === 'BR') parts.push(' ');
    for (const k of el.kids) {
      if (typeof k === 'string') parts.push(k);
      else visit(k);
    }
    if (block) parts.push(' ');
  };
  visit(body);
  return parts.join('');
}

/** The source's words, counted and indexed for the comparison: a build makes them while Chromium lays out. */
export function prepareSource(html: string): PreparedWords {
  return prepareWords(words(sourceText(html)));
}
