/**
 * Ground-truth benchmark for the normalize stage. The clean web texts (seeds 001-004, normalized
 * as web copy: one block per line) are damaged deterministically into three hard-wrapped shapes,
 * with words split at line ends and page furniture, then normalized with `from: 'auto'` and
 * scored: paragraph-boundary F1, word recall/precision, throughput and linearity.
 * Run: npm run bench:normalize
 */
import { readFileSync, writeFileSync } from 'node:fs';
import type { Nodes, Root } from 'mdast';
import { VFile } from 'vfile';
import { parse } from 'yaml';
import enUs from 'hyphen/en-us/index.js';
import { normalize } from '../src/normalize/index.ts';
import type { IngestedText } from '../src/types.ts';

type Shape = 'blank-after-line' | 'blank-between' | 'indented';
const SHAPES: Shape[] = ['blank-after-line', 'blank-between', 'indented'];

/** mulberry32: small seeded PRNG so every run damages the texts the same way. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function input(value: string, path: string): IngestedText {
  return { id: path, file: new VFile({ path, value }), encoding: 'utf-8', extension: 'txt' };
}

/** Plain text of a node; note calls print as `[n]` as in the sources. */
function plain(n: Nodes): string {
  if (n.type === 'text' || n.type === 'inlineCode') return n.value;
  if (n.type === 'footnoteReference') return `[${n.identifier}]`;
  if ('children' in n) return (n.children as Nodes[]).map(plain).join('');
  return '';
}

/** The blocks of a tree as text lines: headings, paragraphs, list items, notes (`[n] text`). */
function blocksOf(tree: Root): string[] {
  const out: string[] = [];
  for (const c of tree.children) {
    if (c.type === 'list') for (const item of c.children) out.push(plain(item));
    else if (c.type === 'footnoteDefinition') out.push(`[${c.identifier}] ${plain(c)}`);
    else out.push(plain(c));
  }
  return out.map((s) => s.replace(/\s+/g, ' ').trim()).filter(Boolean);
}

/** Greedy wrap to `width`, sometimes splitting a long word with a hyphen at the line end. */
function wrap(text: string, width: number, rnd: () => number, splits: { n: number }, indent = ''): string[] {
  const lines: string[] = [];
  let cur = indent;
  for (const word of text.split(' ')) {
    if (!cur.trim()) {
      cur += word;
      continue;
    }
    if (cur.length + 1 + word.length <= width) {
      cur += ` ${word}`;
      continue;
    }
    // Hyphenate as a typesetter would: at the last hyphenation point that fits (English
    // patterns), for about half of the words that could be split.
    const room = width - cur.length - 2; // space + hyphen
    if (/^[a-zA-Z]{6,}[,.;:]?$/.test(word) && room >= 2 && rnd() < 0.5) {
      const parts = enUs.hyphenateSync(word, { hyphenChar: '\u00AD' }).split('\u00AD');
      let k = 0;
      let left = '';
      for (const p of parts.slice(0, -1)) {
        if (left.length + p.length > room) break;
        left += p;
        k++;
      }
      if (k > 0 && left.length >= 2) {
        lines.push(`${cur} ${left}-`);
        cur = word.slice(left.length);
        splits.n++;
        continue;
      }
    }
    lines.push(cur);
    cur = word;
  }
  if (cur) lines.push(cur);
  return lines;
}

/** Damage clean blocks into one hard-wrapped shape, with running heads and page numbers. */
function damage(blocks: string[], shape: Shape, seed: number, head: string): { text: string; width: number; splits: number; hidden: number } {
  const rnd = prng(seed);
  const width = 60 + Math.floor(rnd() * 41);
  const splits = { n: 0 };
  const out: string[] = [];
  let page = 1;
  let onPage = 0;
  const push = (line: string): void => {
    out.push(line);
    if (shape === 'blank-after-line') out.push('');
    if (line) onPage++;
    if (onPage >= 40) {
      onPage = 0;
      page++;
      const furniture = [String(page - 1), head];
      for (const f of furniture) {
        out.push(f);
        if (shape === 'blank-after-line') out.push('');
      }
    }
  };
  // Boundaries that leave no trace: in the blank-after-line shape, a paragraph whose last line
  // is full (the next word would not have fitted) and no extra blank line. No rule looking at the
  // lines alone can see these; only the document-level inference (hidden-break) recovers some.
  let hidden = 0;
  blocks.forEach((b, i) => {
    const lines = wrap(b, width, rnd, splits, shape === 'indented' ? '    ' : '');
    for (const l of lines) push(l);
    if (shape === 'blank-between' && i < blocks.length - 1) out.push('');
    if (shape === 'blank-after-line' && i < blocks.length - 1) {
      if (rnd() < 0.15) out.push('');
      else if ((lines[lines.length - 1] ?? '').length + 1 + (blocks[i + 1] ?? '').split(' ')[0]!.length > width) hidden++;
    }
  });
  return { text: `${out.join('\n')}\n`, width, splits: splits.n, hidden };
}

const words = (s: string): string[] => s.toLowerCase().match(/[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu) ?? [];

/** Word-index positions where blocks start (excluding 0). */
function boundaries(blocks: string[]): { seq: string[]; starts: Set<number> } {
  const seq: string[] = [];
  const starts = new Set<number>();
  for (const b of blocks) {
    if (seq.length > 0) starts.add(seq.length);
    seq.push(...words(b));
  }
  return { seq, starts };
}

/** Map positions of `b` onto `a` by a greedy alignment that resyncs within a small window. */
function align(a: string[], b: string[]): Int32Array {
  const map = new Int32Array(b.length + 1).fill(-1);
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      map[j++] = i++;
      continue;
    }
    let found = false;
    for (let d = 1; d <= 6 && !found; d++) {
      for (let x = 0; x <= d && !found; x++) {
        const y = d - x;
        if (a[i + x] !== undefined && a[i + x] === b[j + y] && a[i + x + 1] === b[j + y + 1]) {
          i += x;
          j += y;
          found = true;
        }
      }
    }
    if (!found) {
      i++;
      j++;
    }
  }
  return map;
}

