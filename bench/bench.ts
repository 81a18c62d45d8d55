/**
 * `npm run bench`: our build against bare Paged.js and Chromium's own print, on the same HTML.
 * Cases, interleaved over REPS repetitions (default 3), medians and peak memory reported:
 *  (a) `reader build --force` of (a copy of) the sample, cold: its own process, browser launch
 *      included, the layout cache emptied
 *  (b) the same build of a large reader: the sample texts repeated to about 1,000 A5 pages
 *  (c) bare Paged.js (its polyfill, auto-run) on our final HTML of (a), as a command of its own
 *      like (a): bench/bare.mjs starts Node, launches Chromium, serves the folder on 127.0.0.1
 *      as pagedjs-cli does, lays out, prints, writes the PDF. Also driven from this process
 *      (Chromium launched and closed inside the timing), as earlier benches measured it.
 *  (d) Chromium's own print of that HTML without Paged.js, the same ways: the lower bound
 *  (c1000/d1000) the same two on the HTML of (b)
 *  (h) (a) with `--epub`: what the EPUB edition adds to a cold build (target ≤ 10%)
 *  (e) `reader build` again with nothing changed; (f) after editing one short text of the copy;
 *  (g) the same kind of edit while `reader build --watch` runs (one process and browser kept):
 *      the first edit after the watch started, then (g2) a second one, once the process is warm;
 *      each to the summary line of the written PDF, and (gc, g2c) on to its PDF/UA check's line
 *      (the check runs after the write under --watch: src/pipeline/claim-after-write.ts)
 * Peak memory: for commands, the process and all it starts; for the bare cases driven from
 * here, this process plus the Chromium it drives. Summed as PSS
 * (shared pages counted once; RSS would count them in each process).
 * Usage: npm run bench [-- --reps 3] [-- --skip-large] [-- --epub-only: (a) and (h) alone] [-- --watch-only: (a) and (g) alone]
 */
import { spawn } from 'node:child_process';
import { cp, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser } from 'puppeteer-core';
import { stringify } from 'yaml';
import { ingestFile } from '../src/ingest/index.ts';
import { normalize } from '../src/normalize/index.ts';
import { CHROMIUM_FLAGS, findChromium, launchBrowser } from '../src/render/index.ts';
import { BOOK_ORIGIN, sealPage } from '../src/render/seal.ts';
import { ensureBundle } from '../scripts/cli-bundle.mjs';
import { printBare } from './bare.mjs';
import { MemorySampler } from './memory.ts';

const args = process.argv.slice(2);
const REPS = Number(args[args.indexOf('--reps') + 1] || 3) || 3;
const EPUB_ONLY = args.includes('--epub-only');
const WATCH_ONLY = args.includes('--watch-only');
const SKIP_LARGE = args.includes('--skip-large') || EPUB_ONLY || WATCH_ONLY;
const root = resolve(import.meta.dirname, '..');

type Result = { ms: number; peakMb: number; pages?: number; checkedMs?: number };
const results: Record<string, Result[]> = {};
const record = (name: string, r: Result) => (results[name] ??= []).push(r);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** A reader of the sample texts repeated `copies` times (ids suffixed), in a temp project. */
async function largeProject(copies: number): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'reader-bench-'));
  await cp(join(root, 'content'), join(dir, 'content'), { recursive: true });
  const { parse } = await import('yaml');
  const manifest = parse(await readFile(join(root, 'reader.yaml'), 'utf8')) as { texts: Array<Record<string, unknown>>; title: string };
  const texts = [];
  for (let c = 1; c <= copies; c++) for (const t of manifest.texts) texts.push({ ...t, id: `${t.id}-${c}`, title: `${t.title as string} (${c})` });
  await writeFile(join(dir, 'reader.yaml'), stringify({ ...manifest, title: `${manifest.title} ×${copies}`, texts }));
  return dir;
}

