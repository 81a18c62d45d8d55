/**
 * Find the same (or nearly the same) words quoted in two or more texts, by shingling:
 * every run of `size` normalized words is a shingle; shingles found in more than one
 * text are marked, nearby marks in one passage are merged, and passages joined by a
 * shared shingle become one `SharedQuotation`. Linear in the number of words quoted.
 */
import type { SharedQuotation } from './types.ts';
import { eachWord, fold } from './fold.ts';

/** A quoted passage of one text to compare: a quotation or a block quote. */
export interface QuoteUnit {
  textId: string;
  paragraphId: string;
  text: string;
}

export interface ShingleOptions {
  /** Words per shingle. Default 6. */
  size?: number;
  /** Unmatched words allowed inside one passage ("nearly the same"). Default 3. */
  gap?: number;
  /** Shingles seen more often than this are stock phrases, not quotations. Default 20. */
  maxPostings?: number;
}

interface Token {
  word: string;
  start: number;
  end: number;
}

function tokens(text: string): Token[] {
  const out: Token[] = [];
  const folded = fold(text);
  // fold() keeps offsets for composed Latin text; fall back to the folded string otherwise.
  const source = folded.length === text.length ? folded : null;
  const s = source ?? text;
  eachWord(s, (start, end) => {
    const w = source ? s.slice(start, end) : fold(s.slice(start, end));
    out.push({ word: w.includes("'") || w.includes('’') ? w.replace(/['’]/g, '') : w, start, end });
  });
  return out;
}

/** Group a unit's shared word positions into passages `[first, last]` (word indexes). */
function passages(covered: boolean[], gap: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let start = -1;
  let last = -1;
  for (let i = 0; i < covered.length; i++) {
    if (!covered[i]) continue;
    if (start >= 0 && i - last - 1 <= gap) last = i;
    else {
      if (start >= 0) out.push([start, last]);
      start = i;
      last = i;
    }
  }
  if (start >= 0) out.push([start, last]);
  return out;
}

/** Find quotations shared by two or more texts. */
export function sharedQuotations(units: QuoteUnit[], options: ShingleOptions = {}): SharedQuotation[] {
  const size = options.size ?? 6;
  const gap = options.gap ?? 3;
  const maxPostings = options.maxPostings ?? 20;
  const toks = units.map((u) => tokens(u.text));
  // shingle → postings (unit, word index)
  const index = new Map<string, Array<[number, number]>>();
  toks.forEach((ts, u) => {
    for (let i = 0; i + size <= ts.length; i++) {
      const key = ts
        .slice(i, i + size)
        .map((t) => t.word)
        .join(' ');
      const list = index.get(key);
      if (list) list.push([u, i]);
      else index.set(key, [[u, i]]);
    }
  });
  // Mark words covered by shingles that occur in more than one text.
  const covered = toks.map((ts) => new Array<boolean>(ts.length).fill(false));
  const links: Array<Array<[number, number]>> = [];
  for (const list of index.values()) {
    if (list.length < 2 || list.length > maxPostings) continue;
    const texts = new Set(list.map(([u]) => units[u]!.textId));
    if (texts.size < 2) continue;
    for (const [u, i] of list) for (let k = i; k < i + size; k++) covered[u]![k] = true;
    links.push(list);
  }
  // Passages per unit, and a union-find over them joined by shared shingles.
  const passageOf: Array<Array<[number, number]>> = covered.map((c) => passages(c, gap));
  const ids: Array<{ unit: number; range: [number, number] }> = [];
  const firstId: number[] = [];
  passageOf.forEach((ps, u) => {
    firstId[u] = ids.length;
    for (const r of ps) ids.push({ unit: u, range: r });
  });
  const parent = ids.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  };
  const passageAt = (u: number, i: number): number => {
    const ps = passageOf[u]!;
    let lo = 0;
    let hi = ps.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (ps[mid]![0] <= i) lo = mid;
      else hi = mid - 1;
    }
    return firstId[u]! + lo;
  };
  for (const list of links) {
    const a = find(passageAt(list[0]![0], list[0]![1]));
    for (const [u, i] of list.slice(1)) {
      const b = find(passageAt(u, i));
      if (a !== b) parent[b] = a;
    }
  }
  const groups = new Map<number, number[]>();
  ids.forEach((_, i) => {
    const r = find(i);
    const g = groups.get(r);
    if (g) g.push(i);
    else groups.set(r, [i]);
  });
  const out: SharedQuotation[] = [];
  for (const members of groups.values()) {
    const occurrences = members.map((i) => {
      const { unit, range } = ids[i]!;
      const u = units[unit]!;
      const ts = toks[unit]!;
      return { textId: u.textId, paragraphId: u.paragraphId, text: u.text.slice(ts[range[0]]!.start, ts[range[1]]!.end) };
    });
    if (new Set(occurrences.map((o) => o.textId)).size < 2) continue;
    const longest = occurrences.reduce((a, b) => (b.text.length > a.text.length ? b : a));
    out.push({ text: longest.text, occurrences });
  }
  return out;
}
