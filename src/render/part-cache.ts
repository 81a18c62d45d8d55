import { createHash } from 'node:crypto';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { PDFDocument } from 'pdf-lib';
import type { PreparedPages, TaggedSource } from '../accessibility/index.ts';
import { cacheKey } from '../cache/cache-key.ts';
import { listOrNone, removeUnused } from '../cache/prune.ts';
import { faultOn } from '../util/fault.ts';
import { writeFileAtomic } from '../util/write-atomic.ts';
import { pdfCode } from './pdf-code.ts';
import type { StreamIndex } from './print-streams.ts';

/**
 * What a part's layout left, kept between builds: enough to number the book and join the
 * part's printed pages without laying it out again. Pages are relative to the part's first.
 */
export interface CachedPart {
  pages: number;
  places: Record<string, [number, number, number]>;
  continuations: Record<number, string[]>;
  lost: Array<{ id: string; text: string }>;
  pageErrors: string[];
  refused: string[];
  links: { refs: string[]; across: string[] };
  /** The print of the part: which numbering it was printed with, and where its pages are. */
  printed?: { key: string; file: string; from: number; to: number };
}

/** A stored print as read: ready to join. */
export interface ReadPrint {
  source: TaggedSource;
  prepared: PreparedPages | undefined;
}

/**
 * Prints kept in memory by a watch session, by file name (a hash of the bytes): joining only
 * reads them, so the next build joins them again without parsing them again.
 */
export type PrintMemory = Map<string, Promise<ReadPrint>>;

/**
 * The layout cache of one output folder: a part's layout is keyed by its HTML, what all parts
 * share (styles, running titles), the width of its page-number placeholders and the tool; its
 * print by the page it starts on and the page numbers its links show. A build keeps only
 * what it used, so the folder holds one book's worth.
 */
export class PartCache {
  private used = new Set<string>();

  constructor(
    readonly dir: string,
    private readonly memory?: PrintMemory,
  ) {}

  read(key: string): CachedPart | undefined {
    try {
      const part = JSON.parse(readFileSync(join(this.dir, `${key}.json`), 'utf8')) as CachedPart;
      // An entry whose print is gone (a cleaned folder) is no entry.
      if (part.printed && !existsSync(join(this.dir, part.printed.file))) return undefined;
      this.used.add(`${key}.json`);
      if (part.printed) this.used.add(part.printed.file).add(`${part.printed.file}.json`);
      return part;
    } catch {
      return undefined;
    }
  }

  /**
   * Store a lane's PDF as Chromium printed it, with its prepared page text; returns its file name.
   * The bytes as printed, not the prepared document saved again: saving a 600-page part took
   * longer than the rest of a rebuild. What preparing changed is each page's content stream
   * (its artifacts marked): given the prepared `doc`, those streams are kept beside the print,
   * as they are (compressed), so a rebuild puts them back instead of marking every page again.
   */
  async writePrinted(bytes: Uint8Array, prepared: PreparedPages | undefined, doc?: PDFDocument): Promise<string> {
    const file = `${createHash('sha256').update(bytes).digest('hex').slice(0, 32)}.pdf`;
    await this.store(file, bytes);
    if (!prepared) return file;
    const { preparedToJson, pageStreams } = await pdfCode();
    const streams = doc ? pageStreams(doc) : undefined;
    if (streams) await this.store(`${file}.streams`, Buffer.concat(streams.map((s) => s.bytes)));
    const index: StreamIndex | undefined = streams?.map(({ filter, bytes: b }) => ({ filter, length: b.length }));
    await this.store(`${file}.json`, JSON.stringify({ prepared: preparedToJson(prepared), ...(index ? { streams: index } : {}) }));
    return file;
  }

  /** A stored print, ready to join: its prepared content streams put back (or its artifacts marked again), its page text as read when it was printed. */
  readPrinted(file: string): Promise<ReadPrint> {
    const kept = this.memory?.get(file);
    if (kept) {
      for (const name of [file, `${file}.json`, `${file}.streams`]) this.used.add(name);
      return kept;
    }
    const read = this.readFromDisk(file);
    this.remember(file, read);
    return read;
  }

