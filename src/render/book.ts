import { join } from 'node:path';
import type { PDFDocument } from 'pdf-lib';
import type { Page } from 'puppeteer-core';
import type { Piece, PreparedPages, TaggedSource } from '../accessibility/index.ts';
import { cacheKey } from '../cache/cache-key.ts';
import { filesHash } from '../cache/inputs-hash.ts';
import { ReaderError } from '../errors.ts';
import { deferred } from '../util/deferred.ts';
import { laneCount } from '../util/lanes.ts';
import { shareOut } from '../util/share-out.ts';
import {
  call,
  KEEP_PARTS,
  NUMBER_PARTS,
  PART_FACTS,
  placeholderFor,
  SURVEY_PARTS,
  type BookSurvey,
  type PartFacts,
  type PartLinks,
  type PartSurvey,
} from './book-parts.ts';
import { render, type RenderInput, type RenderOutput } from './index.ts';
import { PAGE_REF_SELECTOR, SHOW_BODY } from './paged-hooks.ts';
import { PartCache, printKey, type CachedPart, type PrintMemory } from './part-cache.ts';
import { pdfCode } from './pdf-code.ts';
import { BOOK_ORIGIN } from './seal.ts';

export interface BookInput extends Omit<RenderInput, 'beforeLayout' | 'afterLayout'> {
  /** Pages laid out at once, each in a renderer of its own. Default: one per core. */
  lanes?: number;
  /** Folder of the layout cache: parts whose layout and page numbers are unchanged are not laid out again. */
  cacheDir?: string;
  /** Changes to the tool that the cache must see (e.g. the Chromium version). */
  toolKey?: string;
  /** Called once Paged.js runs in every lane: Node is mostly idle from then until the lanes are laid out. */
  onLayout?: () => void;
  /** Pages already open in the browser, one per lane, for the first round. */
  pages?: Page[];
  /** Prints a watch session keeps in memory between builds (see PartCache). */
  prints?: PrintMemory;
}

export interface BookPart {
  ids: string[];
  /** First page in the book (1-based) and number of pages. */
  start: number;
  pages: number;
  /** The lane that laid it out in this build, or -1 if it came from the cache. */
  lane: number;
}

export interface BookOutput extends Omit<RenderOutput, 'pdf'> {
  /** The joined book, in memory: the accessibility stage works on it before it is ever saved. */
  doc: PDFDocument;
  /** Its pages as finishing prepared them ahead (their text read, text layer and artifacts done), part by part as each was printed. */
  prepared?: PreparedPages;
  parts: BookPart[];
  timings: RenderOutput['timings'] & { join: number };
  /** The layout cache could not be written (`ENOSPC`…): the book was made without it. */
  cacheUnwritable?: string;
}

/** A printed PDF ready to join: read, its pages prepared, and (with a cache) stored. */
interface Printed {
  source: TaggedSource;
  prepared: PreparedPages | undefined;
  file?: string;
}

/** Links across parts are printed as URI links under this prefix; the join points them home. */
const LINK_PREFIX = `${BOOK_ORIGIN}/__link#`;
/** Roughly the characters of an A5 page, on the low side: it only sets how many digits a page number may need. */
const CHARS_PER_PAGE = 1200;
/**
 * Characters of stale text that make a lane worth its fixed cost: a renderer that loads the
 * whole book and starts Paged.js spends about 0.3 s before its first page, as long as laying
 * out some 30,000 characters (25 pages). Below that, a second lane on two cores only competes
 * with the first.
 */
const LANE_MIN_CHARS = 30_000;
const NO_WORK = 'NoWork';

/**
 * Render a book in parts laid out at once. Every lane opens the book in a page of its own
 * (Chromium gives each a renderer process), keeps only the parts shared out to it and lays
 * them out with Paged.js. When every lane is done, the parts are numbered in book order (a
 * blank page where a part must start on the right), each lane sets its page numbers and
 * page-number links, prints, and the PDFs are joined with their tags, links and destinations.
 *
 * With a cache, a part whose layout and numbers are unchanged is taken from the last build.
 * A part that must be printed again because its numbers changed (a text before it grew, or a
 * text it refers to moved) is laid out in a second round, with its numbers known.
 */
