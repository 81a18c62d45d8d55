import type { Root as HastRoot, Element, Text } from 'hast';
import { createHyphenator } from './liang.ts';
import { loadPatterns, patternSetFor } from './hyphen-languages.ts';

/** Elements whose text we never hyphenate: headings, code, links that print a URL. */
const SKIP = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'code', 'pre', 'a', 'script', 'style']);
const WORD = /\p{L}{7,}/gu;

interface Hyphenator {
  word: (word: string) => string;
  /** Hyphenated words, by word. */
  cache: Map<string, string>;
}
const bySet = new Map<string, Hyphenator>();

/** Whether texts in `language` can be hyphenated (a pattern set ships for it). */
export function canHyphenate(language: string): boolean {
  return patternSetFor(language) !== undefined;
}

/**
 * Insert soft hyphens into long words at build time, by the patterns of the text's language.
 * Chromium has no hyphenation dictionary offline, so `hyphens: auto` would do nothing;
 * `hyphens: manual` honours these. A language without patterns is left as it is (compose
 * sets such a text ragged-right and warns).
 */
export function hyphenateTree(tree: HastRoot, language: string): void {
  const set = patternSetFor(language);
  if (!set) return;
  let hyphenator = bySet.get(set);
  if (!hyphenator) {
    hyphenator = { word: createHyphenator(loadPatterns(set)), cache: new Map() };
    bySet.set(set, hyphenator);
  }
  const h = hyphenator;
  const visit = (node: HastRoot | Element): void => {
    for (const child of node.children) {
      if (child.type === 'text') hyphenateText(child, h);
      else if (child.type === 'element' && !SKIP.has(child.tagName)) visit(child);
    }
  };
  visit(tree);
}

function hyphenateText(node: Text, h: Hyphenator): void {
  node.value = node.value.replace(WORD, (word) => {
    const known = h.cache.get(word);
    if (known !== undefined) return known;
    // Keep at least three letters before and after a break: two-letter stubs read badly.
    const out = h
      .word(word)
      .replace(/^([^\u00AD]{0,2})\u00AD/, '$1')
      .replace(/\u00AD([^\u00AD]{0,2})$/, '$1');
    h.cache.set(word, out);
    return out;
  });
}
