import type { Root as HastRoot, Element, Text } from 'hast';
import enUsPatterns from 'hyphen/patterns/en-us.js';
import { createHyphenator } from './liang.ts';

const hyphenateEnUs = createHyphenator(enUsPatterns);

/** Elements whose text we never hyphenate: headings, code, links that print a URL. */
const SKIP = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'code', 'pre', 'a', 'script', 'style']);
const WORD = /[A-Za-z\u00C0-\u024F]{7,}/g;
const cache = new Map<string, string>();

/**
 * Insert soft hyphens into long words at build time. Chromium has no hyphenation
 * dictionary offline, so `hyphens: auto` would do nothing; `hyphens: manual` honours these.
 * Only English patterns ship today; other languages are left unhyphenated.
 */
export function hyphenateTree(tree: HastRoot, language: string): void {
  if (!/^en\b/i.test(language)) return;
  const visit = (node: HastRoot | Element): void => {
    for (const child of node.children) {
      if (child.type === 'text') hyphenateText(child);
      else if (child.type === 'element' && !SKIP.has(child.tagName)) visit(child);
    }
  };
  visit(tree);
}

function hyphenateText(node: Text): void {
  node.value = node.value.replace(WORD, (word) => {
    const known = cache.get(word);
    if (known !== undefined) return known;
    // Keep at least three letters before and after a break: two-letter stubs read badly.
    const out = hyphenateEnUs(word)
      .replace(/^([^\u00AD]{0,2})\u00AD/, '$1')
      .replace(/\u00AD([^\u00AD]{0,2})$/, '$1');
    cache.set(word, out);
    return out;
  });
}