export async function renderBook(input: BookInput): Promise<BookOutput> {
  const lanes = laneCount(input.lanes);
  const cache = input.cacheDir ? new PartCache(input.cacheDir, input.prints) : undefined;
  const known = new Map<number, CachedPart>();
  let survey: BookSurvey | undefined;
  let keys: string[] = [];
  let digits = 1;
  const timings = { load: 0, layout: 0, print: 0, join: 0 };
  const sources: Printed[] = [];
  /** Per part: the source and pages to take it from. */
  const from = new Map<number, { source: number; from: number; to: number; lane: number }>();
  const issues = { pageErrors: new Set<string>(), refused: new Set<string>() };
  let seal: RenderOutput['seal'] | undefined;
  let loadedAhead = false;

  // Every part's layout depends on the book's styles, fonts and Paged.js.
  const assets = cache ? await filesHash(input.dir, join(input.dir, 'assets')) : '';

  const early = new Map<string, Promise<Printed>>();
  // Round 1: the parts the cache cannot vouch for.
  let numbering: Numbering | undefined;
  const round1 = await runLanes(input, lanes, cache, {
    // With a cache, a rebuild may leave a few pages to lay out: the first lane surveys the book before the others load it.
    staggered: cache?.isEmpty() === false,
    choose: (found) => {
      survey = found;
      digits = String(Math.ceil(found.parts.reduce((n, p) => n + p.weight, 0) / CHARS_PER_PAGE)).length;
      keys = found.parts.map((p) => cacheKey('layout', input.toolKey ?? '', assets, found.context, p.hash, digits));
      if (cache)
        keys.forEach((key, i) => {
          const c = cache.read(key);
          if (c) known.set(i, c);
        });
      return staleParts(found.parts.length, known);
    },
    started: () => {
      void pdfCode().catch(() => {});
      input.onLayout?.();
      // Cached prints are read while the lanes lay out (Node is idle then), not after.
      if (cache)
        for (const k of known.values()) if (k.printed && !early.has(k.printed.file)) early.set(k.printed.file, settle(cache.readPrinted(k.printed.file)));
    },
    placeholder: () => placeholderFor(digits),
    numbering: (facts) => (numbering = numberParts(survey!.parts, withFacts(known, facts))),
    ...(input.pages ? { pages: input.pages } : {}),
  });
  await absorb(round1);

  // Round 2: cached parts whose print no longer fits their numbers.
  numbering ??= numberParts(survey!.parts, withFacts(known, new Map()));
  const reprint = [...known.entries()]
    .filter(([p, k]) => !from.has(p) && k.printed?.key !== printKey(numbering!.start[p]!, k.links.refs, numbering!.pages))
    .map(([p]) => p);
  if (reprint.length) {
    const fixed = numbering;
    const round2 = await runLanes(input, lanes, cache, {
      staggered: true,
      choose: () => reprint,
      placeholder: () => placeholderFor(digits),
      numbering: () => fixed,
    });
    // A part that lays out to another length than its cached layout said would move every
    // number after it: start again from an empty cache (a second time cannot happen).
    if ([...round2.facts].some(([p, f]) => f.last - f.first + 1 !== known.get(p)!.pages)) {
      cache!.clear();
      // The pages opened ahead were closed by the first round.
      const { pages: _closed, ...again } = input;
      return renderBook(again);
    }
    await absorb(round2);
  }
  const cachedSource = new Map<string, number>();
  for (const [p, k] of known) {
    if (from.has(p) || !cache || !k.printed) continue;
    let source = cachedSource.get(k.printed.file);
    if (source === undefined) {
      source = sources.push(await (early.get(k.printed.file) ?? cache.readPrinted(k.printed.file))) - 1;
      cachedSource.set(k.printed.file, source);
    }
    from.set(p, { source, from: k.printed.from, to: k.printed.to, lane: -1 });
  }

  const joining = performance.now();
  const pieces: Piece[] = [];
  const parts: BookPart[] = [];
  for (let p = 0; p < survey!.parts.length; p++) {
    const at = from.get(p)!;
    if (numbering.blankBefore.has(p)) pieces.push({ blank: true });
    pieces.push({ source: at.source, from: at.from, to: at.to });
    parts.push({ ids: survey!.parts[p]!.ids, start: numbering.start[p]!, pages: known.get(p)!.pages, lane: at.lane });
  }
  const dests: Array<{ name: string; page: number; left: number; top: number }> = [];
  for (const id of new Set([...known.values()].flatMap((k) => k.links.across))) {
    const place = numbering.places[id];
    if (place) dests.push({ name: id, page: place[0] - 1, left: place[1], top: place[2] });
  }
  const { assembleTaggedDoc, joinPrepared } = await pdfCode();
  const doc = await assembleTaggedDoc(
    sources.map((s) => s.source),
    pieces,
    {
      oneDocument: true,
      dests,
      linkTarget: (uri) => (uri.startsWith(LINK_PREFIX) ? safeDecode(uri.slice(LINK_PREFIX.length)) : undefined),
    },
  );
  timings.join = performance.now() - joining;
  cache?.prune();
  const prepared = sources.every((s) => s.prepared)
    ? joinPrepared(pieces.map((p) => ('blank' in p ? p : { prepared: sources[p.source]!.prepared!, from: p.from, to: p.to })))
    : undefined;

  const continuations: Record<number, string[]> = {};
  for (const [p, k] of known) for (const [rel, words] of Object.entries(k.continuations)) continuations[numbering.start[p]! + Number(rel)] = words;
  for (const k of known.values()) {
    k.pageErrors.forEach((e) => issues.pageErrors.add(e));
    k.refused.forEach((u) => issues.refused.add(u));
  }
  return {
    doc,
    ...(prepared ? { prepared } : {}),
    pages: numbering.total,
    anchors: numbering.pages,
    seal: { ...(seal ?? { served: [] }), refused: [...issues.refused] },
    lost: [...known.values()].flatMap((k) => k.lost),
    continuations,
    blankPages: numbering.blanks,
    pageErrors: [...issues.pageErrors],
    parts,
    ...(loadedAhead ? { loadedAhead } : {}),
    ...(cache?.unwritable ? { cacheUnwritable: cache.unwritable } : {}),
    timings,
  };

  /** Take in what a round laid out: its facts, its PDFs (stored in the cache) and its timings. */
  async function absorb(round: LaneRound): Promise<void> {
    for (const [lane, out] of round.outputs) {
      seal ??= out.seal;
      loadedAhead ||= out.loadedAhead === true;
      const printed = round.sources.get(lane)!;
      const source = sources.push(printed) - 1;
      const file = printed.file;
      for (const p of round.chunks[lane]!) {
        const f = round.facts.get(p)!;
        const part: CachedPart = {
          pages: f.last - f.first + 1,
          places: f.places,
          continuations: relative(out.continuations, f),
          lost: out.lost.filter((b) => b.part === p).map(({ id, text }) => ({ id, text })),
          pageErrors: out.pageErrors,
          refused: out.seal.refused,
          links: round.links.get(p)!,
        };
        const n = numbering!;
        if (file) part.printed = { key: printKey(n.start[p]!, part.links.refs, n.pages), file, from: f.first - 1, to: f.last };
        known.set(p, part);
        await cache?.write(keys[p]!, part);
        from.set(p, { source, from: f.first - 1, to: f.last, lane });
      }
    }
    timings.load += round.load;
    timings.layout += round.layout;
    timings.print += round.print;
  }
}

