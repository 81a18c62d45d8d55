import type { Element, ElementContent, Root as HastRoot } from 'hast';

/** A web address in running text or a link's text. */
const URL = /\b(?:https?:\/\/|www\.)[^\s<>"'()[\]{}]+[^\s<>"'()[\]{}.,;:!?]/giu;
/**
 * Where a line may break inside an address: after a slash (not inside `//`) or a hyphen, and
 * before the punctuation that starts a query, a parameter or a fragment, when a letter or
 * digit follows. The tagged PDF reads a line end as a space unless the line ends in a slash
 * or a hyphen (accessibility/text-layer.ts), so every break here keeps the address's words
 * whole.
 */
const BREAK = /(?<=[^/:]\/|-)(?=[\p{L}\p{N}])|(?<=[\p{L}\p{N}])(?=[?&=#_.~][\p{L}\p{N}])/gu;
const HAS_URL = new RegExp(URL.source, 'iu');
/** Elements whose text is printed as it stands. */
const SKIP = new Set(['code', 'pre', 'script', 'style']);

/**
 * Give every web address break opportunities (`<wbr>`) between its parts. Chromium finds none in
 * an address by itself, so a long one either runs into the margin or, in a link (`overflow-wrap:
 * anywhere`), breaks inside a word, which the PDF's text then reads as two words
 * ("listinfo/lab our-history").
 */
export function breakUrls(tree: HastRoot): void {
  const visit = (node: HastRoot | Element) => {
    node.children = node.children.flatMap((child): ElementContent[] => {
      if (child.type === 'element') {
        if (!SKIP.has(child.tagName)) visit(child);
        return [child];
      }
      if (child.type !== 'text' || !HAS_URL.test(child.value)) return [child as ElementContent];
      return splitAtBreaks(child.value);
    });
  };
  visit(tree);
}

function splitAtBreaks(text: string): ElementContent[] {
  const out: ElementContent[] = [];
  let from = 0;
  const push = (value: string) => value && out.push({ type: 'text', value });
  for (const m of text.matchAll(URL)) {
    push(text.slice(from, m.index));
    const parts = m[0].split(BREAK);
    parts.forEach((part, i) => {
      if (i > 0) out.push({ type: 'element', tagName: 'wbr', properties: {}, children: [] });
      push(part);
    });
    from = m.index + m[0].length;
  }
  push(text.slice(from));
  return out;
}
