import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { isLetterCode, leadingLetters, lowerCode, wordBeforeHyphen } from './char-class.ts';

/** A set of words that can only be asked whether it holds a word. */
export interface WordList {
  has(word: string): boolean;
}

let english: WordList | undefined;

/**
 * The English word list (lower case), loaded once on first use. The package ships it as one
 * sorted JSON array of 275,000 words; parsing it into a Set cost about 140 ms of every cold
 * build, and even indexing its words ~30 ms, so its bytes are searched as they are (~3 ms).
 */
export function englishWords(): WordList {
  if (!english) {
    const require = createRequire(import.meta.url);
    english = new SortedWords(readFileSync(require.resolve('an-array-of-english-words')));
  }
  return english;
}

const QUOTE = 0x22;
const COMMA = 0x2c;
const OPEN_BRACKET = 0x5b;
const utf8 = new TextEncoder();

/**
 * A compact JSON array of strings (`["a","ab"]`, as `JSON.stringify` writes it) searched in
 * place, like `look(1)` searches a sorted file: a binary search over byte offsets, each probe
 * reading the first word that starts at or after the offset. The words must be sorted by code
 * point (UTF-8 byte order; any ASCII list sorted by code unit is) and hold no `"`, `,`, `[`,
 * `]` or escapes.
 */
export class SortedWords implements WordList {
  private readonly bytes: Uint8Array;

  constructor(json: string | Uint8Array) {
    this.bytes = typeof json === 'string' ? utf8.encode(json) : json;
  }

  has(word: string): boolean {
    const query = utf8.encode(word);
    // Words whose opening quote lies in [lo, hi) are still candidates.
    let lo = 0;
    let hi = this.bytes.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const open = this.openingQuoteFrom(mid, hi);
      if (open < 0) {
        hi = mid;
        continue;
      }
      const c = this.compare(open + 1, query);
      if (c === 0) return true;
      if (c < 0) lo = open + 1;
      else hi = mid;
    }
    return false;
  }

  /** The first opening quote (after `[` or `,`) at or after `from` and before `to`, or -1. */
  private openingQuoteFrom(from: number, to: number): number {
    const b = this.bytes;
    for (let i = Math.max(from, 1); i < to; i++) {
      if (b[i] === QUOTE && (b[i - 1] === COMMA || b[i - 1] === OPEN_BRACKET)) return i;
    }
    return -1;
  }

  /** The word starting at byte `start` compared with `query`, byte by byte. */
  private compare(start: number, query: Uint8Array): number {
    const b = this.bytes;
    let i = 0;
    for (; i < query.length; i++) {
      const c = b[start + i]!;
      if (c === QUOTE) return -1;
      const d = c - query[i]!;
      if (d !== 0) return d;
    }
    return b[start + i] === QUOTE ? 0 : 1;
  }
}

/**
 * Lower-case word counts of a text: the document's own vocabulary. With `wanted`, only those
 * words are counted (the spellings that decide line-end hyphens), which keeps this fast.
 */
export function documentVocabulary(texts: string | readonly { text: string }[], wanted?: Set<string>): Map<string, number> {
  const counts = new Map<string, number>();
  if (wanted && wanted.size === 0) return counts;
  // Hashes of the wanted words: a token is sliced and looked up only when its hash matches.
  const hashes = new Set<number>();
  for (const w of wanted ?? []) hashes.add(hashOf(w, 0, w.length));
  if (typeof texts !== 'string') {
    for (const l of texts) scan(l.text, counts, wanted, hashes);
    return counts;
  }
  scan(texts, counts, wanted, hashes);
  return counts;
}

/** A hand-written scan: tokens are letters/digits joined by single hyphens or apostrophes. */
function scan(text: string, counts: Map<string, number>, wanted: Set<string> | undefined, hashes: Set<number>): void {
  const n = text.length;
  let i = 0;
  while (i < n) {
    while (i < n && !isWordChar(text.charCodeAt(i))) i++;
    const start = i;
    let h = 0;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (isWordChar(c)) {
        h = step(h, c);
        i++;
      } else if ((c === 45 || c === 39 || c === 0x2019) && i + 1 < n && isWordChar(text.charCodeAt(i + 1))) {
        h = step(step(h, c), text.charCodeAt(i + 1));
        i += 2;
      } else break;
    }
    if (i === start || (wanted && !hashes.has(h))) continue;
    const w = text.slice(start, i).toLowerCase();
    if (wanted && !wanted.has(w)) continue;
    counts.set(w, (counts.get(w) ?? 0) + 1);
  }
}

/** Case-folding hash step (ASCII upper case folded; other letters as they are). */
function step(h: number, c: number): number {
  const lc = c < 128 ? (c >= 65 && c <= 90 ? c + 32 : c) : lowerCode(c);
  return (Math.imul(h, 31) + lc) | 0;
}

function hashOf(s: string, from: number, to: number): number {
  let h = 0;
  for (let i = from; i < to; i++) h = step(h, s.charCodeAt(i));
  return h;
}

function isWordChar(c: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  return isLetterCode(c);
}

/** The closed and hyphenated spellings of every word split across a line end. */
export function splitCandidates(lines: readonly { text: string }[]): Set<string> {
  const wanted = new Set<string>();
  for (let i = 0; i < lines.length; i++) {
    const t = lines[i]!.text;
    if (!t.endsWith('-')) continue;
    const left = wordBeforeHyphen(t);
    let j = i + 1;
    while (j < lines.length && !lines[j]!.text) j++;
    const right = leadingLetters(lines[j]?.text ?? '');
    if (!left || !right) continue;
    wanted.add((left + right).toLowerCase());
    wanted.add(`${left}-${right}`.toLowerCase());
  }
  return wanted;
}