function report(name: string, r: Result): void {
  record(name, { ms: r.ms, peakMb: r.peakMb, ...(r.pages ? { pages: r.pages } : {}) });
  process.stderr.write(`  ${name.padEnd(26)} ${(r.ms / 1000).toFixed(2)} s  ${r.peakMb.toFixed(0)} MB${r.pages ? `  ${r.pages} pages` : ''}\n`);
}

/**
 * A bare case, cold as our build is: Chromium is launched (as pagedjs-cli launches it), used and
 * closed inside the timing. Memory is this process and that Chromium.
 */
async function cold<T>(name: string, fn: (browser: Browser) => Promise<T & { pages?: number }>): Promise<T> {
  const t = performance.now();
  const browser = await launchBrowser();
  const sampler = new MemorySampler(browser.process()?.pid);
  sampler.start();
  try {
    const out = await fn(browser);
    const peakMb = await sampler.stop();
    await browser.close();
    const ms = performance.now() - t;
    report(name, { ms, peakMb, ...(out.pages ? { pages: out.pages } : {}) });
    return out;
  } finally {
    if (browser.connected) await browser.close();
  }
}

/** A command in a process of its own: its wall time from spawn to exit, and the peak memory of its process tree. */
async function timedCommand(args: string[]): Promise<{ ms: number; peakMb: number; code: number | null; stdout: string; stderr: string }> {
  const t = performance.now();
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  const sampler = new MemorySampler(undefined, child.pid);
  sampler.start();
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d));
  child.stderr.on('data', (d: Buffer) => (stderr += d));
  const code = await new Promise<number | null>((done) => child.once('close', done));
  const ms = performance.now() - t;
  return { ms, peakMb: await sampler.stop(), code, stdout, stderr };
}

/**
 * Our build as a user runs it: `reader build --force --json` in a process of its own (module
 * loading and Chromium launch included), its memory the peak of that process and everything
 * it starts, the stage times from the build report it prints.
 */
async function ours(
  config: string,
  out: string,
  force = true,
  extra: string[] = [],
): Promise<Result & { pages: number; html: string; stages: Record<string, number> }> {
  const { ms, peakMb, code, stdout, stderr } = await timedCommand([
    join(root, 'bin', 'reader.js'),
    'build',
    '--config',
    config,
    '--out',
    out,
    ...(force ? ['--force'] : []),
    '--json',
    ...extra,
  ]);
  if (code !== 0) throw new Error(`reader build failed (${code}): ${stderr.slice(-500)}`);
  const report = JSON.parse(stdout) as { pages: number; html: string; timings?: Record<string, number> };
  return { ms, peakMb, pages: report.pages, html: join(out, report.html), stages: { ...(report.timings ?? {}) } };
}

/**
 * (g) The edit-and-look loop as `reader build --watch` runs it: one process and one browser kept
 * between builds. Each edit is timed from the moment the text is saved to the rebuilt PDF's
 * summary line, the watcher's debounce (50 ms) included: the first after the watch started
 * (its code still cold), then the others. Memory: the watch process and all it starts.
 */
