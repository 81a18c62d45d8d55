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
 * build, so the text is kept as it is and searched by halves (a read and one scan: ~15 ms).
 */
export function englishWords(): WordList {
  if (!english) {
    const require = createRequire(import.meta.url);
    english = new SortedWords(readFileSync(require.resolve('an-array-of-english-words'), 'utf8'));
  }
  return english;
}

/** A JSON array of strings, sorted by code unit and free of escapes, searched in place. */
export class SortedWords implements WordList {
  /** Start and end (exclusive) of each word in `json`. */
  private readonly starts: Int32Array;
  private readonly ends: Int32Array;

  constructor(private readonly json: string) {
    const quotes: number[] = [];
    for (let i = json.indexOf('"'); i !== -1; i = json.indexOf('"', i + 1)) quotes.push(i);
    const n = quotes.length >> 1;
    this.starts = new Int32Array(n);
    this.ends = new Int32Array(n);
    for (let w = 0; w < n; w++) {
      this.starts[w] = quotes[2 * w]! + 1;
      this.ends[w] = quotes[2 * w + 1]!;
    }
  }

  has(word: string): boolean {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const c = this.compare(mid, word);
      if (c === 0) return true;
      if (c < 0) lo = mid + 1;
      else hi = mid - 1;
    }
    return false;
  }

  /** The word at `index` compared with `word`, by code unit as the list is sorted. */
  private compare(index: number, word: string): number {
    const start = this.starts[index]!;
    const len = this.ends[index]! - start;
    const n = Math.min(len, word.length);
    for (let i = 0; i < n; i++) {
      const d = this.json.charCodeAt(start + i) - word.charCodeAt(i);
      if (d !== 0) return d;
    }
    return len - word.length;
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
