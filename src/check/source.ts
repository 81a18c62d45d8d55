/**
 * The words a PDF's tags should read: the HTML it was printed from, read in the order the
 * tags take. Left out: what Chromium tags nowhere (aria-hidden, scripts, styles), and what
 * CSS prints outside the content (none of it is in the DOM). Images read as their alt text.
 * A footnote (`.footnote`, printed at the page foot) reads after the block that calls it,
 * where finishing puts its Note element.
 */
import { parseHTML } from 'linkedom';
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

/** The HTML's text as the PDF's tags should read it: blocks apart, inline text run together. */
export function sourceText(html: string): string {
  const { document } = parseHTML(html);
  const body = document.body ?? document.documentElement;
  // Each footnote after its block, as a block of its own, the block's notes in their order.
  const lastAfter = new Map<Element, Element>();
  for (const note of Array.from(body.querySelectorAll('.footnote')) as Element[]) {
    let block: Element | null = note.parentElement;
    while (block && INLINE.has(block.tagName)) block = block.parentElement;
    const aside = document.createElement('div');
    aside.append(...Array.from(note.childNodes));
    note.remove();
    if (!block?.parentNode) continue;
    const after = lastAfter.get(block) ?? block;
    block.parentNode.insertBefore(aside, after.nextSibling);
    lastAfter.set(block, aside);
  }
  const parts: string[] = [];
  const visit = (node: Node) => {
    if (node.nodeType === 3) {
      parts.push(node.textContent ?? '');
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as Element;
    if (SKIP.has(el.tagName) || el.getAttribute('aria-hidden') === 'true' || el.hasAttribute('hidden')) return;
    if (el.tagName === 'IMG') {
      parts.push(` ${el.getAttribute('alt') ?? ''} `);
      return;
    }
    const block = !INLINE.has(el.tagName);
    if (block || el.tagName === 'BR') parts.push(' ');
    for (const child of Array.from(el.childNodes)) visit(child);
    if (block) parts.push(' ');
  };
  visit(body);
  return parts.join('');
}

/** The source's words, counted and indexed for the comparison: a build makes them while Chromium lays out. */
export function prepareSource(html: string): PreparedWords {
  return prepareWords(words(sourceText(html)));
}