async function watchRebuild(config: string, out: string, edits: Array<() => Promise<void>>): Promise<Result[]> {
  const child = spawn(process.execPath, [join(root, 'bin', 'reader.js'), 'build', '--watch', '--config', config, '--out', out], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const sampler = new MemorySampler(undefined, child.pid);
  let stderr = '';
  let waiting: { pattern: RegExp; from: number; done: () => void } | undefined;
  child.stderr.on('data', (d: Buffer) => {
    stderr += d;
    if (waiting && waiting.pattern.test(stderr.slice(waiting.from))) waiting.done();
  });
  const exited = new Promise<number | null>((done) => child.once('close', done));
  const waitFor = (pattern: RegExp, from: number) =>
    Promise.race([
      new Promise<void>((done) => {
        waiting = { pattern, from, done };
        if (pattern.test(stderr.slice(from))) done();
      }),
      exited.then((code) => {
        throw new Error(`reader build --watch exited (${code}): ${stderr.slice(-500)}`);
      }),
    ]);
  try {
    await waitFor(/Watching for changes/, 0);
    sampler.start();
    const times: number[] = [];
    const checked: number[] = [];
    for (const edit of edits) {
      // A pause between edits, as between a user's saves: the watcher settles first.
      if (times.length) await new Promise((r) => setTimeout(r, 500));
      const from = stderr.length;
      const t = performance.now();
      await edit();
      await waitFor(/: \d+ pages, .* s\n/, from);
      times.push(performance.now() - t);
      // The PDF is written before its PDF/UA check (claim-after-write.ts): the claim follows.
      await waitFor(/reader\.pdf: checked, /, from);
      checked.push(performance.now() - t);
    }
    const peakMb = await sampler.stop();
    return times.map((ms, i) => ({ ms, peakMb, checkedMs: checked[i]! }));
  } finally {
    child.kill('SIGINT');
    await exited;
  }
}

/** A copy of our HTML folder, for the bare cases (so nothing of ours runs in them). */
async function bareCopy(htmlPath: string, withPaged: boolean): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'reader-bare-'));
  const outDir = resolve(htmlPath, '..');
  await cp(join(outDir, 'assets'), join(dir, 'assets'), { recursive: true });
  let html = await readFile(htmlPath, 'utf8');
  if (!withPaged) html = html.replace(/<script src="assets\/paged\.polyfill\.js"><\/script>/, '');
  await writeFile(join(dir, 'reader.html'), html);
  return dir;
}

/** (c) and (d) driven from this process: Chromium's page sealed as our build's are, then bench/bare.mjs's steps. */
async function bareInProcess(browser: Browser, dir: string, mode: 'paged' | 'print'): Promise<{ pages: number }> {
  const page = await browser.newPage();
  try {
    await sealPage(page, dir);
    const { pdf, pages } = await printBare(page, `${BOOK_ORIGIN}/reader.html`, mode);
    if (pages) return { pages };
    const { PDFDocument } = await import('pdf-lib');
    return { pages: (await PDFDocument.load(pdf, { updateMetadata: false })).getPageCount() };
  } finally {
    await page.close();
  }
}

/**
 * A bare case as a command, as (a) is one: `node bench/bare.mjs` starts, loads puppeteer-core,
 * launches Chromium, lays out (or just prints) the HTML, writes the PDF and exits. Memory: that
 * process and all it starts.
 */
async function bareCommand(mode: 'paged' | 'print', dir: string): Promise<Result & { pages: number }> {
  const out = join(dir, `${mode}.pdf`);
  const { ms, peakMb, code, stdout, stderr } = await timedCommand([
    join(root, 'bench', 'bare.mjs'),
    mode,
    dir,
    out,
    findChromium(),
    JSON.stringify(CHROMIUM_FLAGS),
  ]);
  if (code !== 0) throw new Error(`bench/bare.mjs ${mode} failed (${code}): ${stderr.slice(-500)}`);
  const { PDFDocument } = await import('pdf-lib');
  const pages = Number(stdout.trim()) || (await PDFDocument.load(await readFile(out), { updateMetadata: false })).getPageCount();
  return { ms, peakMb, pages };
}

/**
 * MB/s of sample text through normalize(), over two windows of 2 s: the first as the code
 * starts cold (the JIT still compiling), the second once it is warm (a long reader's rate).
 */
async function normalizeThroughput(): Promise<{ cold: number; warm: number }> {
  const files = (await readdir(join(root, 'content'))).map((f) => join(root, 'content', f));
  const inputs = await Promise.all(files.map((f, i) => ingestFile(f, `t${i}`, root)));
  const bytes = inputs.reduce((n, t) => n + Buffer.byteLength(String(t.file.value)), 0);
  const window = () => {
    let total = 0;
    const t = performance.now();
    while (performance.now() - t < 2000) {
      for (const input of inputs) normalize({ ...input, file: input.file }, {});
      total += bytes;
    }
    return total / 1e6 / ((performance.now() - t) / 1000);
  };
  const cold = window();
  return { cold, warm: window() };
}