/**
 * The parts that must be laid out: those the cache lacks. A cached part whose links show the
 * page numbers of a changed part waits for round 2, and is laid out only if those numbers
 * moved: after a small edit they rarely do, and the contents and concordance stay as printed.
 */
function staleParts(count: number, known: Map<number, CachedPart>): number[] {
  return Array.from({ length: count }, (_, p) => p).filter((p) => !known.has(p));
}

function withFacts(known: Map<number, CachedPart>, facts: Map<number, PartFacts>): Map<number, PartFacts> {
  const all = new Map<number, PartFacts>();
  for (const [p, k] of known) all.set(p, { part: p, first: 1, last: k.pages, places: k.places });
  for (const [p, f] of facts) all.set(p, f);
  return all;
}

function relative(continuations: Record<number, string[]>, f: PartFacts): Record<number, string[]> {
  const out: Record<number, string[]> = {};
  for (let q = f.first; q <= f.last; q++) if (continuations[q]) out[q - f.first] = continuations[q]!;
  return out;
}

interface LaneRound {
  /** Parts per lane, in book order. */
  chunks: number[][];
  outputs: Map<number, RenderOutput>;
  sources: Map<number, Printed>;
  facts: Map<number, PartFacts>;
  links: Map<number, { refs: string[]; across: string[] }>;
  load: number;
  layout: number;
  print: number;
}

