import { createHash } from 'node:crypto';
import { copyFile, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join, relative, resolve } from 'node:path';
import type { Browser, Page } from 'puppeteer-core';
import type { VFileMessage } from 'vfile-message';
import { analyzeReader, analyzeText, compileTopics, type ReaderAnalysis, type TextAnalysis } from './analyze/index.ts';
import { cacheKey } from './cache/cache-key.ts';
import { inputsHash, toolHash } from './cache/inputs-hash.ts';
import { TextCache } from './cache/text-cache.ts';
import { compose } from './compose/index.ts';
import { ReaderError } from './errors.ts';
import { ingestBytes } from './ingest/index.ts';
import { placeholderReason } from './init/placeholders.ts';
import { loadManifest, type LoadedManifest } from './manifest/load.ts';
import type { ManifestText } from './manifest/schema.ts';
import { normalize, normalizePdf } from './normalize/index.ts';
import { closeBrowser, launchBrowser, renderWithRetry } from './render/index.ts';
import { renderBook } from './render/book.ts';
import { loadAhead } from './render/open-page.ts';
import type { PrintMemory } from './render/part-cache.ts';
import type { NormalizedText } from './types.ts';
import { commitOutputs, discardStaging, outputError, prepareStaging, type Staging } from './util/atomic-out.ts';
import { deferred } from './util/deferred.ts';
import { laneCount } from './util/lanes.ts';
import { storeMemo } from './util/memo.ts';
import { claimName, guardOf } from './util/out-folder.ts';
import { acquireOutLock, type OutLock } from './util/out-lock.ts';

export interface BuildOptions {
  /** Path of `reader.yaml`. Default `reader.yaml`. */
  config?: string;
  /** Output folder. Default `out` next to the manifest. */
  out?: string;
  /** `large-print` for the large-print edition. */
  profile?: string;
  /** A browser to reuse (benchmarks, packs); otherwise one is launched and closed. */
  browser?: Browser;
  signal?: AbortSignal;
  onProgress?: (event: ProgressEvent) => void;
  /** The inputs fingerprint, when the caller already took it (the CLI's up-to-date check). */
  inputs?: string;
  /** Parts of the book laid out at once (renderer processes). Default: one per core. */
  lanes?: number;
  /** Lay out every part again: the layout cache (`out/.cache/layout`) is emptied first. */
  fresh?: boolean;
  /** What one process keeps between its builds (`reader build --watch`): see createBuildSession. */
  session?: BuildSession;
}

/**
 * Kept in memory between the builds of one process: each text as normalized and analyzed,
 * under a fingerprint of its bytes and of everything its normalization and analysis read.
 * A watch rebuild after one text changed prepares only that text again.
 */
export interface BuildSession {
  texts: Map<string, { doc: NormalizedText; analysis: TextAnalysis }>;
  /** The layout cache's prints as read or made by the last build (render/part-cache.ts). */
  prints: PrintMemory;
  /** A page the last build opened for the next one, its shell loaded ahead (render/open-page.ts). */
  ahead?: Promise<Page | undefined>;
}

export const createBuildSession = (): BuildSession => ({ texts: new Map(), prints: new Map() });

export interface ProgressEvent {
  stage: 'manifest' | 'ingest' | 'normalize' | 'analyze' | 'compose' | 'render' | 'write';
  text?: string;
  detail?: string;
}

export interface BuildMessage {
  file: string;
  line?: number;
  column?: number;
  rule?: string;
  source?: string;
  reason: string;
  /** `warning` needs an editor's eye; `info` is a logged repair. */
  severity: 'warning' | 'info';
}

export interface BuildReport {
  title: string;
  pdf: string;
  html: string;
  pages: number;
  texts: Array<{ id: string; title: string; author: string; source: string; sha256: string; kind: string; words: number; paragraphs: number; startPage: number | undefined; repairs: number; warnings: number }>;
  timings: Record<string, number>;
  warnings: BuildMessage[];
  /** What the analysis logged: name merges, sources left out as weak, what each `name_index` setting changed. */
  log: BuildMessage[];
  repairs: Record<string, number>;
  refusedRequests: string[];
  /** Blocks the layout engine dropped: always empty in a good build. */
  lostBlocks: number;
  /** How the book was laid out: its parts (each from a right-hand page), their pages and the renderer (lane) of each. */
  layout?: {
    lanes: number;
    parts: Array<{ ids: string[]; start: number; pages: number; lane: number }>;
    /** Under --watch: the first lane's page had loaded the book's shell ahead, and took the body into it. */
    loadedAhead?: true;
  };
  /** Fingerprint of every input (src/cache/inputs-hash.ts), and of the PDF: an unchanged rebuild is skipped. */
  inputs?: string;
  pdfSha256?: string;
}

