import { existsSync, readFileSync } from 'node:fs';
import { mkdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { VFile } from 'vfile';
import { VFileMessage } from 'vfile-message';
import type { TextAnalysis } from '../analyze/types.ts';
import type { NormalizedText, PreparedText } from '../types.ts';
import type { DerivedRecord, DerivedStore } from './derived.ts';
import { writeFileAtomic } from '../util/write-atomic.ts';
import { removeUnused } from './prune.ts';

/** What the cache keeps of a prepared text: its document (tree, change log, messages) and analysis. */
export type CachedText = Pick<PreparedText, 'doc' | 'analysis'>;

/** Bumped when the stored shape changes (the tool hash in every key covers the code too). */
const FORMAT = 1;

interface Stored {
  format: number;
  key: string;
  doc: Omit<NormalizedText, 'file'> & { file: null };
  file: Record<string, unknown>;
  messages: Array<Record<string, unknown>>;
  analysis: TextAnalysis;
}

/**
 * A prepared text as bytes (node:v8, which keeps Maps, Sets, typed arrays, `undefined` and
 * shared references, unlike JSON). v8 drops class prototypes and keeps only an Error's message
 * and stack, so the VFile and its VFileMessages go as plain own fields and are rebuilt on read.
 */
export function encodeText(key: string, text: CachedText): Buffer {
  const { file } = text.doc;
  // `file: null` holds its place: the text read back has its fields in the same order.
  const doc = { ...text.doc, file: null };
  // `cwd` is the process's working folder at ingest: a read takes the reading process's, as a fresh ingest would.
  const { messages, cwd: _cwd, ...fields } = ownFields(file);
  const stored: Stored = { format: FORMAT, key, doc, file: fields, messages: (messages as VFileMessage[]).map(ownFields), analysis: text.analysis };
  return serialize(stored);
}

/** The text stored by `encodeText`, with real VFile and VFileMessage instances; throws on anything else. */
export function decodeText(key: string, bytes: Uint8Array): CachedText {
  const stored = deserialize(bytes) as Stored;
  if (stored?.format !== FORMAT || stored.key !== key || !Array.isArray(stored.messages)) throw new Error('Not a text cache entry');
  const file = new VFile();
  Object.assign(file, stored.file);
  // Assigned one by one onto a constructed message: `stack` stays the non-enumerable field it is on a fresh one.
  file.messages = stored.messages.map((fields) => Object.assign(new VFileMessage(''), fields));
  return { doc: { ...stored.doc, file }, analysis: stored.analysis };
}

/** Every own field of an object (enumerable or not, like an Error's `stack`), as a plain record. */
function ownFields(o: object): Record<string, unknown> {
  return Object.fromEntries(Object.getOwnPropertyNames(o).map((k) => [k, (o as Record<string, unknown>)[k]]));
}

/**
 * The text cache of one output folder (`<out>/.cache/texts`): each text as prepared, under a
 * key of everything its preparation reads (see pipeline/prepare.ts). A build keeps only the
 * entries it used. A missing, corrupt or unreadable entry is a miss; a failed write is ignored
 * (the next build prepares that text again).
 */
export class TextCache {
  private used = new Set<string>();
  private writes: Array<Promise<void>> = [];
  private chains = new Map<string, Promise<void>>();

  constructor(readonly dir: string) {}

  async read(key: string): Promise<CachedText | undefined> {
    try {
      const text = decodeText(key, await readFile(join(this.dir, `${key}.v8`)));
      this.use(key);
      return text;
    } catch {
      return undefined;
    }
  }

  /**
   * Store a text. Encoded now, before later stages see it (nothing should change it, but the
   * entry must be the text as prepared); written in the background until `settle()`.
   */
  write(key: string, text: CachedText): void {
    this.use(key);
    let bytes: Buffer;
    try {
      bytes = encodeText(key, text);
    } catch {
      return;
    }
    this.store(`${key}.v8`, bytes);
  }

  /** Keep an entry this build did not read (its text came from the session). */
  keep(key: string): void {
    this.use(key);
  }

  /**
   * The store of what later stages derive from a text (cache/derived.ts), beside its entry: read
   * when first asked, written in the background (after `settle()`: the process waits for it).
   */
  derivedStore(key: string): DerivedStore {
    const file = join(this.dir, `${key}.derived.v8`);
    let latest: DerivedRecord | undefined;
    return {
      load: () => {
        try {
          const stored = deserialize(readFileSync(file)) as { format: number; key: string; record: DerivedRecord };
          return stored?.format === FORMAT && stored.key === key ? stored.record : undefined;
        } catch {
          return undefined;
        }
      },
      // Values come in bursts (an edition derives several per text): one write per burst.
      save: (record) => {
        const first = !latest;
        latest = record;
        if (first)
          setImmediate(() => {
            const done = latest!;
            latest = undefined;
            try {
              this.store(`${key}.derived.v8`, serialize({ format: FORMAT, key, record: done }));
            } catch {
              // A value v8 cannot store stays in memory only.
            }
          });
      },
    };
  }

  has(key: string): boolean {
    return existsSync(join(this.dir, `${key}.v8`));
  }

  /** Wait for the writes, then drop every entry this build did not read, write or keep. */
  async settle(): Promise<void> {
    await Promise.all(this.writes);
    this.writes = [];
    try {
      removeUnused(this.dir, this.used);
    } catch {
      // An entry that cannot be removed only leaves the cache bigger.
    }
  }

  /** Wait for every write so far, those of derived values included. */
  async flush(): Promise<void> {
    // A burst of derived values is written on the next turn: let it be queued first.
    await new Promise((r) => setImmediate(r));
    await Promise.all(this.writes);
  }

  /** An entry and what was derived from it count as used. */
  private use(key: string): void {
    this.used.add(`${key}.v8`).add(`${key}.derived.v8`);
  }

  /** Write in the background; writes to one file are made in order, so the last one stays. */
  private store(name: string, bytes: Buffer): void {
    const write = (this.chains.get(name) ?? Promise.resolve())
      .then(() => mkdir(this.dir, { recursive: true }))
      .then(() => writeFileAtomic(join(this.dir, name), bytes))
      .catch(() => {});
    this.chains.set(name, write);
    this.writes.push(write);
  }

  /** Drop the whole cache (a fresh build). */
  async clear(): Promise<void> {
    await rm(this.dir, { recursive: true, force: true }).catch(() => {});
    this.used.clear();
  }
}
