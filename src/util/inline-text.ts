/**
 * An element's text as a reader sees it. `textContent` joins two inline elements with nothing
 * between them, so a saved page's `<span>Carrie Arnold</span><time>November 15</time>` reads
 * "Carrie ArnoldNovember 15", which the page's CSS had set apart. Where two sibling elements
 * meet with no text between and the join makes no word ("dN", "s1", "2J"), a space is put in.
 * A word split over elements of one word ("<b>W</b>ord", "un<em>believ</em>able") and a note
 * call ("word<sup>1</sup>") stay joined.
 */

interface TextNode {
  readonly nodeType: number;
  readonly textContent: string | null;
  readonly childNodes?: ArrayLike<TextNode>;
  readonly tagName?: string;
}

// Elements whose text is never printed.
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);
// A note call or an index sits against its word.
const TIGHT: ReadonlySet<string> = new Set(['SUP', 'SUB']);

/** Two texts that meet at a word boundary no space marks: a small letter before a capital, or a letter against a digit. */
export function glued(before: string, after: string): boolean {
  const a = before.slice(-1);
  const b = after.slice(0, 1);
  if (!a || !b) return false;
  return (/\p{Ll}/u.test(a) && /\p{Lu}/u.test(b)) || (/\p{L}/u.test(a) && /\p{N}/u.test(b)) || (/\p{N}/u.test(a) && /\p{L}/u.test(b));
}

/**
 * `out` with the text of a sibling element (tag `tag`) appended, after the element `previous`
 * (undefined when text came between them): with a space between where the two would glue two words.
 */
export function appendSibling(out: string, previous: string | undefined, tag: string, text: string): string {
  const tight = TIGHT.has(tag) || (previous !== undefined && TIGHT.has(previous));
  return previous !== undefined && !tight && glued(out, text) ? `${out} ${text}` : out + text;
}

/** The text of `node` and its descendants, a space put between sibling elements that would glue two words. */
export function inlineText(node: TextNode): string {
  if (node.nodeType === 3) return node.textContent ?? '';
  if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) return '';
  if (node.tagName && SKIP.has(node.tagName.toUpperCase())) return '';
  const children = Array.from(node.childNodes ?? []);
  let out = '';
  let previousElement: string | undefined;
  for (const c of children) {
    const text = inlineText(c);
    if (c.nodeType === 1) {
      const tag = (c.tagName ?? '').toUpperCase();
      out = appendSibling(out, previousElement, tag, text);
      previousElement = tag;
      continue;
    }
    if (c.nodeType === 3) previousElement = undefined;
    out += text;
  }
  return out;
}
