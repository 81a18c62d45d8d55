/**
 * Lay packs out and finish them: packs share documents (one per core, of about equal length);
 * each document pays Paged.js's and Chromium's set-up once for all its packs, and is split
 * into one tagged PDF per pack.
 */
import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser } from 'puppeteer-core';
import { finishPdf, splitTaggedPdf, type PageRange } from '../accessibility/index.ts';
import { claimWarning, confirmClaim } from '../conformance.ts';
import { ReaderError } from '../errors.ts';
import type { Manifest } from '../manifest/schema.ts';
import { launchBrowser } from '../render/index.ts';
import { renderWithRetry } from '../render/retry.ts';
import { laneCount } from '../util/lanes.ts';
import { shareOut } from '../util/share-out.ts';
import type { PackContent } from './collect.ts';
import { combinePacks, LOCAL_PAGE_NUMBERS, runId, runPrefix } from './combine.ts';
import { packDate, type PackTemplate } from './compose-pack.ts';
import { bookLanguage, bookWords } from '../compose/book-words.ts';
import { mapPool } from './pool.ts';

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
  /** `<topic>.epub`, when asked for. */
  epubPath?: string;
  content: PackContent;
  /** Milliseconds from compose to PDF for this pack. */
  ms: number;
  /** Where that time went: load, layout and print of the document the pack shared with others, then splitting off and finishing this pack's PDF. */
  timings: { load: number; layout: number; print: number; finish: number };
}

export interface LayOutPacksInput {
  contents: PackContent[];
  manifest: Manifest;
  template: PackTemplate;
  stylesheets: string[];
  /** Paragraphs of context either side of a match (printed in the pack). */
  context: number;
  /** Where the packs' HTML and PDFs are written (the run's staging folder). */
  dir: string;
  /** The output folder they are committed into, for the paths in the result. */
  outDir: string;
  browser: Browser;
  /** Packs laid out at once. Default: one per core. */
  concurrency?: number;
  signal?: AbortSignal;
  progress: (event: PackProgress) => void;
  /** Problems the pages reported, one line each. */
  warnings: string[];
  /** Also write `<topic>.epub`, with the pack PDF's pages (`reader pack --epub`). */
  epub?: { modified: Date; stylesheets: ReadonlyArray<{ name: string; content: string }> };
}

