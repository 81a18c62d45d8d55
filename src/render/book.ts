import { availableParallelism } from 'node:os';
import type { PDFDocument } from 'pdf-lib';
import { assembleTaggedDoc, loadTaggedSource, type Piece, type TaggedSource } from '../accessibility/assemble.ts';
import { ReaderError } from '../errors.ts';
import { shareOut } from '../util/share-out.ts';
import { call, KEEP_PARTS, NUMBER_PARTS, PART_FACTS, placeholderFor, SURVEY_PARTS, type PartFacts, type PartSurvey } from './book-parts.ts';
import { render, type RenderInput, type RenderOutput } from './index.ts';
import { PAGE_REF_SELECTOR } from './paged-hooks.ts';
import { BOOK_ORIGIN } from './seal.ts';

export interface BookInput extends Omit<RenderInput, 'beforeLayout' | 'afterLayout'> {
  /** Pages laid out at once, each in a renderer of its own. Default: one per core. */
  lanes?: number;
}

export interface BookPart {
  ids: string[];
  /** First page in the book (1-based) and number of pages. */
  start: number;
  pages: number;
  lane: number;
}

export interface BookOutput extends Omit<RenderOutput, 'pdf'> {
  /** The joined book, in memory: the accessibility stage works on it before it is ever saved. */
  doc: PDFDocument;
  parts: BookPart[];
  timings: RenderOutput['timings'] & { join: number };
}

/** Links across parts are printed as URI links under this prefix; the join points them home. */
const LINK_PREFIX = `${BOOK_ORIGIN}/__link#`;
/** Roughly the characters of an A5 page, on the low side: it only sets how many digits a page number may need. */
const CHARS_PER_PAGE = 1200;
const NO_WORK = 'NoWork';

/**
 * Render a book in parts laid out at once. Every lane opens the book in a page of its own
 * (Chromium gives each a renderer process), keeps only the parts shared out to it and lays
 * them out with Paged.js. When every lane is done, the parts are numbered in book order (a
 * blank page where a part must start on the right), each lane sets its page numbers and
 * page-number links, prints, and the PDFs are joined with their tags, links and destinations.
 */
