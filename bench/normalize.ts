/**
 * Ground-truth benchmark for the normalize stage, in three parts, each scored by paragraph-boundary
 * F1 and word recall/precision against a truth, beside the same score for the input left untouched:
 * 1. the evaluation corpus (bench/corpus/build.ts): Project Gutenberg excerpts as plain text and
 *    typeset here (LaTeX one and two columns, Chromium print) then extracted (pdftotext, -layout,
 *    pdf.js), and the 181 pages of scrapinghub/article-extraction-benchmark (HTML and copied
 *    text; shingle F1 as its evaluate.py computes it). Split into tune and held-out sources by
 *    bench/corpus/split.json, decided before any result was seen; the two are reported apart;
 * 2. the sample's clean web texts (seeds 001-004) damaged into three hard-wrapped shapes (tune);
 * 3. throughput and linearity.
 * Run: npm run bench:normalize  (BENCH_DEBUG=1 lists tune-case failures; held-out ones are never shown)
 * While working: BENCH_SPLIT=tune scores the tune split only, BENCH_ONLY=<regex> only the families
 * it matches; either one skips parts 2 and 3. BENCH_CASES=<file> writes each tune case's figures there (TSV).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { VFile } from 'vfile';
import { parse } from 'yaml';
import enUs from 'hyphen/en-us/index.js';
import { normalize, normalizePdf } from '../src/normalize/index.ts';
import type { IngestedText } from '../src/types.ts';
import { loadCorpus, missing, type Case } from './corpus/build.ts';
import { blocksOf, score, shingleF1, shingleMatch, untouchedBlocks, type Score, type Tpfpfn } from './score.ts';
import { prng } from './prng.ts';

type Shape = 'blank-after-line' | 'blank-between' | 'indented';
const SHAPES: Shape[] = ['blank-after-line', 'blank-between', 'indented'];

function input(value: string, path: string, extension = 'txt'): IngestedText {
  return { id: path, file: new VFile({ path, value }), encoding: 'utf-8', extension };
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

// ---------------------------------------------------------------- 1. the evaluation corpus

const split = JSON.parse(readFileSync('bench/corpus/split.json', 'utf8')) as { heldOut: string[]; tune: string[] };
const heldOut = new Set(split.heldOut);
const tuneSet = new Set(split.tune);
interface CaseRow {
  c: Case;
  held: boolean;
  ours: Score;
  base: Score;
  shingle?: Tpfpfn;
  mbps: number;
}
const corpus = await loadCorpus();
const caseRows: CaseRow[] = [];
const only = process.env.BENCH_ONLY ? new RegExp(process.env.BENCH_ONLY) : undefined;
const tuneOnly = process.env.BENCH_SPLIT === 'tune';
for (const c of corpus) {
  if (!heldOut.has(c.group) && !tuneSet.has(c.group)) throw new Error(`${c.group} is in neither split: add it to bench/corpus/split.json by its rule first`);
  if ((only && !only.test(c.family)) || (tuneOnly && heldOut.has(c.group))) continue;
  const t0 = performance.now();
  let res;
  if (c.ext === 'pdf') {
    const it = input('', `${c.id}.pdf`, 'pdf');
    it.file.data.bytes = new Uint8Array(Buffer.from(c.input, 'base64'));
    res = await normalizePdf(it, {});
  } else res = normalize(input(c.input, `${c.id}.${c.ext}`, c.ext), {});
  const ms = performance.now() - t0;
  const got = blocksOf(res.tree, { listNumbers: c.ext !== 'html' });
  const base = c.ext === 'html' ? baseHtml(c.input) : untouchedBlocks(c.untouched ?? c.input);
  const row: CaseRow = {
    c,
    held: heldOut.has(c.group),
    ours: score(c.truth, got),
    base: score(c.truth, base),
    mbps: (c.ext === 'pdf' ? Buffer.from(c.input, 'base64').length : Buffer.byteLength(c.input)) / 1e6 / (ms / 1000),
  };
  if (c.articleBody !== undefined) row.shingle = shingleMatch(c.articleBody, got.join('\n'));
  caseRows.push(row);
  if (process.env.BENCH_DEBUG && !row.held && row.ours.f1 < 0.95) {
    console.log(`# ${c.id}: F1 ${row.ours.f1.toFixed(3)} (untouched ${row.base.f1.toFixed(3)}), words ${row.ours.wr.toFixed(4)}`);
    for (const m of row.ours.missed.slice(0, 6)) console.log('  missed ', m);
    for (const m of row.ours.extra.slice(0, 6)) console.log('  extra  ', m);
  }
}

/** An HTML page left untouched: every block element's text. */
function baseHtml(page: string): string[] {
  return page
    .replace(/<(script|style)[\s\S]*?<\/\1>/gi, '')
    .split(/<\/?(?:p|div|h[1-6]|li|br|tr|section|article|header|footer|nav|blockquote)\b[^>]*>/i)
    .map((s) =>
      s
        .replace(/<[^>]+>/g, ' ')
        .replace(/&nbsp;/g, ' ')
        .replace(/\s+/g, ' ')
        .trim(),
    )
    .filter(Boolean);
}