export interface BuildResult {
  report: BuildReport;
  pdfPath: string;
  htmlPath: string;
  texts: Array<{ meta: ManifestText; doc: NormalizedText; analysis: TextAnalysis }>;
  analysis: ReaderAnalysis;
  anchors: Record<string, number>;
  loaded: LoadedManifest;
}

/** A function that runs one stage and adds its wall time to `timings[stage]`. */
function stageTimer(timings: Record<string, number>) {
  return async <T>(stage: string, fn: () => Promise<T> | T): Promise<T> => {
    const t = performance.now();
    try {
      return await fn();
    } finally {
      timings[stage] = (timings[stage] ?? 0) + (performance.now() - t);
    }
  };
}

/** What `prepare()` takes beyond the build's options. */
export interface PrepareOptions extends BuildOptions {
  /**
   * Keep each prepared text on disk in `<out>/.cache/texts` (out as `build` resolves it), so a
   * new process prepares only the texts that changed. `build` sets it; pack and preview do not.
   */
  textCache?: boolean;
  /** The manifest, when the caller loaded it already (build does, to take the output folder first). */
  loaded?: LoadedManifest;
}

/** The front half of a build, shared by `build`, `pack` and `preview`: manifest -> analysis. */
export async function prepare(options: PrepareOptions = {}): Promise<{
  loaded: LoadedManifest;
  texts: BuildResult['texts'];
  analysis: ReaderAnalysis;
  timings: Record<string, number>;
  hashes: Record<string, string>;
  /** Resolves when the text cache has written everything, what later stages derived included. */
  cacheWritten: () => Promise<void>;
}> {
  const timings: Record<string, number> = {};
  const time = stageTimer(timings);
  const progress = options.onProgress ?? (() => {});
  if (!options.loaded) progress({ stage: 'manifest', detail: options.config ?? 'reader.yaml' });
  const loaded = options.loaded ?? (await time('manifest', () => loadManifest(options.config ?? 'reader.yaml')));
  const { manifest, root } = loaded;
  const topics = compileTopics(manifest.topics);
  const hashes: Record<string, string> = {};
  const texts: BuildResult['texts'] = [];
  const kept = new Set<string>();
  const disk = options.textCache ? new TextCache(join(resolve(root, options.out ?? 'out'), '.cache', 'texts')) : undefined;
  // --force is a cold build: nothing is read from the cache, which is filled again.
  if (disk && options.fresh) await time('textCache', () => disk.clear());
  // The disk key adds what a session never sees change: the tool (code, templates, styles,
  // lockfile) and Node itself (its regex engine and ICU shape normalization).
  const tool = disk ? await time('textCache', () => toolHash()) : '';
  for (const meta of manifest.texts) {
    checkAborted(options.signal);
    progress({ stage: 'ingest', text: meta.id });
    const path = resolve(root, meta.source);
    const file = relative(root, path) || path;
    // One read: the same bytes are hashed for build.json and decoded.
    const bytes = await time('ingest', async () => new Uint8Array(await readFile(path)));
    hashes[meta.id] = createHash('sha256').update(bytes).digest('hex');
    const normalizeOptions = { from: meta.from, disable: meta.rules.disable, drop: meta.rules.drop, title: meta.title, language: meta.language ?? manifest.language };
    // Everything the text's ingest, normalization and analysis read.
    const key = options.session || disk ? cacheKey(hashes[meta.id], file, meta.id, normalizeOptions, manifest.topics) : '';
    const diskKey = disk ? cacheKey(key, tool, process.versions.node, process.versions.icu) : '';
    const known = options.session?.texts.get(key) ?? (disk && !options.fresh ? await time('textCache', () => disk.read(diskKey)) : undefined);
    if (known) {
      if (options.session) {
        options.session.texts.set(key, known);
        kept.add(key);
      }
      // From the session, and gone from disk (a --force in watch mode emptied it): stored again.
      // Later stages leave a prepared text as it is, so it is still the text as prepared.
      if (disk && options.session && (options.fresh || !disk.has(diskKey))) await time('textCache', () => disk.write(diskKey, known));
      else disk?.keep(diskKey);
      if (disk) storeMemo(known.doc, disk.memoStore(diskKey));
      texts.push({ meta, ...known });
      continue;
    }
    const ingested = await time('ingest', () => ingestBytes(bytes, file, meta.id, { from: meta.from }));
    progress({ stage: 'normalize', text: meta.id });
    // A PDF is read through pdfjs glyph positions, which is asynchronous.
    const doc = await time('normalize', () => (ingested.extension === 'pdf' ? normalizePdf(ingested, normalizeOptions) : normalize(ingested, normalizeOptions)));
    progress({ stage: 'analyze', text: meta.id });
    const analysis = await time('analyze', () => analyzeText(doc, topics));
    texts.push({ meta, doc, analysis });
    if (disk) {
      await time('textCache', () => disk.write(diskKey, { doc, analysis }));
      // What compose and the side editions derive from the text is kept beside it (util/memo.ts).
      storeMemo(doc, disk.memoStore(diskKey));
    }
    if (options.session) {
      options.session.texts.set(key, { doc, analysis });
      kept.add(key);
    }
  }
  // A session keeps only this build's texts: an edited text's earlier versions go. So does the disk cache.
  for (const key of options.session?.texts.keys() ?? []) if (!kept.has(key)) options.session!.texts.delete(key);
  if (disk) await time('textCache', () => disk.settle());
  const authors = Object.fromEntries(manifest.texts.map((t) => [t.id, t.author]));
  const analysis = await time('analyze', () => analyzeReader(texts.map((t) => t.analysis), topics, { names: manifest.name_index, authors }));
  return { loaded, texts, analysis, timings, hashes, cacheWritten: () => disk?.flush() ?? Promise.resolve() };
}