function score(truth: string[], got: string[]): { p: number; r: number; f1: number; wr: number; wp: number } {
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
  if (process.env.BENCH_DEBUG) {
    const ctx = (i: number): string => `${t.seq.slice(Math.max(0, i - 6), i).join(' ')} | ${t.seq.slice(i, i + 6).join(' ')}`;
    for (const s of mapped) if (!t.starts.has(s)) console.log('  extra  ', ctx(s));
    for (const s of t.starts) if (!mapped.has(s)) console.log('  missed ', ctx(s));
    const tw = new Set(t.seq);
    const gw = new Set(g.seq);
    const extra = g.seq.filter((w) => !tw.has(w));
    const lost = t.seq.filter((w) => !gw.has(w));
    if (extra.length || lost.length) console.log('  words  +', extra.slice(0, 10).join(' '), ' -', lost.slice(0, 10).join(' '));
  }
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
  return { p, r, f1, wr: common / t.seq.length, wp: common / g.seq.length };
}

const manifest = parse(readFileSync('reader.yaml', 'utf8')) as { texts: { source: string; title?: string }[] };
const seeds = manifest.texts.filter((t) => /\/00[1-4]-/.test(t.source));

interface Row { case: string; width: number; splits: number; truth: number; got: number; ceil: number; p: number; r: number; f1: number; wr: number; wp: number }
const rows: Row[] = [];
const damaged: string[] = [];
let seed = 1;
for (const t of seeds) {
  const raw = readFileSync(t.source, 'utf8');
  const clean = normalize(input(raw, t.source), { from: 'web-text', title: t.title });
  const truth = blocksOf(clean.tree);
  const name = t.source.replace(/^content\/|\.txt$/g, '').slice(0, 18);
  for (const shape of SHAPES) {
    const d = damage(truth, shape, seed++ * 7919, (t.title ?? 'Reader').slice(0, 40));
    damaged.push(d.text);
    if (process.env.BENCH_DUMP) writeFileSync(`${process.env.BENCH_DUMP}/${name}-${shape}.txt`, d.text);
    const res = normalize(input(d.text, `${name}-${shape}.txt`), { from: 'auto' });
    const got = blocksOf(res.tree);
    if (process.env.BENCH_DEBUG) console.log(`# ${name} ${shape}`);
    rows.push({ case: `${name} ${shape}${res.kind === 'pdf-text' ? '' : ` (${res.kind}!)`}`, width: d.width, splits: d.splits, truth: truth.length, got: got.length, ceil: 1 - d.hidden / Math.max(1, truth.length - 1), ...score(truth, got) });
  }
}

const f = (x: number, n = 3): string => x.toFixed(n);
console.log('\nParagraph boundaries and words (damaged vs clean ground truth, from: auto)\n');
console.log(['case'.padEnd(40), 'width', 'splits', 'blocks', 'got', 'P', 'R', 'maxR', 'F1', 'wordR', 'wordP'].join('\t'));
for (const r of rows) console.log([r.case.padEnd(40), r.width, r.splits, r.truth, r.got, f(r.p), f(r.r), f(r.ceil), f(r.f1), f(r.wr, 4), f(r.wp, 4)].join('\t'));
console.log('maxR: share of boundaries leaving a trace on the lines (blank-after-line hides some); recall above it is inferred from the document (hidden-break)');
const mean = (k: 'f1' | 'wr' | 'wp'): number => rows.reduce((s, r) => s + r[k], 0) / rows.length;
const minF1 = Math.min(...rows.map((r) => r.f1));
console.log(`\nmean F1 ${f(mean('f1'))} (target >= 0.98), min F1 ${f(minF1)} (target >= 0.95), mean word recall ${f(mean('wr'), 4)}, precision ${f(mean('wp'), 4)} (target >= 0.998)`);

// Throughput and linearity on concatenated damaged inputs (one text per shape, joined).
const base = damaged.join('\n\n\n');
// Wall time depends on what else the machine runs; CPU time of this process (user + system,
// all threads, so GC helpers count too) is shown beside it. Best of three runs each.
function time(text: string): { wall: number; cpu: number } {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  normalize(input(text, 'big.txt'), { from: 'auto' });
  const wall = performance.now() - t0;
  const c = process.cpuUsage(c0);
  return { wall, cpu: (c.user + c.system) / 1000 };
}
time(base); // warm up (word list load, JIT)
const sizes = [1, 4, 16];
console.log('\nThroughput and linearity (one core; best of 3)');
console.log(['copies', 'MB', 'wall ms', 'MB/s wall', 'cpu ms', 'MB/s cpu', 'cpu ms per MB'].join('\t'));
for (const k of sizes) {
  const text = Array.from({ length: k }, () => base).join('\n\n\n');
  const mb = Buffer.byteLength(text) / 1e6;
  const runs = [time(text), time(text), time(text)];
  const wall = Math.min(...runs.map((r) => r.wall));
  const cpu = Math.min(...runs.map((r) => r.cpu));
  console.log([k, f(mb, 2), f(wall, 0), f(mb / (wall / 1000), 1), f(cpu, 0), f(mb / (cpu / 1000), 1), f(cpu / mb, 0)].join('\t'));
}
console.log(`load average while measuring: ${(await import('node:os')).loadavg().map((x) => x.toFixed(1)).join(' ')} on ${(await import('node:os')).cpus().length} cores`);