  /** Keep a print in the session's memory (a print just made, or just read). */
  remember(file: string, print: Promise<ReadPrint>): void {
    if (!this.memory) return;
    this.memory.set(file, print);
    print.catch(() => this.memory?.delete(file));
  }

  private async readFromDisk(file: string): Promise<ReadPrint> {
    const { loadTaggedSource, preparePages, preparedFromJson, restoreStreams, markArtifacts, addLayerFonts, BANDS } = await pdfCode();
    // Prepared again; a print whose text cannot be read that way has its artifacts marked, and finishing reads it.
    const again = (doc: PDFDocument) => preparePages(doc) ?? void markArtifacts(doc, BANDS);
    const source = await loadTaggedSource(new Uint8Array(readFileSync(join(this.dir, file))));
    let json: { prepared: unknown; streams?: StreamIndex } | undefined;
    try {
      json = JSON.parse(readFileSync(join(this.dir, `${file}.json`), 'utf8')) as typeof json;
      this.used.add(`${file}.json`);
    } catch {
      return { source, prepared: again(source.doc) };
    }
    // The streams as prepared; else the print is prepared again (the same streams: preparing is
    // deterministic), and what was read when it was printed still holds.
    const restored = json!.streams && this.readBlob(`${file}.streams`, (blob) => restoreStreams(source.doc, blob, json!.streams!));
    const prepared = preparedFromJson(json!.prepared);
    // The streams put back draw small capitals with cased copies of fonts the print lacks: add them.
    if (restored) addLayerFonts(source.doc, prepared.layer);
    else again(source.doc);
    return { source, prepared };
  }

  /** Hand a stored file to `use`; it counts as used if `use` says it fitted. */
  private readBlob(name: string, use: (blob: Buffer) => boolean): boolean {
    let blob: Buffer;
    try {
      blob = readFileSync(join(this.dir, name));
    } catch {
      return false;
    }
    if (!use(blob)) return false;
    this.used.add(name);
    return true;
  }

  async write(key: string, part: CachedPart): Promise<void> {
    await this.store(`${key}.json`, JSON.stringify(part));
    if (part.printed) this.used.add(part.printed.file);
  }

  /** Does the folder hold no entry (a first build, or one after --fresh)? */
  isEmpty(): boolean {
    return listOrNone(this.dir).length === 0;
  }

  /** Drop the whole cache. */
  clear(): void {
    rmSync(this.dir, { recursive: true, force: true });
    this.used.clear();
    this.memory?.clear();
  }

  /** Drop every entry this build did not read or write (from memory too). */
  prune(): void {
    removeUnused(this.dir, this.used);
    for (const file of this.memory?.keys() ?? []) if (!this.used.has(file)) this.memory!.delete(file);
  }

  /** Why the last write failed (`ENOSPC`…), if one did: the build goes on without the cache. */
  unwritable?: string;

  /**
   * Write an entry whole or not at all. A write that fails (a full disk, a read-only folder) is
   * left out: the cache only saves time, and an entry it lacks is a miss. If the output folder
   * cannot be written, the commit after layout says so (OutNotWritable, exit 2).
   */
  private async store(name: string, data: string | Uint8Array): Promise<void> {
    try {
      if (faultOn('enospc-cache')) throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
      await mkdir(this.dir, { recursive: true });
      await writeFileAtomic(join(this.dir, name), data);
      this.used.add(name);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (!code) throw e;
      this.unwritable = code;
    }
  }
}

/** What a part's print depends on beyond its layout: where it starts, and the numbers its links show. */
export function printKey(start: number, refs: string[], pages: Record<string, number>): string {
  return cacheKey(
    start,
    refs.map((id) => pages[id] ?? ''),
  );
}
