import { createHash } from 'node:crypto';
import { rm } from 'node:fs/promises';
import { basename, dirname, join, relative, resolve } from 'node:path';
import type { Browser, Page } from 'puppeteer-core';
import type { ReaderAnalysis } from '../analyze/types.ts';
import { inputsHash, toolHash } from '../cache/inputs-hash.ts';
import { bookLanguage, bookWords } from '../compose/book-words.ts';
import { compose } from '../compose/index.ts';
import { ReaderError } from '../errors.ts';
import { loadManifest, type LoadedManifest } from '../manifest/load.ts';
import { OUTPUTS } from '../outputs/index.ts';
import { withManifestOutputs, type Finished, type LaidOut, type Output, type OutputRequest, type Prepared } from '../outputs/types.ts';
import { renderBook } from '../render/book.ts';
import { launchBrowser } from '../render/index.ts';
import { closeBrowser, renderWithRetry } from '../render/retry.ts';
import { placeLayoutError } from '../render/watchdog.ts';
import { loadAhead } from '../render/open-page.ts';
import type { PreparedText } from '../types.ts';
import { deferred } from '../util/deferred.ts';
import { laneCount } from '../util/lanes.ts';
import { claimName, guardOf } from '../util/out-folder.ts';
import type { ClaimOutcome } from './claim-after-write.ts';
import { OutFolder } from './out-folder.ts';
import { buildRequest, outputRunner } from './output-runner.ts';
import { prepare } from './prepare.ts';
import { analysisMessages, layoutWarnings, placeholderWarnings, realRepairs, toMessages, warningsText, type BuildReport } from './report.ts';
import type { BuildSession, ProgressEvent } from './session.ts';
import { checkAborted, roundAll, stageTimer } from './stage-timer.ts';

export interface BuildOptions {
  /** Path of `reader.yaml`. Default `reader.yaml`. */
  config?: string;
  /** Output folder. Default `out` next to the manifest. */
  out?: string;
  /** `large-print` for the large-print edition. Default: the reader. */
  profile?: string;
  /** An imposed copy of the PDF beside it (`reader-booklet.pdf`, `reader-2up.pdf`). */
  impose?: OutputRequest['impose'];
  /** `crop`: a copy with crop marks and bleed beside it (`reader-crop.pdf`). */
  marks?: OutputRequest['marks'];
  /** Outputs switched on by id (their own `reader build` option), e.g. `['epub']`. */
  also?: readonly string[];
  /** The outputs to choose from. Default: every registered one (src/outputs/index.ts). */
  outputs?: readonly Output[];
  /** A browser to reuse (benchmarks, packs, watch); otherwise one is launched and closed. */
  browser?: Browser;
  signal?: AbortSignal;
  onProgress?: (event: ProgressEvent) => void;
  /** The inputs fingerprint, when the caller already took it (the up-to-date check). */
  inputs?: string;
  /** Parts of the book laid out at once (renderer processes). Default: one per core. */
  lanes?: number;
  /** Lay out every part again: the layout cache (`out/.cache/layout`) is emptied first. */
  fresh?: boolean;
  /** What one process keeps between its builds (`reader build --watch`): see createBuildSession. */
  session?: BuildSession;
  /**
   * Write the PDF without its PDF/UA claim and check it after (`result.claimLater`), off the
   * path from an edit to the new PDF (`reader build --watch`): see claim-after-write.ts.
   */
  checkAfterWrite?: boolean;
  /** The manifest, loaded already: quick mode's, made from the files alone (then `config` is unused). */
  loaded?: LoadedManifest;
}

export interface BuildResult {
  report: BuildReport;
  pdfPath: string;
  htmlPath: string;
  texts: PreparedText[];
  analysis: ReaderAnalysis;
  anchors: Record<string, number>;
  loaded: LoadedManifest;
  /** What each output wrote (paths in the output folder) and returned, by output id. */
  outputs: Record<string, { files: string[]; result: unknown }>;
  /** With `checkAfterWrite`: check the written PDF and put its claim in if it passes. */
  claimLater?: (signal: AbortSignal) => Promise<ClaimOutcome>;
}

type Launching = Promise<{ browser: Browser; ms: number; pages: Promise<Page[] | undefined> }>;

/**
 * Build the reader: prepare (manifest -> ingest -> normalize -> analyze), lay out (compose ->
 * render), finish (the tagged PDF), and write every output the request wants, each at the
 * first stage whose facts it needs, through one locked, staged output folder.
 */