/** A copy of the sample project, so the rebuild cases can edit a text as a user would. */
async function sampleProject(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'reader-bench-sample-'));
  await cp(join(root, 'content'), join(dir, 'content'), { recursive: true });
  await cp(join(root, 'reader.yaml'), join(dir, 'reader.yaml'));
  return dir;
}

/** Edit one short text of the copy: a word in its first paragraphs, different each time. */
async function editOneText(project: string, rep: number): Promise<void> {
  const file = join(project, 'content', '001-westmoreland-nothing-inevitable.txt');
  const text = await readFile(file, 'utf8');
  if (!text.includes('the revolution')) throw new Error('bench: the text to edit has changed; pick another phrase');
  await writeFile(file, text.replace('the revolution', `the revolution (edit ${rep})`));
}

async function main(): Promise<void> {
  // The CLI's bundle is rebuilt when src/ changed (npm start's setup does it first): not inside a timing.
  await ensureBundle();
  const scratch = await mkdtemp(join(tmpdir(), 'reader-bench-out-'));
  const sample = await sampleProject();
  const large = SKIP_LARGE ? undefined : await largeProject(8);
  const stages: Record<string, number[]> = {};
  const largeStages: Record<string, number[]> = {};
  const epubStages: Record<string, number[]> = {};
  let sampleHtml = '';
  let largeHtml = '';
  for (let rep = 1; rep <= REPS; rep++) {
    process.stderr.write(`repetition ${rep}/${REPS}\n`);
    const a = await ours(join(sample, 'reader.yaml'), join(scratch, 'a'));
    report('a: ours, sample', a);
    if (!WATCH_ONLY) {
      const h = await ours(join(sample, 'reader.yaml'), join(scratch, 'h'), true, ['--epub']);
      report('h: ours, sample, --epub', h);
      (epubStages.outputs ??= []).push(h.stages.outputs ?? 0);
    }
    if (EPUB_ONLY) continue;
    if (!WATCH_ONLY) {
      // Rebuilds as a user runs them, after a (no --force): nothing changed, then one short text edited.
      report('e: rebuild, no change', await ours(join(sample, 'reader.yaml'), join(scratch, 'a'), false));
      await editOneText(sample, rep);
      report('f: rebuild, one text edited', await ours(join(sample, 'reader.yaml'), join(scratch, 'a'), false));
    }
    const [g, g2] = await watchRebuild(join(sample, 'reader.yaml'), join(scratch, 'a'), [
      () => editOneText(sample, REPS + rep),
      () => editOneText(sample, 2 * REPS + rep),
    ]);
    report('g: watch, one text edited', g!);
    report('g2: watch, the next edit', g2!);
    report('gc: watch, one text edited, until checked and claimed', { ms: g!.checkedMs!, peakMb: g!.peakMb });
    report('g2c: watch, the next edit, until checked and claimed', { ms: g2!.checkedMs!, peakMb: g2!.peakMb });
    for (const [k, v] of Object.entries(a.stages)) (stages[k] ??= []).push(v);
    sampleHtml = a.html;
    if (WATCH_ONLY) continue;
    if (large) {
      const b = await ours(join(large, 'reader.yaml'), join(scratch, 'b'));
      report('b: ours, large', b);
      for (const [k, v] of Object.entries(b.stages)) (largeStages[k] ??= []).push(v);
      largeHtml = b.html;
    }
    const pagedDir = await bareCopy(sampleHtml, true);
    const printDir = await bareCopy(sampleHtml, false);
    report('c: bare Paged.js', await bareCommand('paged', pagedDir));
    report('d: Chromium print', await bareCommand('print', printDir));
    // The same two driven from this process (no process start, no module loading), as before.
    await cold('c, in-process', (b) => bareInProcess(b, pagedDir, 'paged'));
    await cold('d, in-process', (b) => bareInProcess(b, printDir, 'print'));
    if (large) {
      const pagedL = await bareCopy(largeHtml, true);
      const printL = await bareCopy(largeHtml, false);
      report('c: bare Paged.js, large', await bareCommand('paged', pagedL));
      report('d: Chromium print, large', await bareCommand('print', printL));
    }
  }
  const mbps = EPUB_ONLY || WATCH_ONLY ? { cold: 0, warm: 0 } : await normalizeThroughput();
  const med = (name: string) => median((results[name] ?? []).map((r) => r.ms));
  const peak = (name: string) => Math.max(...(results[name] ?? []).map((r) => r.peakMb));
  const lines = [`\nMedians of ${REPS} interleaved runs (${new Date().toISOString().slice(0, 10)}):`, ''];
  lines.push('| case | median s | peak MB (node + chromium, PSS) | pages |', '|---|---|---|---|');
  for (const name of Object.keys(results))
    lines.push(`| ${name} | ${(med(name) / 1000).toFixed(2)} | ${peak(name).toFixed(0)} | ${results[name]![0]!.pages ?? ''} |`);
  lines.push('');
  const ratio = (x: string, y: string) => (results[x] && results[y] ? (med(x) / med(y)).toFixed(2) : 'n/a');
  lines.push(`a/c (sample vs bare Paged.js):          ${ratio('a: ours, sample', 'c: bare Paged.js')}  (target ≤ 1.1)`);
  lines.push(`a/c, c driven in-process:               ${ratio('a: ours, sample', 'c, in-process')}`);
  lines.push(`b/c (large vs bare Paged.js, large):    ${ratio('b: ours, large', 'c: bare Paged.js, large')}  (target ≤ 0.6)`);
  lines.push(`b/d (large vs Chromium print, large):   ${ratio('b: ours, large', 'd: Chromium print, large')}  (target ≤ 4)`);
  lines.push(
    `h/a − 1 (what --epub adds to a cold build): ${results['h: ours, sample, --epub'] ? (med('h: ours, sample, --epub') / med('a: ours, sample') - 1).toFixed(3) : 'n/a'}  (target ≤ 0.10; the EPUB written while the PDF is finished: ${epubStages.outputs ? median(epubStages.outputs).toFixed(0) : 'n/a'} ms)`,
  );
  lines.push(
    `e: rebuild with no change:              ${results['e: rebuild, no change'] ? (med('e: rebuild, no change') / 1000).toFixed(2) : 'n/a'} s  (target ≤ 0.5 s)`,
  );
  lines.push(`f/a (one short text edited vs cold):    ${ratio('f: rebuild, one text edited', 'a: ours, sample')}  (target ≤ 0.3)`);
  lines.push(`g/a (the same edit under --watch):      ${ratio('g: watch, one text edited', 'a: ours, sample')}  (first edit after the watch started)`);
  lines.push(`g2/a (the next edit, process warm):     ${ratio('g2: watch, the next edit', 'a: ours, sample')}`);
  lines.push(`normalization throughput:               ${mbps.warm.toFixed(1)} MB/s warm, ${mbps.cold.toFixed(1)} MB/s in its first 2 s (target ≥ 10)`);
  const pagesA = results['a: ours, sample']?.[0]?.pages;
  const pagesB = results['b: ours, large']?.[0]?.pages;
  if (pagesA && pagesB)
    lines.push(
      `time per page, sample → large:          ${(med('a: ours, sample') / pagesA).toFixed(1)} ms → ${(med('b: ours, large') / pagesB).toFixed(1)} ms`,
    );
  lines.push(
    '',
    'time per stage, sample (median ms): ' +
      Object.entries(stages)
        .map(([k, v]) => `${k} ${median(v).toFixed(0)}`)
        .join(', '),
  );
  if (large)
    lines.push(
      'time per stage, large (median ms):  ' +
        Object.entries(largeStages)
          .map(([k, v]) => `${k} ${median(v).toFixed(0)}`)
          .join(', '),
    );
  process.stdout.write(`${lines.join('\n')}\n`);
  await rm(scratch, { recursive: true, force: true });
  if (large) await rm(large, { recursive: true, force: true });
}

await main();
