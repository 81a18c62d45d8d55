import type { Link, Nodes, Root } from 'mdast';

// CommonMark autolinks (spec 6.5): `<scheme:…>` and `<local@domain>`. The Markdown printer
// writes a link whose text is its URL in that form without checking the grammar, so
// `[+@-.-](mailto:+@-.-)` came out as `<+@-.->`, which a reader takes for plain text.
const URI = /^[A-Za-z][A-Za-z0-9+.-]{1,31}:[^\s<>\u0000-\u001F\u007F]*$/;
const EMAIL = /^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$/;

/** The printer would write `<text>` for this link (its own test, in mdast-util-to-markdown). */
function printsAsAutolink(node: Link): boolean {
  const only = node.children.length === 1 ? node.children[0] : undefined;
  if (node.title || only?.type !== 'text') return false;
  const text = only.value;
  return (text === node.url || `mailto:${text}` === node.url) && /^[a-z][+\-.a-z]+:/i.test(node.url) && !/[\0- <>\u007F]/.test(node.url);
}

/** `<text>` reads back as this very link. */
export function autolinkReadsBack(url: string, text: string): boolean {
  return url === text ? URI.test(text) || (url.startsWith('mailto:') && EMAIL.test(url.slice(7))) : url === `mailto:${text}` && EMAIL.test(text);
}

/**
 * The tree to print: links the printer would write as `<…>` that would not read back as links
 * get their text in two pieces, which makes the printer use the `[text](url)` form (the
 * printed text is the same). The input tree is left alone; it is copied only when needed.
 */
export function withSafeAutolinks(tree: Root): Root {
  if (!hasUnsafe(tree)) return tree;
  const copy = structuredClone(tree);
  const fix = (n: Nodes): void => {
    if (n.type === 'link' && printsAsAutolink(n)) {
      const text = n.children[0] as { value: string };
      if (!autolinkReadsBack(n.url, text.value)) {
        n.children = [
          { type: 'text', value: text.value.slice(0, 1) },
          { type: 'text', value: text.value.slice(1) },
        ];
      }
    }
    if ('children' in n) for (const c of n.children) fix(c);
  };
  fix(copy);
  return copy;
}

function hasUnsafe(n: Nodes): boolean {
  if (n.type === 'link' && printsAsAutolink(n) && !autolinkReadsBack(n.url, (n.children[0] as { value: string }).value)) return true;
  return 'children' in n && n.children.some((c) => hasUnsafe(c));
}