/** Build the reader: manifest -> ingest -> normalize -> analyze -> compose -> render -> write. */
export async function build(options: BuildOptions = {}): Promise<BuildResult> {
  if (options.browser) return buildWith(options);
  // Chromium starts while the texts are prepared (about 0.5 s saved); a bad manifest closes it
  // again at once. The browser is ours, so it is closed (or killed) whatever happens.
  const began = performance.now();
  // The lanes' pages open while the texts are prepared too (about 0.1 s off a cold build).
  const lanes = laneCount(options.lanes);
  const launching = launchBrowser().then((browser) => {
    const pages = Promise.all(Array.from({ length: lanes }, () => browser.newPage())).catch(() => undefined);
    return { browser, ms: performance.now() - began, pages };
  });
  launching.catch(() => {});
  let closing: Promise<void> | undefined;
  // Called once the PDF is printed: Chromium shuts down while the PDF is finished.
  const release = () => {
    // After the pages opened ahead are open: puppeteer waits 30 s for a page whose browser closed as it opened.
    closing ??= launching
      .then(async ({ browser, pages }) => {
        await pages;
        await closeBrowser(browser);
      })
      .catch(() => {});
  };
  try {
    return await buildWith(options, launching, release);
  } finally {
    release();
    await closing;
  }
}

async function buildWith(options: BuildOptions, launching?: Promise<{ browser: Browser; ms: number; pages: Promise<Page[] | undefined> }>, release?: () => void): Promise<BuildResult> {
  const started = performance.now();
  // Under --watch, the first page of this build may be open already, the book's shell in it.
  const ahead = options.session?.ahead;
  if (options.session) options.session.ahead = undefined;
  try {
    const result = await buildAndWrite(options, started, ahead, launching, release);
    // Opened while Node waits for the next change: the next build's first page, its shell loaded.
    if (options.session && options.browser) options.session.ahead = loadAhead(options.browser, { dir: dirname(result.pdfPath), htmlFile: basename(result.htmlPath) });
    return result;
  } finally {
    // A page the build did not use (it failed before it rendered); a used one is closed already.
    void ahead?.then((page) => page?.close()).catch(() => {});
  }
}

