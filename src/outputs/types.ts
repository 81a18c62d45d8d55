/**
 * The output interface: what an output needs from the pipeline, and what it writes.
 *
 * The pipeline (src/pipeline/) prepares the texts, lays out the paged book and finishes its
 * PDF; an output says at which of those stages it can be written (`stage`) and receives what
 * the pipeline knows by then. Everything it writes goes through `OutputFiles` into the run's
 * staging folder, and is moved into the output folder with the rest when the run commits: an
 * output never writes into `out/` itself. Outputs are registered in one list (outputs/index.ts).
 */
import type { Browser } from 'puppeteer-core';
import type { ReaderAnalysis } from '../analyze/types.ts';
import type { Asset, ComposeOutput } from '../compose/index.ts';
import type { LoadedManifest } from '../manifest/load.ts';
import type { Manifest } from '../manifest/schema.ts';
import type { PreparedText } from '../types.ts';
import type { PackProgress } from '../pack/lay-out.ts';

/** The paged editions a run can lay out. */
export type Edition = 'reader' | 'large-print';

/** What `reader pack` asks for. */
export interface PackRequest {
  /** Topic ids (or titles) to pack. */
  topics: readonly string[];
  /** Pack every topic of the manifest. */
  all?: boolean;
  /** Paragraphs of context either side of a match. Default 1. */
  context?: number;
  /** Packs laid out at once. Default: one per core. */
  concurrency?: number;
  /** Also write each pack as EPUB 3 (`reader pack --epub`, or the manifest's `epub: true`). */
  epub?: boolean;
  onProgress?: (event: PackProgress) => void;
}

/** What a run was asked to write (the command line's and the manifest's choices). */
export interface OutputRequest {
  /** The paged edition laid out: `reader` (reader.pdf) or `large-print`. None: `reader pack`, which lays out only packs. */
  edition?: Edition;
  /** An imposed copy of the finished PDF (`--impose`). */
  impose?: { mode: 'booklet' | '2up'; sheet?: 'A4' | 'letter'; creepMm?: number; signature?: number };
  /** A crop-marked copy with a 3 mm bleed (`--marks crop`). */
  marks?: 'crop';
  /** Per-topic excerpt packs (`reader pack`). */
  packs?: PackRequest;
  /** Outputs switched on by their own option (`Output.option`), by id. */
  also?: readonly string[];
}

/** After prepare: the manifest and every text normalized and analyzed. */
export interface Prepared {
  loaded: LoadedManifest;
  texts: PreparedText[];
  analysis: ReaderAnalysis;
  /** sha256 of each source's bytes, by text id. */
  hashes: Record<string, string>;
}

/** After layout: the paged edition and the page where each id of it starts. */
export interface LaidOut {
  /** File stem of the edition: `reader` or `reader.large-print`. */
  base: string;
  /**
   * What compose made of the edition (its HTML, assets and the view its templates rendered).
   * Absent when the run did not lay the book out but read the last build's record (`reader pack`).
   */
  composed?: ComposeOutput;
  /** First page (1-based, as printed) of every element id: texts, paragraphs (`<text>-p<n>`), notes. */
  anchors: Record<string, number>;
  pages: number;
  /** The first words (40 characters) of each block Paged.js continued onto a page, by page: where a page opens mid-paragraph. Absent when read from a record. */
  continuations?: Record<number, string[]>;
  /** Pages left blank so that a part starts on a right-hand page. Absent when read from a record. */
  blankPages?: number[];
}

/** After finishing: the paged edition's tagged PDF (this run's, or an up-to-date one read back). */
export interface Finished {
  base: string;
  pdf: Uint8Array;
}

/** What each stage hands its outputs. */
export interface StageFacts {
  prepared: Prepared;
  'laid-out': Prepared & LaidOut;
  finished: Finished;
}
export type Stage = keyof StageFacts;

/** Where an output writes: the run's staging folder, committed into the output folder at the end. */
export interface OutputFiles {
  /** The staging folder (a tool may write there directly; every name in it is committed). */
  readonly dir: string;
  /** The output folder the run commits into (for messages and paths in results). */
  readonly outDir: string;
  write(name: string, content: string | Uint8Array): Promise<void>;
  /** Copy or write compose's assets (`assets/…`). */
  assets(assets: readonly Asset[]): Promise<void>;
  /** Remove an earlier output of ours that this run no longer makes (a pack whose topic matches nothing now). */
  remove(name: string): Promise<void>;
}

/** What the run gives every output besides its stage's facts. */
export interface OutputContext {
  request: OutputRequest;
  files: OutputFiles;
  /** The run's browser, for an output that lays out pages of its own (packs). */
  browser(): Promise<Browser>;
  signal?: AbortSignal;
}

interface OutputAt<S extends Stage, R> {
  /** Permanent id, also the key of its result: `reader-pdf`, `accessible-html`, `booklet`… */
  readonly id: string;
  /** One line for docs and `--help`. */
  readonly description: string;
  /** The stage whose facts it needs: it is written as soon as they exist. */
  readonly stage: S;
  /**
   * A boolean option of `reader build` that switches it on (`--epub` → `also: ['epub']`),
   * so a new output needs no change to the command line's parser.
   */
  readonly option?: {
    flag: string;
    help: string;
    /** A boolean manifest field that switches it on as well (`epub: true`). */
    manifest?: 'epub';
  };
  /**
   * Set on the paged editions (reader, large print): the pipeline composes and lays out the
   * book with this profile, names its files `<base>.*` and its report `report`.
   */
  readonly book?: { base: string; profile?: string; report: string };
  /** Whether this run writes it. */
  wanted(request: OutputRequest): boolean;
  /** Refuse a request it cannot satisfy (a topic that does not exist), right after prepare, before any layout. */
  check?(facts: Prepared, request: OutputRequest): Promise<void> | void;
  /**
   * Work of a later output that needs only the prepared texts, done while the book is laid
   * out (the build's thread is idle then). Its results reach `write` through the texts'
   * `derived` caches, which a rebuild keeps for the texts that did not change.
   */
  ahead?(facts: Prepared): Promise<void> | void;
  /** Write its files through `context.files`. What it returns is the run's `results[id]`. */
  write(facts: StageFacts[S], context: OutputContext): Promise<R>;
}

export type Output<R = unknown> = OutputAt<'prepared', R> | OutputAt<'laid-out', R> | OutputAt<'finished', R>;

/** The request with the outputs the manifest switches on (`epub: true`) added to `also`. */
export function withManifestOutputs(request: OutputRequest, manifest: Manifest, outputs: readonly Output[]): OutputRequest {
  const on = outputs.filter((o) => o.option?.manifest && manifest[o.option.manifest] === true && !request.also?.includes(o.id)).map((o) => o.id);
  return on.length ? { ...request, also: [...(request.also ?? []), ...on] } : request;
}

/** Make an output (typed by its stage): `defineOutput({ id, stage: 'finished', … })`. */
export const defineOutput = <S extends Stage, R>(output: OutputAt<S, R>): OutputAt<S, R> => output;
