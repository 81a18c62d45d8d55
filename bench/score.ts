/** Scores for the normalize bench: paragraph-boundary F1, word recall/precision, shingle F1. */
import type { Nodes, Root } from 'mdast';

/** Plain text of a node; note calls print as `[n]` as in the sources, line breaks as spaces. */
function plain(n: Nodes): string {
  if (n.type === 'text' || n.type === 'inlineCode') return n.value;
  if (n.type === 'break') return ' ';
  if (n.type === 'footnoteReference') return `[${n.identifier}]`;
  if ('children' in n) return (n.children as Nodes[]).map(plain).join('');
  return '';
}

/** The blocks of a tree as text lines: headings, paragraphs, list items, notes (`[n] text`). */
export function blocksOf(tree: Root, options: { listNumbers?: boolean } = {}): string[] {
  const out: string[] = [];
  const numbers = options.listNumbers ?? true;
  for (const c of tree.children) {
    // A numbered list prints its numbers: they are the item's, as the source's "1. " was. A web
    // page's truth is its text as a browser gives it, which has no list markers.
    if (c.type === 'list') c.children.forEach((item, i) => out.push(`${numbers && c.ordered ? `${(c.start ?? 1) + i}. ` : ''}${plain(item)}`));
    else if (c.type === 'footnoteDefinition') out.push(`[${c.identifier}] ${plain(c)}`);
    else out.push(plain(c));
  }
  return out.map((s) => s.replace(/\s+/g, ' ').trim()).filter(Boolean);
}