interface LanePlan {
  /** Given the book, which parts to lay out (none: the lanes stop). */
  choose: (survey: BookSurvey) => number[];
  placeholder: () => string;
  /** Given every lane's facts, the book's numbering. */
  numbering: (facts: Map<number, PartFacts>) => Numbering;
  /** Called once Paged.js runs in every lane with work. */
  started?: () => void;
  /** Pages already open, one per lane. */
  pages?: Page[];
  /**
   * Lanes after the first wait for its survey, and load the book only if the chosen parts
   * weigh enough to share (LANE_MIN_CHARS per lane). Otherwise every lane loads the book at
   * once, and all of them share the parts.
   */
  staggered?: boolean;
}

/** Lay out the chosen parts in `lanes` pages at once, number them, print them. */
async function runLanes(input: BookInput, lanes: number, cache: PartCache | undefined, plan: LanePlan): Promise<LaneRound> {
  let chunks: number[][] | undefined;
  const facts = new Map<number, PartFacts>();
  const links = new Map<number, { refs: string[]; across: string[] }>();
  const outputs = new Map<number, RenderOutput>();
  const loading = new Map<number, Promise<Printed>>();
  const numbered = deferred<Numbering>();
  numbered.promise.catch(() => {});
  const shared = deferred<number[][]>();
  shared.promise.catch(() => {});
  let reported = 0;
  let started = 0;
  const began = performance.now();
  let laidOut = 0;

  const settled = await Promise.allSettled(
    Array.from({ length: lanes }, async (_, lane) => {
      try {
        if (plan.staggered && lane > 0 && !(await shared.promise)[lane]) {
          await plan.pages?.[lane]?.close().catch(() => {});
          throw new ReaderError(NO_WORK, 'nothing to lay out in this lane');
        }
        const out = await render({
          ...input,
          ...(plan.pages?.[lane] ? { page: plan.pages[lane] } : {}),
          hideUntilLayout: true,
          beforeLayout: async (page) => {
            const found = (await page.evaluate(SURVEY_PARTS)) as BookSurvey;
            if (!chunks) {
              const chosen = plan.choose(found);
              const weight = (i: number) => found.parts[i]!.weight;
              const used = plan.staggered ? Math.min(lanes, Math.max(1, Math.floor(chosen.reduce((n, i) => n + weight(i), 0) / LANE_MIN_CHARS))) : lanes;
              // The first share (it holds the heaviest part) goes to the first lane, which loaded the book before the others.
              chunks = shareOut(chosen, used, weight).map((c) => c.sort((a, b) => a - b));
              shared.resolve(chunks);
            }
            const keep = chunks[lane];
            if (!keep) throw new ReaderError(NO_WORK, 'nothing to lay out in this lane');
            const got = (await page.evaluate(
              call(KEEP_PARTS, { keep, refSelector: PAGE_REF_SELECTOR, placeholder: plan.placeholder(), origin: BOOK_ORIGIN }),
            )) as PartLinks;
            await page.evaluate(SHOW_BODY);
            for (const [p, l] of Object.entries(got)) links.set(Number(p), l);
          },
          // Node serves every lane's files and hooks until Paged.js runs: work of its own waits until all lanes lay out.
          onLayoutStarted: () => {
            if (++started === chunks!.filter((c) => c.length).length) plan.started?.();
          },
          afterLayout: async (page) => {
            const keep = chunks![lane]!;
            for (const f of (await page.evaluate(call(PART_FACTS, { keep }))) as PartFacts[]) facts.set(f.part, f);
            if (++reported === chunks!.length) {
              laidOut = performance.now() - began;
              try {
                numbered.resolve(plan.numbering(facts));
              } catch (e) {
                numbered.reject(e);
              }
            }
            const { start, pages } = await numbered.promise;
            await page.evaluate(call(NUMBER_PARTS, { starts: keep.map((p) => [facts.get(p)!.first, start[p]]), pages }));
          },
        });
        outputs.set(lane, out);
        // Read and prepare this lane's PDF while the other lanes still print.
        const load = pdfCode().then(async ({ loadTaggedSource, preparePages }) => {
          const source = await loadTaggedSource(out.pdf);
          const prepared = preparePages(source.doc);
          const file = cache ? await cache.writePrinted(out.pdf, prepared, source.doc) : undefined;
          // Read from disk it would be the same: the print as Chromium made it, its streams as prepared.
          if (file) cache!.remember(file, Promise.resolve({ source, prepared }));
          return { source, prepared, ...(file ? { file } : {}) };
        });
        load.catch(() => {});
        loading.set(lane, load);
        return out;
      } catch (e) {
        // A lane that failed must not leave the others waiting for its page numbers.
        if (!(e instanceof ReaderError && e.code === NO_WORK)) {
          numbered.reject(e);
          shared.reject(e);
        }
        throw e;
      }
    }),
  );
  const failure = settled.find((s): s is PromiseRejectedResult => s.status === 'rejected' && !(s.reason instanceof ReaderError && s.reason.code === NO_WORK));
  if (failure) throw failure.reason;
  const printed = performance.now() - began;
  const sources = new Map<number, Printed>();
  for (const [lane, load] of loading) sources.set(lane, await load);
  // Lanes load the book at once: layout is what follows the slowest load.
  const load = Math.max(0, ...[...outputs.values()].map((o) => o.timings.load));
  return { chunks: chunks ?? [], outputs, sources, facts, links, load, layout: outputs.size ? laidOut - load : 0, print: outputs.size ? printed - laidOut : 0 };
}

