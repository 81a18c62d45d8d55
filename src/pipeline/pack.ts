import { dirname, join, relative, resolve } from 'node:path';
import type { Browser } from 'puppeteer-core';
import { defaultStylesDir } from '../compose/index.ts';
import { defaultTemplatesDir } from '../compose/templates.ts';
import { OUTPUTS } from '../outputs/index.ts';
import type { PacksWritten } from '../outputs/packs.ts';
import type { LaidOut, Output, OutputRequest, PackRequest, Prepared } from '../outputs/types.ts';
import type { BuiltPack, PackProgress } from '../pack/index.ts';
import { launchBrowser } from '../render/index.ts';
import { build } from './build.ts';
import { outputRunner } from './output-runner.ts';
import { OutFolder } from './out-folder.ts';
import { prepare } from './prepare.ts';
import { readReaderRefs } from './reader-record.ts';
import { checkAborted } from './stage-timer.ts';
import { guardOf } from '../util/out-folder.ts';

export interface PackOptions extends Omit<PackRequest, 'onProgress'> {
  /** Path of `reader.yaml`. Default `reader.yaml`. */
  config?: string;
  /** Output folder for packs, relative to the manifest. Default `out/packs`. */
  out?: string;
  /** Folder of the full reader whose pages the packs cite. Default: the folder above `out`. */
  reader?: string;
  /** A browser to reuse; otherwise one is launched and closed. */
  browser?: Browser;
  /** The outputs to choose from. Default: every registered one (src/outputs/index.ts). */
  outputs?: readonly Output[];
  signal?: AbortSignal;
  onProgress?: (event: PackProgress) => void;
}

export interface PacksResult {
  packs: BuiltPack[];
  /** Topics that matched nothing: no PDF was written for them. */
  empty: string[];
  /** Why the full reader was rebuilt first, if it was. */
  rebuilt?: string;
  outDir: string;
  readerDir: string;
  timings: Record<string, number>;
  warnings: string[];
}

/**
 * `reader pack`: prepare the texts, take the full reader's page of every paragraph (its last
 * build's record, or a build of it first when that is stale), and write the packs asked for
 * into `out/packs/<topic-id>.pdf` and `.html`, atomically. All packs share one browser.
 */
export async function buildPacks(options: PackOptions): Promise<PacksResult> {
  const started = performance.now();
  const progress = options.onProgress ?? (() => {});
  const timings: Record<string, number> = {};
  const mark = (stage: string, since: number) => (timings[stage] = Math.round(performance.now() - since));
  const request: OutputRequest = {
    packs: {
      topics: options.topics,
      ...(options.all !== undefined ? { all: options.all } : {}),
      ...(options.context !== undefined ? { context: options.context } : {}),
      ...(options.concurrency !== undefined ? { concurrency: options.concurrency } : {}),
      ...(options.epub ? { epub: true } : {}),
      onProgress: progress,
    },
  };
  const chosen = (options.outputs ?? OUTPUTS).filter((o) => o.wanted(request));
  // Chromium starts while the texts are prepared; a typo in a topic closes it again at once.
  const launching = options.browser ? undefined : launchBrowser();
  launching?.catch(() => {});
  let browser: Browser | undefined;
  try {
    let t = performance.now();
    progress({ kind: 'prepare', detail: options.config ?? 'reader.yaml' });
    const { loaded, texts, analysis, hashes } = await prepare({
      config: options.config ?? 'reader.yaml',
      ...(options.signal ? { signal: options.signal } : {}),
    });
    const prepared: Prepared = { loaded, texts, analysis, hashes };
    // The manifest's `epub: true` asks for the packs' EPUBs too.
    if (loaded.manifest.epub) request.packs!.epub = true;
    mark('prepare', t);
    for (const o of chosen) await o.check?.(prepared, request);
    const { manifest, root } = loaded;
    const outDir = resolve(root, options.out ?? join('out', 'packs'));
    const readerDir = options.reader ? resolve(root, options.reader) : dirname(outDir);

    // The reader's laid-out facts: its last build's record, if it still describes these sources and layout.
    const layoutDirs = [
      defaultTemplatesDir,
      defaultStylesDir,
      ...[manifest.templates, manifest.styles].filter((d): d is string => Boolean(d)).map((d) => join(root, d)),
    ];
    const refs = await readReaderRefs(readerDir, texts, hashes, loaded.path, layoutDirs);
    browser = options.browser ?? (await launching!);
    let laidOut: LaidOut;
    if (refs.stale !== undefined) {
      t = performance.now();
      progress({
        kind: 'rebuild',
        detail: `${refs.stale}: building the full reader into ${relative(process.cwd(), readerDir) || '.'} first, for its page numbers`,
      });
      const built = await build({ config: options.config ?? 'reader.yaml', out: readerDir, browser, ...(options.signal ? { signal: options.signal } : {}) });
      laidOut = { base: 'reader', anchors: built.anchors, pages: built.report.pages };
      mark('rebuild', t);
    } else laidOut = { base: 'reader', anchors: refs.anchors, pages: refs.pages };

    // Two pack runs into one folder would interleave their outputs: one at a time, as for builds.
    const folder = new OutFolder(outDir, {
      guard: guardOf(loaded),
      onSwept: (names) =>
        progress({ kind: 'warning', detail: `removed what a killed run left in ${relative(process.cwd(), outDir) || '.'}: ${names.join(', ')}` }),
    });
    const shared = browser;
    const run = outputRunner(chosen, { request, files: folder, browser: async () => shared, ...(options.signal ? { signal: options.signal } : {}) });
    try {
      await run.stage('laid-out', { ...prepared, ...laidOut });
      if (run.results.packs?.files.length || (run.results.packs?.result as PacksWritten | undefined)?.packs.length) checkAborted(options.signal, 'Pack');
      await folder.commit();
    } finally {
      await folder.close();
    }
    const written = run.results.packs?.result as PacksWritten | undefined;
    timings.collect = written?.timings.collect ?? 0;
    if (written?.timings.render !== undefined) timings.render = written.timings.render;
    return {
      packs: written?.packs ?? [],
      empty: written?.empty ?? [],
      ...(refs.stale ? { rebuilt: refs.stale } : {}),
      outDir,
      readerDir,
      timings: { ...timings, total: Math.round(performance.now() - started) },
      warnings: written?.warnings ?? [],
    };
  } finally {
    if (!options.browser) {
      const b = browser ?? (await launching?.catch(() => undefined));
      await b?.close().catch(() => {});
    }
  }
}
