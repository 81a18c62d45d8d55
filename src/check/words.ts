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

export function compareWords(tagged: string[], source: string[]): WordComparison {
  const count = (list: string[]) => {
    const m = new Map<string, number>();
    for (const w of list) m.set(w, (m.get(w) ?? 0) + 1);
    return m;
  };
  const s = count(source);
  const t = count(tagged);
  let common = 0;
  for (const [w, n] of t) common += Math.min(n, s.get(w) ?? 0);
  const broken: string[] = [];
  for (let i = 0; i + 1 < tagged.length; i++) {
    const a = tagged[i]!;
    const b = tagged[i + 1]!;
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
    recall: source.length ? common / source.length : 1,
    precision: tagged.length ? common / tagged.length : 1,
    broken,
    joined,
    order: inOrder(tagged, source),
    sourceWords: source.length,
    taggedWords: tagged.length,
  };
}

/**
 * Anchors are word triples found exactly once in each list; the share of them that keep their
 * order is the longest increasing run of their positions over their number (patience-diff style).
 */
function inOrder(a: string[], b: string[]): number {
  const triples = (list: string[]) => {
    const at = new Map<string, number>();
    for (let i = 0; i + 2 < list.length; i++) {
      const key = `${list[i]} ${list[i + 1]} ${list[i + 2]}`;
      at.set(key, at.has(key) ? -1 : i);
    }
    return at;
  };
  const ta = triples(a);
  const tb = triples(b);
  const positions: number[] = [];
  for (const [key, i] of ta) {
    const j = tb.get(key);
    if (i >= 0 && j !== undefined && j >= 0) positions.push(j);
  }
  if (positions.length === 0) return a.length && b.length ? 0 : 1;
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