/** Every pack of `contents` as `<topic>.html` and `<topic>.pdf` in `dir`, in the order laid out. */
export async function layOutPacks(input: LayOutPacksInput): Promise<BuiltPack[]> {
  const { manifest, dir, browser, progress } = input;
  const date = packDate(manifest.date, bookLanguage(manifest));
  const reader = { ...manifest, pageSize: manifest.page_size };
  const concurrency = laneCount(input.concurrency);
  const groups = shareOut(input.contents, concurrency, (c) => weight(c) + PACK_FRAME);
  return (
    await mapPool(groups, groups.length, async (group, g) => {
      const began = performance.now();
      const documents: string[] = [];
      for (const content of group) {
        progress({
          kind: 'start',
          topic: content.topic.id,
          detail: `${content.passages} passages from ${content.texts.length} ${content.texts.length === 1 ? 'text' : 'texts'}`,
        });
        const html = input.template({ reader, content, stylesheets: input.stylesheets, date, context: input.context });
        await writeFile(join(dir, `${content.topic.id}.html`), html);
        documents.push(html);
      }
      // The combined document is a means of layout, not an output: it leaves staging before the commit.
      const htmlFile = `.packs-${g}.html`;
      await writeFile(join(dir, htmlFile), combinePacks(documents));
      const rendered = await renderWithRetry({
        browser,
        launch: launchBrowser,
        dir,
        htmlFile,
        afterLayout: async (page) => void (await page.evaluate(LOCAL_PAGE_NUMBERS)),
        ...(input.signal ? { signal: input.signal } : {}),
      });
      await rm(join(dir, htmlFile), { force: true });
      const names = group.map((c) => `${c.topic.id}.html`).join(', ');
      for (const e of rendered.pageErrors) input.warnings.push(`${names}: Unexpected error in the page: ${e}`);
      for (const u of rendered.seal.refused) input.warnings.push(`${names}: Refused request to \`${u}\`: rendering is sealed`);
      const ranges = packRanges(group.length, rendered.anchors, rendered.pages, rendered.blankPages);
      const splitting = performance.now();
      const parts = await splitTaggedPdf(rendered.pdf, ranges);
      const splitShare = (performance.now() - splitting) / group.length;
      const out: BuiltPack[] = [];
      for (const [k, content] of group.entries()) {
        const finishing = performance.now();
        const id = content.topic.id;
        const range = ranges[k]!;
        const pdf = await finishPdf(parts[k]!, {
          title: `${content.topic.title}: ${manifest.title}`,
          language: manifest.language,
          continuations: localContinuations(rendered.continuations, range),
          words: bookWords(bookLanguage(manifest)),
          creators: [...new Set([...(manifest.editor ? [manifest.editor] : []), ...content.texts.map((x) => x.author).filter(Boolean)])],
        });
        // As the reader's: the PDF/UA claim stands only if the checker passes the file.
        for (const r of (await confirmClaim(pdf, { sourceHtml: documents[k]! })).failed) input.warnings.push(`${id}.pdf: ${claimWarning(r)}`);
        const finish = splitShare + performance.now() - finishing;
        await writeFile(join(dir, `${id}.pdf`), pdf);
        const pages = range.to - range.from;
        if (input.epub) await writeFile(join(dir, `${id}.epub`), await packEpub(input, content, documents[k]!, rendered, range, k));
        const ms = Math.round(performance.now() - began);
        progress({ kind: 'done', topic: id, detail: `${pages} pages, ${(ms / 1000).toFixed(1)} s` });
        out.push({
          topicId: id,
          pdfPath: join(input.outDir, `${id}.pdf`),
          htmlPath: join(input.outDir, `${id}.html`),
          ...(input.epub ? { epubPath: join(input.outDir, `${id}.epub`) } : {}),
          pages,
          content,
          ms,
          timings: {
            load: Math.round(rendered.timings.load),
            layout: Math.round(rendered.timings.layout),
            print: Math.round(rendered.timings.print),
            finish: Math.round(finish),
          },
        });
      }
      return out;
    })
  ).flat();
}

/** A pack's EPUB: its HTML, with the pages of its own PDF (the combined layout's, counted from the pack's first page). */
async function packEpub(
  input: LayOutPacksInput,
  content: PackContent,
  html: string,
  rendered: { anchors: Record<string, number>; continuations: Record<number, string[]>; blankPages: number[] },
  range: PageRange,
  k: number,
): Promise<Uint8Array> {
  const { writePackEpub } = await import('../epub/pack.ts');
  const prefix = runPrefix(k);
  const anchors: Record<string, number> = {};
  for (const [id, page] of Object.entries(rendered.anchors))
    if (id.startsWith(prefix) && page > range.from && page <= range.to) anchors[id.slice(prefix.length)] = page - range.from;
  const result = writePackEpub({
    manifest: input.manifest,
    html,
    topic: { id: content.topic.id, title: content.topic.title },
    authors: [...new Set(content.texts.map((t) => t.author).filter((a): a is string => Boolean(a)))],
    anchors,
    pages: range.to - range.from,
    continuations: localContinuations(rendered.continuations, range),
    blankPages: rendered.blankPages.filter((p) => p > range.from && p <= range.to).map((p) => p - range.from),
    pdfName: `${content.topic.id}.pdf`,
    modified: input.epub!.modified,
    stylesheets: input.epub!.stylesheets,
  });
  return result.bytes;
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
    if (start === undefined)
      throw new ReaderError(
        'PackLayout',
        `Pack ${k + 1} of a combined layout reached no page`,
        'Run the pack again; if it repeats, pack its topic on its own.',
      );
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