async function buildAndWrite(options: BuildOptions, started: number, ahead: Promise<Page | undefined> | undefined, launching?: Promise<{ browser: Browser; ms: number; pages: Promise<Page[] | undefined> }>, release?: () => void): Promise<BuildResult> {
  const progress = options.onProgress ?? (() => {});
  // Taken before anything is read: a source edited during the build makes the next one rebuild.
  const inputs = options.inputs ?? (await inputsHash(options.config ?? 'reader.yaml', options.profile).catch(() => undefined));
  progress({ stage: 'manifest', detail: options.config ?? 'reader.yaml' });
  const manifestStarted = performance.now();
  const first = await loadManifest(options.config ?? 'reader.yaml');
  const manifestMs = performance.now() - manifestStarted;
  const outDir = resolve(first.root, options.out ?? 'out');
  // out/.lock, taken before anything is written there (the text cache included): the folder is
  // checked to be the tool's and clear of the project's inputs, and a second build into it
  // refuses instead of interleaving its files.
  const lock = await acquireOutLock(outDir, guardOf(first));
  if (lock.swept.length > 0) progress({ stage: 'write', detail: `removed what a killed build left in ${relative(process.cwd(), outDir) || '.'}: ${lock.swept.join(', ')}` });
  try {
    // The caches' folder (out/.cache) is the tool's to write and prune.
    await claimName(outDir, '.cache');
    return await buildLocked(options, started, ahead, first, manifestMs, outDir, lock, inputs, launching, release);
  } finally {
    await lock.release();
  }
}