export async function renderBook(input: BookInput): Promise<BookOutput> {
  const lanes = Math.max(1, input.lanes ?? availableParallelism());
  let survey: PartSurvey[] | undefined;
  let chunks: number[][] | undefined;
  const facts = new Map<number, PartFacts>();
  const targets = new Set<string>();
  const numbered = deferred<Numbering>();
  numbered.promise.catch(() => {});
  let reported = 0;
  const loading = new Map<number, Promise<TaggedSource>>();

  const settled = await Promise.allSettled(
    Array.from({ length: lanes }, async (_, lane) => {
      try {
        const out = await render({
          ...input,
          beforeLayout: async (page) => {
            const parts = (await page.evaluate(SURVEY_PARTS)) as PartSurvey[];
            if (!survey || !chunks) {
              survey = parts;
              chunks = shareOut(parts.map((_, i) => i), lanes, (i) => parts[i]!.weight).map((c) => c.sort((a, b) => a - b));
            }
            const keep = chunks[lane];
            if (!keep) throw new ReaderError(NO_WORK, 'nothing to lay out in this lane');
            const digits = String(Math.ceil(parts.reduce((n, p) => n + p.weight, 0) / CHARS_PER_PAGE)).length;
            const out = (await page.evaluate(call(KEEP_PARTS, { keep, refSelector: PAGE_REF_SELECTOR, placeholder: placeholderFor(digits), origin: BOOK_ORIGIN }))) as string[];
            for (const id of out) targets.add(id);
          },
          afterLayout: async (page) => {
            const keep = chunks![lane]!;
            for (const f of (await page.evaluate(call(PART_FACTS, { keep }))) as PartFacts[]) facts.set(f.part, f);
            if (++reported === chunks!.length) {
              try {
                numbered.resolve(numberParts(survey!, facts));
              } catch (e) {
                numbered.reject(e);
              }
            }
            const { start, pages } = await numbered.promise;
            await page.evaluate(call(NUMBER_PARTS, { starts: keep.map((p) => [facts.get(p)!.first, start[p]]), pages }));
          },
        });
        // Read this lane's PDF for the join while the other lanes still print.
        const load = loadTaggedSource(out.pdf);
        load.catch(() => {});
        loading.set(lane, load);
        return out;
      } catch (e) {
        // A lane that failed must not leave the others waiting for its page numbers.
        if (!(e instanceof ReaderError && e.code === NO_WORK)) numbered.reject(e);
        throw e;
      }
    }),
  );
  const failure = settled.find((s): s is PromiseRejectedResult => s.status === 'rejected' && !(s.reason instanceof ReaderError && s.reason.code === NO_WORK));
  if (failure) throw failure.reason;
  const outputs = settled.map((s) => (s.status === 'fulfilled' ? s.value : undefined));
  const numbering = await numbered.promise;

  const joining = performance.now();
  const laneOf = new Map<number, number>();
  chunks!.forEach((c, lane) => c.forEach((p) => laneOf.set(p, lane)));
  const sourceOf = new Map<number, number>();
  const sources = [];
  for (const [lane, out] of outputs.entries()) {
    if (!out) continue;
    sourceOf.set(lane, sources.length);
    sources.push(await loading.get(lane)!);
  }
  const pieces: Piece[] = [];
  const parts: BookPart[] = [];
  for (let p = 0; p < survey!.length; p++) {
    const f = facts.get(p)!;
    if (numbering.blankBefore.has(p)) pieces.push({ blank: true });
    pieces.push({ source: sourceOf.get(laneOf.get(p)!)!, from: f.first - 1, to: f.last });
    parts.push({ ids: survey![p]!.ids, start: numbering.start[p]!, pages: f.last - f.first + 1, lane: laneOf.get(p)! });
  }
  const dests: Array<{ name: string; page: number; left: number; top: number }> = [];
  for (const id of targets) {
    const place = numbering.places[id];
    if (place) dests.push({ name: id, page: place[0] - 1, left: place[1], top: place[2] });
  }
  const doc = await assembleTaggedDoc(sources, pieces, {
    oneDocument: true,
    dests,
    linkTarget: (uri) => (uri.startsWith(LINK_PREFIX) ? safeDecode(uri.slice(LINK_PREFIX.length)) : undefined),
  });
  const join = performance.now() - joining;

  // Page facts of each lane, in the book's page numbers.
  const continuations: Record<number, string[]> = {};
  const pageErrors = new Set<string>();
  const refused = new Set<string>();
  for (const [lane, out] of outputs.entries()) {
    if (!out) continue;
    out.pageErrors.forEach((e) => pageErrors.add(e));
    out.seal.refused.forEach((u) => refused.add(u));
    for (const p of chunks![lane]!) {
      const f = facts.get(p)!;
      for (let q = f.first; q <= f.last; q++) if (out.continuations[q]) continuations[numbering.start[p]! + q - f.first] = out.continuations[q]!;
    }
  }
  const ran = outputs.filter((o): o is RenderOutput => o !== undefined);
  const first = ran[0]!;
  return {
    doc,
    pages: numbering.total,
    anchors: numbering.pages,
    seal: { ...first.seal, refused: [...refused] },
    lost: ran.flatMap((o) => o.lost),
    continuations,
    blankPages: numbering.blanks,
    pageErrors: [...pageErrors],
    parts,
    timings: {
      load: Math.max(...ran.map((o) => o.timings.load)),
      layout: Math.max(...ran.map((o) => o.timings.layout)),
      print: Math.max(...ran.map((o) => o.timings.print)),
      join,
    },
  };
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

function safeDecode(s: string): string | undefined {
  try {
    return decodeURIComponent(s);
  } catch {
    return undefined;
  }
}

function deferred<T>(): { promise: Promise<T>; resolve: (v: T) => void; reject: (e: unknown) => void } {
  let resolve!: (v: T) => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}
