/**
 * A topic term matched by hand, exactly as its regex (`termRegex` in topics.ts) would match
 * it. Each term regex carries two `[\p{L}\p{N}]` lookarounds, and compiling them cold cost
 * ~0.6 ms a term, ~25 ms for the sample's 31 terms: more than all the matching itself.
 *
 * The grammar, from termRegex: no letter or digit before; the words in order, an apostrophe in
 * a word matching either `'` or `’`, each but the last followed by one or more separators
 * (whitespace, `-`, `‐`, `–`); the last word as written, plus `s` or `es`, or with `-y` as
 * `-ies`; then an optional `'`/`’` and `s`; no letter or digit after. A regex tries every way
 * through the optional parts, so every end is tried here; the possessive never decides a
 * match (where an apostrophe follows, the match without it already ends the word).
 */
import { letterOrDigitAt, letterOrDigitBefore } from './word-chars.ts';

const SEPARATOR = /[\s\u00a0\-‐–]/;
const isApostrophe = (c: number): boolean => c === 0x27 || c === 0x2019;

/** End of `word` matched at `at` in `s`, or -1. */
function wordEnd(s: string, at: number, word: string): number {
  for (let k = 0; k < word.length; k++) {
    const c = word.charCodeAt(k);
    const t = s.charCodeAt(at + k);
    if (isApostrophe(c) ? !isApostrophe(t) : t !== c) return -1;
  }
  return at + word.length;
}

/** Ends of the last word's forms at `at`: as written, `+s`, `+es`, `-y` → `-ies`. */
function lastWordEnds(s: string, at: number, word: string, ies: boolean): number[] {
  const ends: number[] = [];
  const e = wordEnd(s, at, word);
  if (e >= 0) {
    ends.push(e);
    if (s[e] === 's') ends.push(e + 1);
    if (s[e] === 'e' && s[e + 1] === 's') ends.push(e + 2);
  }
  if (ies) {
    const stem = wordEnd(s, at, word.slice(0, -1));
    if (stem >= 0 && s.startsWith('ies', stem)) ends.push(stem + 3);
  }
  return ends;
}

/**
 * A test for a term's folded words against folded text, or undefined where the hand matcher
 * does not apply (a term with surrogates, or too short a literal to find candidates by).
 */
export function termMatcher(words: string[]): ((folded: string) => boolean) | undefined {
  if (words.length === 0 || words.some((w) => /[\ud800-\udfff]/.test(w))) return undefined;
  const last = words[words.length - 1]!;
  const ies = /[^aeiou]y$/.test(last);
  // Every match starts with this: the first word up to any apostrophe (for a lone word, less
  // its last letter, which `-ies` replaces).
  const head = words[0]!.split(/['’]/)[0]!;
  const literal = words.length === 1 ? head.slice(0, -1) : head;
  if (!literal) return undefined;

  const matchAt = (s: string, p: number): boolean => {
    if (letterOrDigitBefore(s, p)) return false;
    let at = p;
    for (let w = 0; w < words.length - 1; w++) {
      const e = wordEnd(s, at, words[w]!);
      if (e < 0) return false;
      at = e;
      while (at < s.length && SEPARATOR.test(s[at]!)) at++;
      if (at === e) return false;
    }
    return lastWordEnds(s, at, last, ies).some((end) => !letterOrDigitAt(s, end));
  };
  return (s) => {
    for (let p = s.indexOf(literal); p >= 0; p = s.indexOf(literal, p + 1)) if (matchAt(s, p)) return true;
    return false;
  };
}
