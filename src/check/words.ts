/**
 * Words, and the word-by-word comparison of a PDF's tagged text with its source: whether every
 * word is there, whole, and in order.
 */

/** Lower-case words (letters and marks, an apostrophe inside); numbers and punctuation are not words here. */
export function words(text: string): string[] {
  const clean = text
    .normalize('NFC')
    .replace(/\u00ad/g, '')
    .replace(/[\u2019\u02bc]/g, "'")
    .toLowerCase();
  return clean.match(/\p{L}[\p{L}\p{M}]*(?:'[\p{L}\p{M}]+)*/gu) ?? [];
}

export interface WordComparison {
  /** Source words the tags read (as a multiset), over the source's words. */
  recall: number;
  /** Tagged words the source has, over the tagged words. */
  precision: number;
  /** Words the tags read in two pieces ("contradic" "tions"). */
  broken: string[];
  /** Words the tags read run together with the next ("hasbeen"). */
  joined: string[];
  /** Of the passages both read (word triples found once in each), the share in the same order. */
  order: number;
  sourceWords: number;
  taggedWords: number;
}

/** One side of a comparison, counted and indexed once: a build prepares its source's side while Chromium lays out. */
export interface PreparedWords {
  list: string[];
  counts: Map<string, number>;
  /** Each word's number, in the order the list first has it. */
  ids: Map<string, number>;
  /** Each word triple (tripleKey of its words' numbers): its position, -1 if found more than once. */
  triples: Map<number | string, number>;
}

export function prepareWords(list: string[]): PreparedWords {
  const ids = new Map<string, number>();
  return { list, counts: count(list), ids, triples: triples(numbered(list, ids)) };
}

/** The list as word numbers: from `ids`, which takes the words it lacks, or (with `known`) from `known` first. */
function numbered(list: string[], ids: Map<string, number>, known?: Map<string, number>): number[] {
  const base = known?.size ?? 0;
  const out: number[] = [];
  for (const w of list) {
    let id = known?.get(w) ?? ids.get(w);
    if (id === undefined) ids.set(w, (id = base + ids.size));
    out.push(id);
  }
  return out;
}

/**
 * A triple of word numbers as one key: a number while each is below 2^17 (the three fit in 51
 * bits, exact), else a string. A key of numbers builds no string for each of a book's words.
 */
const LIMIT = 1 << 17;
function tripleKey(a: number, b: number, c: number): number | string {
  return a < LIMIT && b < LIMIT && c < LIMIT ? (a * LIMIT + b) * LIMIT + c : `${a} ${b} ${c}`;
}

function count(list: string[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const w of list) m.set(w, (m.get(w) ?? 0) + 1);
  return m;
}

/** Each word triple's position in the list (of word numbers), -1 for a triple found more than once. */
function triples(ids: number[]): Map<number | string, number> {
  const at = new Map<number | string, number>();
  for (let i = 0; i + 2 < ids.length; i++) {
    const key = tripleKey(ids[i]!, ids[i + 1]!, ids[i + 2]!);
    at.set(key, at.has(key) ? -1 : i);
  }
  return at;
}

export function compareWords(taggedWords: string[] | PreparedWords, sourceWords: string[] | PreparedWords): WordComparison {
  const source = Array.isArray(sourceWords) ? prepareWords(sourceWords) : sourceWords;
  // The tagged side numbered as the source numbers its words, so that their triples' keys compare.
  const list = Array.isArray(taggedWords) ? taggedWords : taggedWords.list;
  const tagged = { list, counts: Array.isArray(taggedWords) ? count(list) : taggedWords.counts, triples: triples(numbered(list, new Map(), source.ids)) };
  const s = source.counts;
  const t = tagged.counts;
  let common = 0;
  for (const [w, n] of t) common += Math.min(n, s.get(w) ?? 0);
  const broken: string[] = [];
  for (let i = 0; i + 1 < tagged.list.length; i++) {
    const a = tagged.list[i]!;
    const b = tagged.list[i + 1]!;
    if (s.has(a + b) && !(s.has(a) && s.has(b))) broken.push(`${a}|${b}`);
  }
  const joined: string[] = [];
  for (const w of t.keys()) {
    if (s.has(w) || w.length < 4) continue;
    for (let k = 2; k <= w.length - 2; k++) {
      if (s.has(w.slice(0, k)) && s.has(w.slice(k))) {
        joined.push(w);
        break;
      }
    }
  }
  return {
    recall: source.list.length ? common / source.list.length : 1,
    precision: tagged.list.length ? common / tagged.list.length : 1,
    broken,
    joined,
    order: inOrder(tagged, source),
    sourceWords: source.list.length,
    taggedWords: tagged.list.length,
  };
}

/**
 * Anchors are word triples found exactly once in each list; the share of them that keep their
 * order is the longest increasing run of their positions over their number (patience-diff style).
 */
function inOrder(a: Pick<PreparedWords, 'list' | 'triples'>, b: PreparedWords): number {
  const ta = a.triples;
  const tb = b.triples;
  const positions: number[] = [];
  for (const [key, i] of ta) {
    const j = tb.get(key);
    if (i >= 0 && j !== undefined && j >= 0) positions.push(j);
  }
  if (positions.length === 0) return a.list.length && b.list.length ? 0 : 1;
  // Longest increasing subsequence (patience sorting), positions taken in the order of `a`.
  const tails: number[] = [];
  for (const p of positions) {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (tails[mid]! < p) lo = mid + 1;
      else hi = mid;
    }
    tails[lo] = p;
  }
  return tails.length / positions.length;
}