interface Numbering {
  /** First page in the book of each part. */
  start: number[];
  /** Page in the book of every id. */
  pages: Record<string, number>;
  /** Page in the book and position on it (CSS px) of every id. */
  places: Record<string, [number, number, number]>;
  blankBefore: Set<number>;
  blanks: number[];
  total: number;
}

/** Number the parts in book order: each starts on a right-hand (odd) page, after a blank page if need be. */
export function numberParts(survey: PartSurvey[], facts: Map<number, PartFacts>): Numbering {
  const start: number[] = [];
  const pages: Record<string, number> = {};
  const places: Record<string, [number, number, number]> = {};
  const blankBefore = new Set<number>();
  const blanks: number[] = [];
  let next = 1;
  for (let p = 0; p < survey.length; p++) {
    const f = facts.get(p);
    if (!f || f.last < f.first) {
      const what = survey[p]!.ids.filter(Boolean).join(', ') || `part ${p + 1}`;
      throw new ReaderError('PartLost', `Paged.js placed ${what} on no page`, 'Run the build again; if it repeats, check the styles you added for that part.');
    }
    if (p > 0 && next % 2 === 0) {
      blankBefore.add(p);
      blanks.push(next++);
    }
    start[p] = next;
    for (const [id, [page, left, top]] of Object.entries(f.places)) {
      if (id in pages) continue;
      pages[id] = next + page;
      places[id] = [next + page, left, top];
    }
    next += f.last - f.first + 1;
  }
  return { start, pages, places, blankBefore, blanks, total: next - 1 };
}

/** A promise whose rejection is handled where it is awaited, not reported as unhandled before. */
function settle<T>(p: Promise<T>): Promise<T> {
  p.catch(() => {});
  return p;
}

function safeDecode(s: string): string | undefined {
  try {
    return decodeURIComponent(s);
  } catch {
    return undefined;
  }
}