export async function build(options: BuildOptions = {}): Promise<BuildResult> {
  if (options.browser) return buildWith(options);
  // Chromium starts while the texts are prepared (about 0.5 s saved), once the manifest and the
  // first text have been read: a bad manifest or source never starts it (it cost a failing
  // build 1.5 s of CPU and 650 MB). The browser is ours, so it is closed (or killed) whatever happens.
  // The lanes' pages open while the texts are prepared too (about 0.1 s off a cold build).
  const lanes = laneCount(options.lanes);
  let launching: Launching | undefined;
  const launch = (): Launching => {
    if (launching) return launching;
    // timings.launch is the launch itself, from when it starts (no longer the build's start).
    const began = performance.now();
    launching = launchBrowser().then((browser) => {
      const pages = Promise.all(Array.from({ length: lanes }, () => browser.newPage())).catch(() => undefined);
      return { browser, ms: performance.now() - began, pages };
    });
    launching.catch(() => {});
    return launching;
  };
  let closing: Promise<void> | undefined;
  // Called once the PDF is printed: Chromium shuts down while the PDF is finished.
  const release = () => {
    // After the pages opened ahead are open: puppeteer waits 30 s for a page whose browser closed as it opened.
    closing ??= (launching ?? Promise.resolve(undefined))
      .then(async (launched) => {
        if (!launched) return;
        await launched.pages;
        await closeBrowser(launched.browser);
      })
      .catch(() => {});
  };
  try {
    return await buildWith(options, launch, release);
  } finally {
    release();
    await closing;
  }
}

async function buildWith(options: BuildOptions, launch?: () => Launching, release?: () => void): Promise<BuildResult> {
  const started = performance.now();
  // Under --watch, the first page of this build may be open already, the book's shell in it.
  const ahead = options.session?.ahead;
  if (options.session) options.session.ahead = undefined;
  try {
    const result = await buildAndWrite(options, started, ahead, launch, release);
    // Opened while Node waits for the next change: the next build's first page, its shell loaded.
    if (options.session && options.browser)
      options.session.ahead = loadAhead(options.browser, { dir: dirname(result.pdfPath), htmlFile: basename(result.htmlPath) });
    return result;
  } finally {
    // A page the build did not use (it failed before it rendered); a used one is closed already.
    void ahead?.then((page) => page?.close()).catch(() => {});
  }
}

async function buildAndWrite(
  options: BuildOptions,
  started: number,
  ahead: Promise<Page | undefined> | undefined,
  launch?: () => Launching,
  release?: () => void,
): Promise<BuildResult> {
  const progress = options.onProgress ?? (() => {});
  const outputs = options.outputs ?? OUTPUTS;
  const asked = buildRequest(options);
  const bookOutput = outputs.filter((o) => o.wanted(asked)).find((o) => o.book);
  if (!bookOutput?.book)
    throw new ReaderError('NoEdition', `No output lays out the ${asked.edition} edition`, 'Register a paged edition in src/outputs/index.ts.');
  const book = bookOutput.book;
  // Taken before anything is read: a source edited during the build makes the next one rebuild.
  const inputs = options.inputs ?? (options.loaded ? undefined : await inputsHash(options.config ?? 'reader.yaml', book.profile).catch(() => undefined));
  progress({ stage: 'manifest', detail: options.loaded ? 'guessed from the files' : (options.config ?? 'reader.yaml') });
  const manifestStarted = performance.now();
  const first = options.loaded ?? (await loadManifest(options.config ?? 'reader.yaml'));
  const manifestMs = performance.now() - manifestStarted;
  // The manifest may switch outputs on too (`epub: true`).
  const request = withManifestOutputs(asked, first.manifest, outputs);
  const chosen = outputs.filter((o) => o.wanted(request));
  const outDir = resolve(first.root, options.out ?? 'out');
  // out/.lock, taken before anything is written there (the text cache included): the folder is
  // checked to be the tool's and clear of the project's inputs, and a second build into it
  // refuses instead of interleaving its files.
  const folder = new OutFolder(outDir, {
    guard: guardOf(first),
    onSwept: (names) =>
      progress({ stage: 'write', detail: `removed what a killed build left in ${relative(process.cwd(), outDir) || '.'}: ${names.join(', ')}` }),
  });
  // A browser for an output that lays out pages of its own: the caller's, or one launched for it.
  let spare: Promise<Browser> | undefined;
  try {
    await folder.lock();
    // The caches' folder (out/.cache) is the tool's to write and prune.
    await claimName(outDir, '.cache');
    const outputBrowser = () => (options.browser ? Promise.resolve(options.browser) : (spare ??= launchBrowser()));
    const run = outputRunner(chosen, { request, files: folder, browser: outputBrowser, ...(options.signal ? { signal: options.signal } : {}) });
    return await buildLocked(options, { started, ahead, launch, release, first, manifestMs, folder, run, bookOutput, inputs });
  } finally {
    await folder.close();
    const own = await spare?.catch(() => undefined);
    if (own) await closeBrowser(own);
  }
}