/** The blocks a reader sees in a text left as it is: blank-line separated chunks. */
export function untouchedBlocks(text: string): string[] {
  return text
    .replace(/\f/g, '\n\n')
    .split(/\n[ \t]*\n/)
    .map((s) => s.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
}

/**
 * Words, compared as a reader would: case, compatibility forms (ligatures, full-width letters),
 * and the typesetter's choice of apostrophe (’ for ') or hyphen character (‐ for -) aside.
 */
export const words = (s: string): string[] =>
  s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[’‘ʼ′]/g, "'")
    .replace(/[\u2010\u2011]/g, '-')
    .match(/[\p{L}\p{N}]+(?:[-'][\p{L}\p{N}]+)*/gu) ?? [];

/** Word-index positions where blocks start (excluding 0). */
function boundaries(blocks: string[]): { seq: string[]; starts: Set<number> } {
  const seq: string[] = [];
  const starts = new Set<number>();
  for (const b of blocks) {
    if (seq.length > 0) starts.add(seq.length);
    for (const w of words(b)) seq.push(w);
  }
  return { seq, starts };
}

/**
 * Map positions of `b` onto `a`: anchors are word trigrams that occur once in each, then each
 * anchor extends forward and back while the words agree. Robust to long insertions (site
 * navigation before the article) and to text moved elsewhere (notes set aside).
 */
function align(a: string[], b: string[]): Int32Array {
  const map = new Int32Array(b.length + 1).fill(-1);
  const key = (s: string[], i: number): string => `${s[i]}\u0001${s[i + 1]}\u0001${s[i + 2]}`;
  const count = (s: string[]): Map<string, number> => {
    const m = new Map<string, number>();
    for (let i = 0; i + 2 < s.length; i++) {
      const k = key(s, i);
      m.set(k, m.has(k) ? -1 : i);
    }
    return m;
  };
  const inA = count(a);
  const inB = count(b);
  for (let j = 0; j + 2 < b.length; j++) {
    if (map[j] !== -1) continue;
    const k = key(b, j);
    const i = inA.get(k);
    if (i === undefined || i < 0 || (inB.get(k) ?? -1) < 0) continue;
    for (let d = 0; j + d < b.length && i + d < a.length && a[i + d] === b[j + d] && map[j + d] === -1; d++) map[j + d] = i + d;
    for (let d = 1; j - d >= 0 && i - d >= 0 && a[i - d] === b[j - d] && map[j - d] === -1; d++) map[j - d] = i - d;
  }
  return map;
}

export interface Score {
  /** Paragraph-boundary precision, recall, F1. */
  p: number;
  r: number;
  f1: number;
  /** Word recall and precision (multisets). */
  wr: number;
  wp: number;
  /** Boundaries missed and extra, with a few words of context (for tune cases only). */
  missed: string[];
  extra: string[];
}

export function score(truth: string[], got: string[]): Score {
  const t = boundaries(truth);
  const g = boundaries(got);
  const map = align(t.seq, g.seq);
  let tp = 0;
  const mapped = new Set<number>();
  for (const s of g.starts) {
    const at = map[s] ?? -1;
    if (at >= 0) mapped.add(at);
  }
  for (const s of mapped) if (t.starts.has(s)) tp++;
  const ctx = (i: number): string => `${t.seq.slice(Math.max(0, i - 5), i).join(' ')} | ${t.seq.slice(i, i + 5).join(' ')}`;
  const extra = [...mapped].filter((s) => !t.starts.has(s)).map(ctx);
  const missed = [...t.starts].filter((s) => !mapped.has(s)).map(ctx);
  const p = g.starts.size ? tp / g.starts.size : 1;
  const r = t.starts.size ? tp / t.starts.size : 1;
  const f1 = p + r ? (2 * p * r) / (p + r) : 0;
  const counts = new Map<string, number>();
  for (const w of t.seq) counts.set(w, (counts.get(w) ?? 0) + 1);
  let common = 0;
  for (const w of g.seq) {
    const c = counts.get(w) ?? 0;
    if (c > 0) {
      common++;
      counts.set(w, c - 1);
    }
  }
  return { p, r, f1, wr: t.seq.length ? common / t.seq.length : 1, wp: g.seq.length ? common / g.seq.length : 1, missed, extra };
}

// Shingle F1 exactly as scrapinghub/article-extraction-benchmark's evaluate.py computes it:
// \w+ tokens, 4-token shingles, per-page TP/FP/FN normalised to sum 1, precision and recall
// averaged over pages, F1 of the averages.
const TOKEN = /[\p{L}\p{N}\p{M}_]+/gu;

function shingles(text: string, n = 4): Map<string, number> {
  const toks = text.match(TOKEN) ?? [];
  const out = new Map<string, number>();
  for (let i = 0; i < Math.max(1, toks.length - n + 1); i++) {
    const sh = toks.slice(i, i + n);
    if (sh.length === 0) continue;
    const k = sh.join('\u0001');
    out.set(k, (out.get(k) ?? 0) + 1);
  }
  return out;
}

export type Tpfpfn = [number, number, number];

export function shingleMatch(truth: string, pred: string): Tpfpfn {
  const t = shingles(truth);
  const p = shingles(pred);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const k of new Set([...t.keys(), ...p.keys()])) {
    const a = t.get(k) ?? 0;
    const b = p.get(k) ?? 0;
    tp += Math.min(a, b);
    fp += Math.max(0, b - a);
    fn += Math.max(0, a - b);
  }
  const s = tp + fp + fn;
  return s > 0 ? [tp / s, fp / s, fn / s] : [0, 0, 0];
}

export function shingleF1(rows: Tpfpfn[]): { f1: number; precision: number; recall: number } {
  const prec = (tp: number, fp: number, fn: number): number => (fp === 0 && fn === 0 ? 1 : tp === 0 && fp === 0 ? 0 : tp / (tp + fp));
  const rec = (tp: number, fp: number, fn: number): number => (fp === 0 && fn === 0 ? 1 : tp === 0 && fn === 0 ? 0 : tp / (tp + fn));
  const ps = rows.filter(([tp, fp]) => tp + fp > 0).map((x) => prec(...x));
  const rs = rows.filter(([tp, , fn]) => tp + fn > 0).map((x) => rec(...x));
  const precision = ps.reduce((a, b) => a + b, 0) / Math.max(1, ps.length);
  const recall = rs.reduce((a, b) => a + b, 0) / Math.max(1, rs.length);
  return { f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0, precision, recall };
}
