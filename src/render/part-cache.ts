import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PDFDocument } from 'pdf-lib';
import { loadTaggedSource, type TaggedSource } from '../accessibility/assemble.ts';
import { pageTextFromJson, pageTextToJson, type PreparedPages } from '../accessibility/prepare-pages.ts';

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

/**
 * The layout cache of one output folder: a part's layout is keyed by its HTML, what all parts
 * share (styles, running titles), the width of its page-number placeholders and the tool; its
 * print by the page it starts on and the page numbers its links show. A build keeps only
 * what it used, so the folder holds one book's worth.
 */
export class PartCache {
  private used = new Set<string>();

  constructor(readonly dir: string) {}

  static key(...parts: unknown[]): string {
    return createHash('sha256').update(JSON.stringify(parts)).digest('hex').slice(0, 32);
  }

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

  /** Store a lane's printed PDF, its pages prepared (artifacts marked), with their text; returns its file name. */
  async writePrinted(doc: PDFDocument, prepared: PreparedPages | undefined): Promise<string> {
    const bytes = await doc.save({ useObjectStreams: false });
    const file = `${createHash('sha256').update(bytes).digest('hex').slice(0, 32)}.pdf`;
    this.atomicWrite(file, bytes);
    if (prepared) this.atomicWrite(`${file}.json`, JSON.stringify({ artifacts: prepared.artifacts, text: pageTextToJson(prepared.text) }));
    return file;
  }

  /** A stored print, ready to join. */
  async readPrinted(file: string): Promise<{ source: TaggedSource; prepared: PreparedPages | undefined }> {
    const source = await loadTaggedSource(new Uint8Array(readFileSync(join(this.dir, file))));
    let prepared: PreparedPages | undefined;
    try {
      const json = JSON.parse(readFileSync(join(this.dir, `${file}.json`), 'utf8')) as { artifacts: PreparedPages['artifacts']; text: unknown };
      prepared = { artifacts: json.artifacts, text: pageTextFromJson(json.text) };
      this.used.add(`${file}.json`);
    } catch {
      prepared = undefined;
    }
    return { source, prepared };
  }

  write(key: string, part: CachedPart): void {
    this.atomicWrite(`${key}.json`, JSON.stringify(part));
    if (part.printed) this.used.add(part.printed.file);
  }

  /** Drop the whole cache. */
  clear(): void {
    rmSync(this.dir, { recursive: true, force: true });
    this.used.clear();
  }

  /** Drop every entry this build did not read or write. */
  prune(): void {
    for (const name of safeList(this.dir)) if (!this.used.has(name)) rmSync(join(this.dir, name), { force: true });
  }

  private atomicWrite(name: string, data: string | Uint8Array): void {
    mkdirSync(this.dir, { recursive: true });
    const tmp = join(this.dir, `.${name}.${process.pid}.tmp`);
    writeFileSync(tmp, data);
    renameSync(tmp, join(this.dir, name));
    this.used.add(name);
  }
}

function safeList(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}

/** What a part's print depends on beyond its layout: where it starts, and the numbers its links show. */
export function printKey(start: number, refs: string[], pages: Record<string, number>): string {
  return PartCache.key(start, refs.map((id) => pages[id] ?? ''));
}