async function buildLocked(options: BuildOptions, started: number, ahead: Promise<Page | undefined> | undefined, first: LoadedManifest, manifestMs: number, outDir: string, lock: OutLock, inputs: string | undefined, launching?: Promise<{ browser: Browser; ms: number; pages: Promise<Page[] | undefined> }>, release?: () => void): Promise<BuildResult> {
  const progress = options.onProgress ?? (() => {});
  const { loaded, texts, analysis, timings, hashes, cacheWritten } = await prepare({ ...options, textCache: true, loaded: first });
  timings.manifest = (timings.manifest ?? 0) + manifestMs;
  const { manifest, root } = loaded;
  const time = stageTimer(timings);

  progress({ stage: 'compose' });
  const composed = await time('compose', () => compose({ manifest, texts, analysis, root, ...(options.profile ? { profile: options.profile } : {}) }));
  const base = options.profile ? `reader.${options.profile}` : 'reader';
  const staging: Staging = await prepareStaging(outDir);
  // A full disk or a vanished folder while writing is an operational error with a hint, not a crash.
  const writeOut = (fn: () => Promise<void>, stage = 'write') =>
    time(stage, fn).catch((e: unknown) => {
      throw outputError(e, outDir);
    });
  // The editions Chromium does not need are made while it lays out pages (Node is idle then),
  // and the code that finishes the PDF (pdf-lib, linkedom) is loaded then, not at start-up.
  const layoutStarted = deferred();
  const finishing = layoutStarted.promise.then(() => import('./accessibility/index.ts'));
  finishing.catch(() => {});
  let sideWork: Promise<void> | undefined;
  let sideRunning = false;
  let cleaning = false;
  try {
    await writeOut(async () => {
      await writeFile(join(staging.dir, `${base}.html`), composed.html);
      for (const asset of composed.assets) {
        const to = join(staging.dir, asset.to);
        await mkdir(dirname(to), { recursive: true });
        if ('from' in asset) await copyFile(asset.from, to);
        else await writeFile(to, asset.content);
      }
    });
    checkAborted(options.signal);
    if (!options.profile)
      sideWork = layoutStarted.promise.then(() => {
        if (cleaning) return;
        sideRunning = true;
        return writeOut(async () => {
          const { sideEditions } = await import('./editions.ts');
          for (const { name, content } of sideEditions({ manifest, texts, analysis, root })) await writeFile(join(staging.dir, name), content);
        }, 'editions');
      });
    sideWork?.catch(() => {});
    // Parts of the book whose layout and page numbers did not change are taken from here (render/part-cache.ts).
    const layoutCache = join(outDir, '.cache', options.profile ? `layout.${options.profile}` : 'layout');
    if (options.fresh) await rm(layoutCache, { recursive: true, force: true });
    const launched = launching ? await launching : undefined;
    if (launched) timings.launch = Math.round(launched.ms);
    // The pages opened ahead, for the first attempt in the browser they were opened in.
    const openPages = async (browser: Browser, attempt = 1) => {
      if (attempt !== 1) return {};
      const pages = launched && browser === launched.browser ? await launched.pages : undefined;
      if (pages) return { pages };
      const page = await ahead;
      return page && page.browser() === browser ? { pages: [page] } : {};
    };
    const browser = options.browser ?? launched?.browser;
    // One retry in a fresh browser if Chromium crashes or hangs; browsers launched here are closed or killed.
    const rendered = await renderWithRetry({
      ...(browser ? { browser } : {}),
      launch: () => time('launch', () => launchBrowser()),
      dir: staging.dir,
      htmlFile: `${base}.html`,
      ...(options.signal ? { signal: options.signal } : {}),
      onStart: () => progress({ stage: 'render', detail: 'laying out pages' }),
      onRetry: (e) => progress({ stage: 'render', detail: `retrying once: ${e.message}` }),
      renderer: async (input) => renderBook({ ...input, ...(options.lanes ? { lanes: options.lanes } : {}), ...(await openPages(input.browser, input.attempt)), cacheDir: layoutCache, ...(options.session && !options.profile ? { prints: options.session.prints } : {}), onLayout: layoutStarted.resolve, toolKey: `${input.browser.process()?.spawnfile ?? ''} ${await input.browser.version()} ${await toolHash()}` }),
    });
    release?.();
    // Every part may have come from the layout cache: then nothing was laid out.
    layoutStarted.resolve();
    timings.load = rendered.timings.load;
    timings.layout = rendered.timings.layout;
    timings.print = rendered.timings.print;
    timings.join = rendered.timings.join;
    progress({ stage: 'render', detail: `${rendered.pages} pages` });
    const { finishPdf } = await finishing;
    const pdfBytes = await time('accessibility', () =>
      finishPdf(rendered.doc, { title: manifest.title, ...(manifest.subtitle ? { subtitle: manifest.subtitle } : {}), language: manifest.language, continuations: rendered.continuations, creators: [...new Set([...(manifest.editor ? [manifest.editor] : []), ...manifest.texts.map((t) => t.author).filter(Boolean)])] }, undefined, rendered.prepared),
    );

    const warnings = [...placeholderWarnings(loaded), ...texts.flatMap((t) => toMessages(t.doc.file.messages, t.doc.changes)), ...analysisMessages(analysis, texts, loaded), ...pageWarnings(rendered.pageErrors, rendered.seal.refused, `${base}.html`),
      ...rendered.lost.map((b) => ({ file: `${base}.html`, reason: `Unexpected loss: the layout placed \`${b.text}\`${b.id ? ` (in #${b.id})` : ''} on no page`, rule: 'layout-lost-content', severity: 'warning' as const })),
    ];
    const repairs: Record<string, number> = {};
    for (const t of texts) for (const c of realRepairs(t.doc.changes)) repairs[c.rule] = (repairs[c.rule] ?? 0) + 1;
    const pdfName = `${base}.pdf`;
    const report: BuildReport = {
      title: manifest.title,
      pdf: pdfName,
      html: `${base}.html`,
      pages: rendered.pages,
      texts: texts.map(({ meta, doc, analysis: a }) => ({
        id: meta.id,
        title: meta.title,
        author: meta.author,
        source: meta.source,
        sha256: hashes[meta.id]!,
        kind: doc.kind,
        words: a.words,
        paragraphs: a.paragraphs,
        startPage: rendered.anchors[meta.id],
        repairs: realRepairs(doc.changes).length,
        warnings: toMessages(doc.file.messages, doc.changes).filter((m) => m.severity === 'warning').length,
      })),
      timings: {},
      warnings: warnings.filter((w) => w.severity === 'warning'),
      log: warnings.filter((w) => w.severity === 'info' && w.source === 'reader-analyze'),
      repairs,
      refusedRequests: rendered.seal.refused,
      lostBlocks: rendered.lost.length,
      layout: { lanes: new Set(rendered.parts.map((p) => p.lane)).size, parts: rendered.parts, ...(rendered.loadedAhead ? { loadedAhead: true as const } : {}) },
    };
    await writeOut(async () => {
      await writeFile(join(staging.dir, pdfName), pdfBytes);
      await writeFile(join(staging.dir, `${base}.anchors.json`), `${JSON.stringify(rendered.anchors)}\n`);
      await writeFile(join(staging.dir, `${base}.warnings.txt`), report.warnings.map((w) => `${formatMessage(w)}\n`).join(''));
      report.timings = { ...roundAll(timings), total: Math.round(performance.now() - started) };
      if (inputs) report.inputs = inputs;
      report.pdfSha256 = createHash('sha256').update(pdfBytes).digest('hex');
      await sideWork;
      await writeFile(join(staging.dir, options.profile ? `build.${options.profile}.json` : 'build.json'), `${JSON.stringify(report, null, 2)}\n`);
      checkAborted(options.signal);
      await lock.assertHeld();
      await commitOutputs(staging, outDir);
    });
    // The text cache as this build left it: a build that returned has written its caches.
    await cacheWritten();
    progress({ stage: 'write', detail: relative(process.cwd(), join(outDir, pdfName)) });
    return { report, pdfPath: join(outDir, pdfName), htmlPath: join(outDir, `${base}.html`), texts, analysis, anchors: rendered.anchors, loaded };
  } finally {
    // The side editions may still be writing into the staging folder (a failed or interrupted build): let them end first.
    cleaning = true;
    if (sideRunning) await sideWork?.catch(() => {});
    await discardStaging(staging);
  }
}

function checkAborted(signal?: AbortSignal): void {
  if (signal?.aborted) throw new ReaderError('Interrupted', 'Build interrupted', undefined, undefined, 130);
}

/** A message that logs a repair has a Change at its place; anything else needs an editor's eye. */
function repairKeys(changes: NormalizedText['changes']): Set<string> {
  // A change that changed nothing is a finding (a call with no note, a suspicious token): a warning.
  return new Set(changes.filter((c) => c.before !== c.after).map((c) => `${c.rule}:${c.line}:${c.column}`));
}

/** The changes that changed the text. */
const realRepairs = (changes: NormalizedText['changes']) => changes.filter((c) => c.before !== c.after);

function toMessages(messages: VFileMessage[], changes: NormalizedText['changes']): BuildMessage[] {
  const repairs = repairKeys(changes);
  const isWarning = (m: VFileMessage) => !repairs.has(`${m.ruleId}:${m.line}:${m.column}`);
  return messages.map((m) => ({
    file: m.file ?? '',
    ...(m.line ? { line: m.line } : {}),
    ...(m.column ? { column: m.column } : {}),
    ...(m.ruleId ? { rule: m.ruleId } : {}),
    ...(m.source ? { source: m.source } : {}),
    reason: m.reason,
    severity: isWarning(m) ? 'warning' : 'info',
  }));
}

/**
 * The analysis's log as build messages: a merge or a source left out at its place in the text's
 * source; an editor's setting at its line in reader.yaml, a warning when it changed nothing.
 */
function analysisMessages(analysis: ReaderAnalysis, texts: BuildResult['texts'], loaded: LoadedManifest): BuildMessage[] {
  const fileOf = new Map(texts.map((t) => [t.meta.id, t.doc.file.path ?? t.meta.source]));
  const manifestFile = relative(loaded.root, loaded.path) || loaded.path;
  return analysis.log.map((l) => {
    const at = l.setting ? loaded.locate(l.setting) : l.line !== undefined ? { line: l.line, column: l.column ?? 1 } : undefined;
    return {
      file: l.setting ? manifestFile : (fileOf.get(l.textId ?? '') ?? ''),
      ...(at ? { line: at.line, column: at.column } : {}),
      rule: l.ruleId,
      source: 'reader-analyze',
      reason: l.reason,
      severity: l.ruleId === 'name-setting-unused' ? ('warning' as const) : ('info' as const),
    };
  });
}

/** One warning per `TODO` that `reader init` left in reader.yaml, at its place there. */
function placeholderWarnings(loaded: LoadedManifest): BuildMessage[] {
  const file = relative(loaded.root, loaded.path) || loaded.path;
  return loaded.placeholders.map((p) => ({ file, ...(p.line ? { line: p.line, column: p.column } : {}), rule: 'unreviewed-guess', reason: placeholderReason(p), severity: 'warning' as const }));
}

function pageWarnings(errors: string[], refused: string[], file: string): BuildMessage[] {
  return [
    ...errors.map((reason) => ({ file, reason: `Unexpected error in the page: ${reason}`, rule: 'page-error', severity: 'warning' as const })),
    ...refused.map((url) => ({ file, reason: `Refused request to \`${url}\`: rendering is sealed`, rule: 'request-refused', severity: 'warning' as const })),
  ];
}

function roundAll(t: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(t).map(([k, v]) => [k, Math.round(v)]));
}

/** One line per message, `file:line:col: reason [rule]`, as the CLI prints them. */
export function formatMessage(m: BuildMessage): string {
  const pos = m.line ? `:${m.line}${m.column ? `:${m.column}` : ''}` : '';
  return `${m.file}${pos}: ${m.reason}${m.rule ? ` [${m.rule}]` : ''}`;
}
