/**
 * Per-topic excerpt packs (`reader pack`): for each topic, a short PDF with the passages of
 * every text that take it up, in context, with their notes, page references into the full
 * reader, the topic's questions and a page for notes. All packs share one browser.
 */
import { copyFile, mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import type { Browser } from 'puppeteer-core';
import { compileTopics } from '../analyze/index.ts';
import { build, prepare } from '../build.ts';
import { ReaderError } from '../errors.ts';
import { finishPdf } from '../accessibility/index.ts';
import { splitTaggedPdf, type PageRange } from '../accessibility/split.ts';
import { defaultStylesDir } from '../compose/index.ts';
import { defaultTemplatesDir } from '../compose/templates.ts';
import { launchBrowser, renderWithRetry } from '../render/index.ts';
import { acquireOutLock } from '../util/out-lock.ts';
import { commitOutputs, discardStaging, prepareStaging } from '../util/atomic-out.ts';
import { guardOf, isOurs } from '../util/out-folder.ts';
import { collectPack, type PackContent } from './collect.ts';
import { loadPackTemplate, packAssets, packDate } from './compose-pack.ts';
import { combinePacks, LOCAL_PAGE_NUMBERS, runId } from './combine.ts';
import { laneCount } from '../util/lanes.ts';
import { shareOut } from '../util/share-out.ts';
import { mapPool } from './pool.ts';
import { readReaderRefs } from './reader-refs.ts';
import { resolveTopics } from './resolve-topics.ts';

export { collectPack, type PackContent, type PackExcerpt, type PackText, type PreparedText } from './collect.ts';
export { excerptRanges, withGaps, type ParagraphRange, type ExcerptItem } from './excerpts.ts';
export { resolveTopics, slugify } from './resolve-topics.ts';

export interface PackOptions {
  /** Topic ids (or titles) to pack. */
  topics: readonly string[];
  /** Pack every topic of the manifest. */
  all?: boolean;
  /** Paragraphs of context either side of a match. Default 1. */
  context?: number;
  /** Path of `reader.yaml`. Default `reader.yaml`. */
  config?: string;
  /** Output folder for packs, relative to the manifest. Default `out/packs`. */
  out?: string;
  /** Folder of the full reader whose pages the packs cite. Default: the folder above `out`. */
  reader?: string;
  /** Packs laid out at once. Default `os.availableParallelism()`. */
  concurrency?: number;
  /** A browser to reuse; otherwise one is launched and closed. */
  browser?: Browser;
  signal?: AbortSignal;
  onProgress?: (event: PackProgress) => void;
}

export interface PackProgress {
  kind: 'prepare' | 'rebuild' | 'start' | 'done' | 'empty' | 'warning';
  topic?: string;
  detail: string;
}

export interface BuiltPack {
  topicId: string;
  pdfPath: string;
  htmlPath: string;
  pages: number;
  content: PackContent;
  /** Milliseconds from compose to PDF for this pack. */
  ms: number;
  /** Where that time went: load, layout and print of the document the pack shared with others, then splitting off and finishing this pack's PDF. */
  timings: { load: number; layout: number; print: number; finish: number };
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

/** Build the packs asked for into `out/packs/<topic-id>.pdf` and `.html`, atomically. */
export async function buildPacks(options: PackOptions): Promise<PacksResult> {
  const started = performance.now();
  const progress = options.onProgress ?? (() => {});
  const timings: Record<string, number> = {};
  const mark = (stage: string, since: number) => (timings[stage] = Math.round(performance.now() - since));
  // Chromium starts while the texts are prepared; a typo in a topic closes it again at once.
  const launching = options.browser ? undefined : launchBrowser();
  launching?.catch(() => {});
  let browser: Browser | undefined;
  try {
    let t = performance.now();
    progress({ kind: 'prepare', detail: options.config ?? 'reader.yaml' });
    const prepared = await prepare({ config: options.config ?? 'reader.yaml', ...(options.signal ? { signal: options.signal } : {}) });
    mark('prepare', t);
    const { loaded } = prepared;
    const { manifest, root } = loaded;
    const topicsPlace = { file: relative(process.cwd(), loaded.path) || loaded.path, ...(loaded.locate(['topics']) ?? {}) };
    const topics = resolveTopics(options.topics, compileTopics(manifest.topics), options.all ?? false, topicsPlace);
    const context = options.context ?? 1;
    const outDir = resolve(root, options.out ?? join('out', 'packs'));
    const readerDir = options.reader ? resolve(root, options.reader) : dirname(outDir);

    const layoutDirs = [defaultTemplatesDir, defaultStylesDir, ...[manifest.templates, manifest.styles].filter((d): d is string => Boolean(d)).map((d) => join(root, d))];
    const refs = await readReaderRefs(readerDir, prepared.texts, prepared.hashes, loaded.path, layoutDirs);
    let anchors = refs.anchors;
    browser = options.browser ?? (await launching!);
    if (refs.stale !== undefined) {
      t = performance.now();
      progress({ kind: 'rebuild', detail: `${refs.stale}: building the full reader into ${relative(process.cwd(), readerDir) || '.'} first, for its page numbers` });
      const built = await build({ config: options.config ?? 'reader.yaml', out: readerDir, browser, ...(options.signal ? { signal: options.signal } : {}) });
      anchors = built.anchors;
      mark('rebuild', t);
    }

    t = performance.now();
    const contents: PackContent[] = [];
    const empty: string[] = [];
    for (const topic of topics) {
      const content = collectPack(topic, prepared.texts, anchors!, { context, language: manifest.language, names: prepared.analysis.names });
      if (content.hits === 0) {
        empty.push(topic.id);
        progress({ kind: 'empty', topic: topic.id, detail: `no paragraph of any text matches ${topic.terms.map((x) => `“${x}”`).join(', ')}${topic.minScore > 1 ? ` (min_score ${topic.minScore})` : ''}; no pack written` });
        // An old pack for this topic would now be wrong: remove it rather than leave it lying.
        // Only a pack this tool wrote: a user's file of that name stays.
        for (const name of [`${topic.id}.pdf`, `${topic.id}.html`]) if (await isOurs(outDir, name)) await rm(join(outDir, name), { force: true });
      } else contents.push(content);
    }
    mark('collect', t);
    const warnings: string[] = [];
    if (contents.length === 0) return { packs: [], empty, ...(refs.stale ? { rebuilt: refs.stale } : {}), outDir, readerDir, timings: { ...timings, total: Math.round(performance.now() - started) }, warnings };

    const template = await loadPackTemplate(manifest.templates ? join(root, manifest.templates) : undefined);
    const { assets, stylesheets } = await packAssets(manifest.styles ? join(root, manifest.styles) : undefined);
    // Two pack runs into one folder would interleave their outputs: one at a time, as for builds.
    const lock = await acquireOutLock(outDir, guardOf(loaded));
    if (lock.swept.length > 0) progress({ kind: 'warning', detail: `removed what a killed run left in ${relative(process.cwd(), outDir) || '.'}: ${lock.swept.join(', ')}` });
    const staging = await prepareStaging(outDir).catch(async (e: unknown) => {
      await lock.release();
      throw e;
    });
    try {
      for (const asset of assets) {
        const to = join(staging.dir, asset.to);
        await mkdir(dirname(to), { recursive: true });
        if ('from' in asset) await copyFile(asset.from, to);
        else await writeFile(to, asset.content);
      }
      const date = packDate(manifest.date);
      const reader = { ...manifest, pageSize: manifest.page_size };
      // Packs share documents (one per core, of about equal length): each document pays Paged.js's
      // and Chromium's set-up once for all its packs, and is split into one tagged PDF per pack.
      const concurrency = laneCount(options.concurrency);
      const groups = shareOut(contents, concurrency, (c) => weight(c) + PACK_FRAME);
      t = performance.now();
      const built = (
        await mapPool(groups, groups.length, async (group, g) => {
          const began = performance.now();
          const documents: string[] = [];
          for (const content of group) {
            progress({ kind: 'start', topic: content.topic.id, detail: `${content.passages} passages from ${content.texts.length} ${content.texts.length === 1 ? 'text' : 'texts'}` });
            const html = template({ reader, content, stylesheets, date, context });
            await writeFile(join(staging.dir, `${content.topic.id}.html`), html);
            documents.push(html);
          }
          // The combined document is a means of layout, not an output: it leaves staging before the commit.
          const htmlFile = `.packs-${g}.html`;
          await writeFile(join(staging.dir, htmlFile), combinePacks(documents));
          const rendered = await renderWithRetry({
            browser: browser!,
            launch: launchBrowser,
            dir: staging.dir,
            htmlFile,
            afterLayout: async (page) => void (await page.evaluate(LOCAL_PAGE_NUMBERS)),
            ...(options.signal ? { signal: options.signal } : {}),
          });
          await rm(join(staging.dir, htmlFile), { force: true });
          const names = group.map((c) => `${c.topic.id}.html`).join(', ');
          for (const e of rendered.pageErrors) warnings.push(`${names}: Unexpected error in the page: ${e}`);
          for (const u of rendered.seal.refused) warnings.push(`${names}: Refused request to \`${u}\`: rendering is sealed`);
          const ranges = packRanges(group.length, rendered.anchors, rendered.pages, rendered.blankPages);
          const splitting = performance.now();
          const parts = await splitTaggedPdf(rendered.pdf, ranges);
          const splitShare = (performance.now() - splitting) / group.length;
          const out: BuiltPack[] = [];
          for (const [k, content] of group.entries()) {
            const finishing = performance.now();
            const id = content.topic.id;
            const range = ranges[k]!;
            const pdf = await finishPdf(parts[k]!, { title: `${content.topic.title}: ${manifest.title}`, language: manifest.language, continuations: localContinuations(rendered.continuations, range), creators: [...new Set([...(manifest.editor ? [manifest.editor] : []), ...content.texts.map((x) => x.author).filter(Boolean)])] });
            const finish = splitShare + performance.now() - finishing;
            await writeFile(join(staging.dir, `${id}.pdf`), pdf);
            const pages = range.to - range.from;
            const ms = Math.round(performance.now() - began);
            progress({ kind: 'done', topic: id, detail: `${pages} pages, ${(ms / 1000).toFixed(1)} s` });
            out.push({ topicId: id, pdfPath: join(outDir, `${id}.pdf`), htmlPath: join(outDir, `${id}.html`), pages, content, ms, timings: { load: Math.round(rendered.timings.load), layout: Math.round(rendered.timings.layout), print: Math.round(rendered.timings.print), finish: Math.round(finish) } });
          }
          return out;
        })
      ).flat();
      mark('render', t);
      if (options.signal?.aborted) throw new ReaderError('Interrupted', 'Pack interrupted', undefined, undefined, 130);
      await lock.assertHeld();
      await commitOutputs(staging, outDir);
      // Report in the order asked, not the order laid out.
      const packs = contents.map((c) => built.find((b) => b.topicId === c.topic.id)!);
      return { packs, empty, ...(refs.stale ? { rebuilt: refs.stale } : {}), outDir, readerDir, timings: { ...timings, total: Math.round(performance.now() - started) }, warnings };
    } finally {
      await discardStaging(staging);
      await lock.release();
    }
  } finally {
    if (!options.browser) {
      const b = browser ?? (await launching?.catch(() => undefined));
      await b?.close().catch(() => {});
    }
  }
}

/** Pages every pack has besides its excerpts (title, questions, notes page), in paragraphs' worth. */
const PACK_FRAME = 8;

/**
 * The pages (0-based, end exclusive) of each pack in a combined document: from its run's first
 * page to the next run's, without the blank page Paged.js adds to start the next on the right.
 */
function packRanges(count: number, anchors: Record<string, number>, total: number, blankPages: number[]): PageRange[] {
  const blank = new Set(blankPages);
  const starts = Array.from({ length: count }, (_, k) => anchors[runId(k)]);
  return starts.map((start, k) => {
    if (start === undefined) throw new ReaderError('PackLayout', `Pack ${k + 1} of a combined layout reached no page`, 'Run the pack again; if it repeats, pack its topic on its own.');
    let end = (k + 1 < count ? starts[k + 1]! : total + 1) - 1;
    while (end > start && blank.has(end)) end--;
    return { from: start - 1, to: end };
  });
}

/** Paged.js's continued blocks, per page of the pack instead of the combined document. */
function localContinuations(all: Record<number, string[]>, range: PageRange): Record<number, string[]> {
  const out: Record<number, string[]> = {};
  for (const [page, words] of Object.entries(all)) {
    const p = Number(page);
    if (p > range.from && p <= range.to) out[p - range.from] = words;
  }
  return out;
}

/** Rough layout cost of a pack: the paragraphs it prints. */
function weight(c: PackContent): number {
  let n = 0;
  for (const t of c.texts) for (const item of t.items) if (item.excerpt) n += item.excerpt.to - item.excerpt.from + 1;
  return n;
}
