import { createRequire } from 'node:module';

let english: Set<string> | undefined;

/** The English word list (lower case), loaded once on first use. */
export function englishWords(): Set<string> {
  if (!english) {
    const require = createRequire(import.meta.url);
    english = new Set(require('an-array-of-english-words') as string[]);
  }
  return english;
}

/**
 * Lower-case word counts of a text: the document's own vocabulary. With `wanted`, only those
 * words are counted (the spellings that decide line-end hyphens), which keeps this fast.
 */
export function documentVocabulary(text: string, wanted?: Set<string>): Map<string, number> {
  const counts = new Map<string, number>();
  if (wanted && wanted.size === 0) return counts;
  let minLen = Infinity;
  let maxLen = 0;
  for (const w of wanted ?? []) {
    minLen = Math.min(minLen, w.length);
    maxLen = Math.max(maxLen, w.length);
  }
  if (!wanted) {
    minLen = 1;
    maxLen = Infinity;
  }
  // A hand-written scan: tokens are letters/digits joined by single hyphens or apostrophes.
  // Only tokens of a wanted length are sliced and looked up, so most of the text costs no allocation.
  const n = text.length;
  let i = 0;
  while (i < n) {
    while (i < n && !isWordChar(text.charCodeAt(i))) i++;
    const start = i;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (isWordChar(c)) i++;
      else if ((c === 45 || c === 39 || c === 0x2019) && i + 1 < n && isWordChar(text.charCodeAt(i + 1))) i += 2;
      else break;
    }
    const len = i - start;
    if (len === 0 || len < minLen || len > maxLen) continue;
    const w = text.slice(start, i).toLowerCase();
    if (wanted && !wanted.has(w)) continue;
    counts.set(w, (counts.get(w) ?? 0) + 1);
  }
  return counts;
}

function isWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || (c >= 0xc0 && c !== 0x2019 && c !== 0x2018 && c !== 0x201c && c !== 0x201d && c !== 0x2013 && c !== 0x2014 && !(c >= 0x2000 && c <= 0x206f));
}

/** The closed and hyphenated spellings of every word split across a line end. */
export function splitCandidates(lines: readonly { text: string }[]): Set<string> {
  const wanted = new Set<string>();
  for (let i = 0; i < lines.length; i++) {
    const t = lines[i]!.text;
    if (!t.endsWith('-')) continue;
    const left = /(\p{L}+)-$/u.exec(t.slice(-40))?.[1];
    let j = i + 1;
    while (j < lines.length && !lines[j]!.text) j++;
    const right = /^\p{L}+/u.exec(lines[j]?.text ?? '')?.[0];
    if (!left || !right) continue;
    wanted.add((left + right).toLowerCase());
    wanted.add(`${left}-${right}`.toLowerCase());
  }
  return wanted;
}
