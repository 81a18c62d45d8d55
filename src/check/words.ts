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
  triples: Map<string, number>;
}

export function prepareWords(list: string[]): PreparedWords {
  return { list, counts: count(list), triples: triples(list) };
}

function count(list: string[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const w of list) m.set(w, (m.get(w) ?? 0) + 1);
  return m;
}

/** Each word triple's position in the list, -1 for a triple found more than once. */
function triples(list: string[]): Map<string, number> {
  const at = new Map<string, number>();
  for (let i = 0; i + 2 < list.length; i++) {
    const key = `${list[i]} ${list[i + 1]} ${list[i + 2]}`;
    at.set(key, at.has(key) ? -1 : i);
  }
  return at;
}

export function compareWords(taggedWords: string[] | PreparedWords, sourceWords: string[] | PreparedWords): WordComparison {
  const tagged = Array.isArray(taggedWords) ? prepareWords(taggedWords) : taggedWords;
  const source = Array.isArray(sourceWords) ? prepareWords(sourceWords) : sourceWords;
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
function inOrder(a: PreparedWords, b: PreparedWords): number {
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