const fx = (x: number, n = 3): string => x.toFixed(n);
const avg = (xs: number[]): number => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : NaN);
function summary(rows: CaseRow[]): string[] {
  const rec = rows.filter((r) => r.c.recoverable);
  const worse = rows.filter((r) => r.ours.f1 < r.base.f1 - 1e-9).length;
  return [
    String(rows.length),
    fx(avg(rows.map((r) => r.ours.f1))),
    fx(Math.min(...rows.map((r) => r.ours.f1))),
    fx(avg(rows.map((r) => r.base.f1))),
    String(worse),
    fx(avg(rec.map((r) => r.ours.wr)), 4),
    fx(Math.min(...rec.map((r) => r.ours.wr)), 4),
    fx(avg(rows.map((r) => r.ours.wp)), 4),
  ];
}
const families = [...new Set(caseRows.map((r) => r.c.family))].sort();
console.log("\nEvaluation corpus: paragraph F1 and words against the source's own paragraphs (from: auto)");
console.log("untouched: the same score for the input left as it is (blank-line blocks; HTML: every block element; PDF: pdftotext's text)\n");
console.log(['split', 'family'.padEnd(28), 'cases', 'F1 mean', 'F1 min', 'untouched', 'worse', 'wordR mean', 'wordR min', 'wordP'].join('\t'));
for (const held of [false, true]) {
  for (const fam of families) {
    const rows = caseRows.filter((r) => r.held === held && r.c.family === fam);
    if (rows.length) console.log([held ? 'held-out' : 'tune', fam.padEnd(28), ...summary(rows)].join('\t'));
  }
  const all = caseRows.filter((r) => r.held === held);
  if (all.length) console.log([held ? 'HELD-OUT' : 'TUNE', 'all'.padEnd(28), ...summary(all)].join('\t'));
}
console.log('wordR over recoverable cases only (two-column pdftotext -layout interleaves the columns: not recoverable)');
console.log('\nArticle extraction benchmark (181 pages, shingle F1 as its evaluate.py; trafilatura 0.958, Readability.js 0.947):');
for (const [name, rows] of [
  ['tune', caseRows.filter((r) => !r.held && r.shingle && r.c.ext === 'html')],
  ['held-out', caseRows.filter((r) => r.held && r.shingle && r.c.ext === 'html')],
  ['all 181', caseRows.filter((r) => r.shingle && r.c.ext === 'html')],
  ['copied text, all', caseRows.filter((r) => r.shingle && r.c.ext === 'txt')],
] as const) {
  if (rows.length === 0) continue;
  const s = shingleF1(rows.map((r) => r.shingle!));
  console.log(`  ${name.padEnd(18)} pages ${String(rows.length).padStart(3)}  F1 ${fx(s.f1)}  precision ${fx(s.precision)}  recall ${fx(s.recall)}`);
}
// Per-case figures of the tune split only (held-out cases are never listed one by one).
if (process.env.BENCH_CASES) {
  const tsv = caseRows
    .filter((r) => !r.held)
    .map((r) => {
      const sh = r.shingle ? shingleF1([r.shingle]).f1 : NaN;
      return [r.c.id, r.c.family, fx(r.ours.f1), fx(r.base.f1), fx(r.ours.wr, 4), fx(r.ours.wp, 4), Number.isNaN(sh) ? '' : fx(sh), fx(r.mbps, 1)].join('\t');
    });
  writeFileSync(process.env.BENCH_CASES, `${['case', 'family', 'F1', 'untouched', 'wordR', 'wordP', 'shingleF1', 'MB/s'].join('\t')}\n${tsv.join('\n')}\n`);
}
if (missing.length) console.log(`\nNot in the corpus this run (install or fetch to add):\n  ${missing.join('\n  ')}`);

if (only || tuneOnly) process.exit(0);

// ---------------------------------------------------------------- 2. damaged copies of the sample

const manifest = parse(readFileSync('reader.yaml', 'utf8')) as { texts: { source: string; title?: string }[] };
const seeds = manifest.texts.filter((t) => /\/00[1-4]-/.test(t.source));

interface Row {
  case: string;
  width: number;
  splits: number;
  truth: number;
  got: number;
  ceil: number;
  p: number;
  r: number;
  f1: number;
  wr: number;
  wp: number;
}
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
    const sc = score(truth, got);
    rows.push({
      case: `${name} ${shape}${res.kind === 'pdf-text' ? '' : ` (${res.kind}!)`}`,
      width: d.width,
      splits: d.splits,
      truth: truth.length,
      got: got.length,
      ceil: 1 - d.hidden / Math.max(1, truth.length - 1),
      p: sc.p,
      r: sc.r,
      f1: sc.f1,
      wr: sc.wr,
      wp: sc.wp,
    });
  }
}

const f = (x: number, n = 3): string => x.toFixed(n);
console.log('\nThe sample damaged (tune): paragraph boundaries and words, damaged vs clean ground truth, from: auto\n');
console.log(['case'.padEnd(40), 'width', 'splits', 'blocks', 'got', 'P', 'R', 'maxR', 'F1', 'wordR', 'wordP'].join('\t'));
for (const r of rows)
  console.log([r.case.padEnd(40), r.width, r.splits, r.truth, r.got, f(r.p), f(r.r), f(r.ceil), f(r.f1), f(r.wr, 4), f(r.wp, 4)].join('\t'));
console.log(
  'maxR: share of boundaries leaving a trace on the lines (blank-after-line hides some); recall above it is inferred from the document (hidden-break)',
);
const mean = (k: 'f1' | 'wr' | 'wp'): number => rows.reduce((s, r) => s + r[k], 0) / rows.length;
const minF1 = Math.min(...rows.map((r) => r.f1));
console.log(
  `\nmean F1 ${f(mean('f1'))} (target >= 0.98), min F1 ${f(minF1)} (target >= 0.95), mean word recall ${f(mean('wr'), 4)}, precision ${f(mean('wp'), 4)} (target >= 0.998)`,
);

// ---------------------------------------------------------------- 3. throughput
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
console.log(
  `load average while measuring: ${(await import('node:os'))
    .loadavg()
    .map((x) => x.toFixed(1))
    .join(' ')} on ${(await import('node:os')).cpus().length} cores`,
);