interface Locked {
  started: number;
  ahead: Promise<Page | undefined> | undefined;
  /** Starts the browser launched for this build (once; later calls return the same launch). */
  launch: (() => Launching) | undefined;
  release: (() => void) | undefined;
  first: LoadedManifest;
  manifestMs: number;
  folder: OutFolder;
  run: ReturnType<typeof outputRunner>;
  bookOutput: Output;
  inputs: string | undefined;
}

/** The build, holding its output folder. */
async function buildLocked(
  options: BuildOptions,
  { started, ahead, launch, release, first, manifestMs, folder, run, bookOutput, inputs }: Locked,
): Promise<BuildResult> {
  const progress = options.onProgress ?? (() => {});
  const book = bookOutput.book!;
  const { outDir } = folder;
  // The browser starts once a text has been read and is being normalized (or all came from the cache).
  const onProgress = (e: ProgressEvent) => {
    if (e.stage === 'normalize' || e.stage === 'analyze') void launch?.();
    options.onProgress?.(e);
  };
  const { loaded, texts, analysis, timings, hashes, cacheWritten } = await prepare({ ...options, onProgress, textCache: true, loaded: first });
  void launch?.();
  timings.manifest = (timings.manifest ?? 0) + manifestMs;
  const prepared: Prepared = { loaded, texts, analysis, hashes };
  for (const o of run.chosen) await o.check?.(prepared, run.request);
  const { manifest, root } = loaded;
  const time = stageTimer(timings);

  progress({ stage: 'compose' });
  const composed = await time('compose', () => compose({ manifest, texts, analysis, root, ...(book.profile ? { profile: book.profile } : {}) }));
  const { base } = book;
  await folder.open();
  // The outputs that need only the prepared texts are made while Chromium lays out pages (Node
  // is idle then), and the code that finishes the PDF (pdf-lib, linkedom) is loaded then, not at start-up.
  const layoutStarted = deferred();
  const finishing = layoutStarted.promise.then(async () => {
    return { ...(await import('../accessibility/index.ts')), ...(await import('../conformance.ts')) };
  });
  finishing.catch(() => {});
  // The check's side of its word-by-word comparison (the source's words) is made then too.
  const checkSource = layoutStarted.promise.then(async () => (await import('../check/index.ts')).prepareSource(composed.html));
  checkSource.catch(() => {});
  let sideWork: Promise<void> | undefined;
  let laidOutWork: Promise<unknown> | undefined;
  // A failed or interrupted build removes its staging folder: outputs still writing there end first.
  let sideRunning = false;
  let cleaning = false;
  try {
    await time('write', async () => {
      await folder.write(`${base}.html`, composed.html);
      await folder.assets(composed.assets);
    });
    checkAborted(options.signal);
    if (run.has('prepared'))
      sideWork = layoutStarted.promise.then(() => {
        if (cleaning) return;
        sideRunning = true;
        return time('editions', () => run.stage('prepared', prepared));
      });
    sideWork?.catch(() => {});
    // Parts of the book whose layout and page numbers did not change are taken from here (render/part-cache.ts).
    const layoutCache = join(outDir, '.cache', book.profile ? `layout.${book.profile}` : 'layout');
    if (options.fresh) await rm(layoutCache, { recursive: true, force: true });
    const launched = launch ? await launch() : undefined;
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
      dir: folder.dir,
      htmlFile: `${base}.html`,
      ...(options.signal ? { signal: options.signal } : {}),
      onStart: () => progress({ stage: 'render', detail: 'laying out pages' }),
      onRetry: (e) => progress({ stage: 'render', detail: `retrying once: ${e.message}` }),
      renderer: async (input) =>
        renderBook({
          ...input,
          ...(options.lanes ? { lanes: options.lanes } : {}),
          ...(await openPages(input.browser, input.attempt)),
          cacheDir: layoutCache,
          ...(options.session && !book.profile ? { prints: options.session.prints } : {}),
          onLayout: layoutStarted.resolve,
          toolKey: `${input.browser.process()?.spawnfile ?? ''} ${await input.browser.version()} ${await toolHash()}`,
        }),
    }).catch((e: unknown) => {
      throw placeLayoutError(e, manifest.texts);
    });
    release?.();
    // Every part may have come from the layout cache: then nothing was laid out.
    layoutStarted.resolve();
    timings.load = rendered.timings.load;
    timings.layout = rendered.timings.layout;
    timings.print = rendered.timings.print;
    timings.join = rendered.timings.join;
    progress({ stage: 'render', detail: `${rendered.pages} pages` });
    const laidOut: Prepared & LaidOut = {
      ...prepared,
      base,
      composed,
      anchors: rendered.anchors,
      pages: rendered.pages,
      continuations: rendered.continuations,
      blankPages: rendered.blankPages,
    };
    // Written while the PDF is finished.
    laidOutWork = run.has('laid-out') ? time('outputs', () => run.stage('laid-out', laidOut)) : undefined;
    laidOutWork?.catch(() => {});
    const { finishPdf, confirmClaim, claimMessages, withdrawPdfUaClaim } = await finishing;
    const pdfBytes = await time('accessibility', () =>
      finishPdf(
        rendered.doc,
        {
          title: manifest.title,
          ...(manifest.subtitle ? { subtitle: manifest.subtitle } : {}),
          language: manifest.language,
          continuations: rendered.continuations,
          words: bookWords(bookLanguage(manifest)),
          creators: [...new Set([...(manifest.editor ? [manifest.editor] : []), ...manifest.texts.map((t) => t.author).filter(Boolean)])],
        },
        undefined,
        rendered.prepared,
      ),
    );
    // The checker reads the saved file its own way; the PDF/UA claim stands only if it passes.
    // Checked after the write instead, the PDF is written without the claim.
    const claimed = options.checkAfterWrite ? pdfBytes.slice() : undefined;
    if (claimed) withdrawPdfUaClaim(pdfBytes);
    const conformance = claimed ? { failed: [] } : await time('check', async () => confirmClaim(pdfBytes, { source: await checkSource }));
    await laidOutWork;
    const finished: Finished = { base, pdf: pdfBytes };
    if (run.has('finished', true)) await time('impose', () => run.stage('finished', finished, true));

    const warnings = [
      ...placeholderWarnings(loaded),
      ...texts.flatMap((t) => toMessages(t.doc.file.messages, t.doc.changes)),
      ...analysisMessages(analysis, texts, loaded),
      ...layoutWarnings(rendered, `${base}.html`),
      ...claimMessages(conformance.failed, `${base}.pdf`),
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
      layout: {
        lanes: new Set(rendered.parts.map((p) => p.lane)).size,
        parts: rendered.parts,
        ...(rendered.loadedAhead ? { loadedAhead: true as const } : {}),
      },
    };
    await time('write', async () => {
      await run.book(bookOutput, finished);
      await folder.write(`${base}.anchors.json`, `${JSON.stringify(rendered.anchors)}\n`);
      await folder.write(`${base}.warnings.txt`, warningsText(report.warnings));
      report.timings = { ...roundAll(timings), total: Math.round(performance.now() - started) };
      if (inputs) report.inputs = inputs;
      report.pdfSha256 = createHash('sha256').update(pdfBytes).digest('hex');
      await sideWork;
      report.outputs = Object.fromEntries(Object.entries(run.results).map(([id, r]) => [id, r.files.map((f) => relative(outDir, f))]));
      await folder.write(book.report, `${JSON.stringify(report, null, 2)}\n`);
      checkAborted(options.signal);
      await folder.commit();
    });
    // The text cache as this build left it: a build that returned has written its caches.
    await cacheWritten();
    progress({ stage: 'write', detail: relative(process.cwd(), join(outDir, pdfName)) });
    for (const path of run.extraFiles('finished')) progress({ stage: 'impose', detail: relative(process.cwd(), path) });
    // An output switched on by its own option says where it went, as the PDF does.
    for (const o of run.chosen)
      if (o.option) for (const path of run.results[o.id]?.files ?? []) progress({ stage: 'write', text: o.id, detail: relative(process.cwd(), path) });
    return {
      report,
      pdfPath: join(outDir, pdfName),
      htmlPath: join(outDir, `${base}.html`),
      texts,
      analysis,
      anchors: rendered.anchors,
      loaded,
      outputs: run.results,
      ...(claimed
        ? {
            // Loaded only when called: the check's code is not part of a build's start-up.
            claimLater: async (signal: AbortSignal) =>
              (await import('./claim-after-write.ts')).claimAfterWrite(
                {
                  outDir,
                  guard: guardOf(loaded),
                  claimed,
                  sourceHtml: composed.html,
                  report,
                  files: { pdf: pdfName, report: book.report, warnings: `${base}.warnings.txt` },
                },
                signal,
              ),
          }
        : {}),
    };
  } finally {
    cleaning = true;
    if (sideRunning) await sideWork?.catch(() => {});
    await laidOutWork?.catch(() => {});
  }
}
