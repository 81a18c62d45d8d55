import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { analyzeReader, analyzeText, compileTopics } from '../analyze/index.ts';
import { cacheKey } from '../cache/cache-key.ts';
import { Derived } from '../cache/derived.ts';
import { toolHash } from '../cache/inputs-hash.ts';
import { TextCache } from '../cache/text-cache.ts';
import { sourceImageRefs } from '../images/image-refs.ts';
import { embedImages, imagesDigest, loadImages } from '../images/local-images.ts';
import { ingestBytes } from '../ingest/index.ts';
import { checkParagraphLengths } from '../ingest/paragraph-limit.ts';
import { checkPdfYieldsText } from '../ingest/pdf-text.ts';
import { loadManifest, type LoadedManifest } from '../manifest/load.ts';
import { normalize, normalizePdf } from '../normalize/index.ts';
import type { Prepared } from '../outputs/types.ts';
import type { PreparedText } from '../types.ts';
import { normalizeOptionsFor } from './normalize-options.ts';
import type { BuildSession, ProgressEvent } from './session.ts';
import { checkAborted, stageTimer } from './stage-timer.ts';

export interface PrepareOptions {
  /** Path of `reader.yaml`. Default `reader.yaml`. */
  config?: string;
  /** Output folder (for the text cache). Default `out` next to the manifest. */
  out?: string;
  signal?: AbortSignal;
  onProgress?: (event: ProgressEvent) => void;
  /** Prepare every text again: the text cache is emptied first. */
  fresh?: boolean;
  /** What one process keeps between its builds (`reader build --watch`). */
  session?: BuildSession;
  /**
   * Keep each prepared text on disk in `<out>/.cache/texts`, so a new process prepares only
   * the texts that changed. `build` sets it; pack and preview do not.
   */
  textCache?: boolean;
  /** The manifest, when the caller loaded it already (build does, to take the output folder first). */
  loaded?: LoadedManifest;
}

export interface PrepareResult extends Prepared {
  timings: Record<string, number>;
  /** Resolves when the text cache has written everything, what later stages derived included. */
  cacheWritten: () => Promise<void>;
}

/** The front half of every run (build, pack, preview): manifest -> ingest -> normalize -> analyze. */
export async function prepare(options: PrepareOptions = {}): Promise<PrepareResult> {
  const timings: Record<string, number> = {};
  const time = stageTimer(timings);
  const progress = options.onProgress ?? (() => {});
  if (!options.loaded) progress({ stage: 'manifest', detail: options.config ?? 'reader.yaml' });
  const loaded = options.loaded ?? (await time('manifest', () => loadManifest(options.config ?? 'reader.yaml')));
  const { manifest, root } = loaded;
  const topics = compileTopics(manifest.topics);
  const hashes: Record<string, string> = {};
  const texts: PreparedText[] = [];
  const kept = new Set<string>();
  const disk = options.textCache ? new TextCache(join(resolve(root, options.out ?? 'out'), '.cache', 'texts')) : undefined;
  // --force is a cold build: nothing is read from the cache, which is filled again.
  if (disk && options.fresh) await time('textCache', () => disk.clear());
  // The disk key adds what a session never sees change: the tool (code, templates, styles,
  // lockfile) and Node itself (its regex engine and ICU shape normalization).
  const tool = disk ? await time('textCache', () => toolHash()) : '';
  for (const meta of manifest.texts) {
    checkAborted(options.signal);
    progress({ stage: 'ingest', text: meta.id });
    const path = resolve(root, meta.source);
    const file = relative(root, path) || path;
    // One read: the same bytes are hashed for build.json and decoded.
    const bytes = await time('ingest', async () => new Uint8Array(await readFile(path)));
    hashes[meta.id] = createHash('sha256').update(bytes).digest('hex');
    const normalizeOptions = normalizeOptionsFor(manifest, meta);
    // The pictures it shows from files beside it (read each build: a picture may change alone).
    const images = await time('ingest', () => loadImages(sourceImageRefs(path, bytes), path, root));
    // Everything the text's ingest, normalization and analysis read.
    const key = options.session || disk ? cacheKey(hashes[meta.id], imagesDigest(images), file, meta.id, normalizeOptions, manifest.topics) : '';
    const diskKey = disk ? cacheKey(key, tool, process.versions.node, process.versions.icu) : '';
    const inSession = options.session?.texts.get(key);
    const known = inSession ?? (disk && !options.fresh ? await time('textCache', () => disk.read(diskKey)) : undefined);
    if (known) {
      // What later stages derived from it comes along: the session's in memory, the disk's from its store.
      const derived = inSession?.derived ?? new Derived();
      if (disk) derived.keepIn(disk.derivedStore(diskKey));
      const text = { doc: known.doc, analysis: known.analysis, derived };
      if (options.session) {
        options.session.texts.set(key, text);
        kept.add(key);
      }
      // From the session, and gone from disk (a --force in watch mode emptied it): stored again.
      // Later stages leave a prepared text as it is, so it is still the text as prepared.
      if (disk && options.session && (options.fresh || !disk.has(diskKey))) await time('textCache', () => disk.write(diskKey, text));
      else disk?.keep(diskKey);
      texts.push({ meta, ...text });
      continue;
    }
    const ingested = await time('ingest', () => ingestBytes(bytes, file, meta.id, { from: meta.from }));
    progress({ stage: 'normalize', text: meta.id });
    // A PDF is read through pdfjs glyph positions, which is asynchronous.
    const doc = await time('normalize', () =>
      ingested.extension === 'pdf' ? normalizePdf(ingested, normalizeOptions) : normalize(ingested, normalizeOptions),
    );
    if (ingested.extension === 'pdf') checkPdfYieldsText(doc.file, file);
    embedImages(doc.tree, images, doc.file);
    checkParagraphLengths(doc.tree, file);
    progress({ stage: 'analyze', text: meta.id });
    const analysis = await time('analyze', () => analyzeText(doc, topics));
    // What compose and the side outputs derive from the text is kept beside it on disk too.
    const text = { doc, analysis, derived: new Derived(disk?.derivedStore(diskKey)) };
    texts.push({ meta, ...text });
    if (disk) await time('textCache', () => disk.write(diskKey, text));
    if (options.session) {
      options.session.texts.set(key, text);
      kept.add(key);
    }
  }
  // A session keeps only this build's texts: an edited text's earlier versions go. So does the disk cache.
  for (const key of options.session?.texts.keys() ?? []) if (!kept.has(key)) options.session!.texts.delete(key);
  if (disk) await time('textCache', () => disk.settle());
  const authors = Object.fromEntries(manifest.texts.map((t) => [t.id, t.author]));
  const analysis = await time('analyze', () =>
    analyzeReader(
      texts.map((t) => t.analysis),
      topics,
      { names: manifest.name_index, authors },
    ),
  );
  return { loaded, texts, analysis, timings, hashes, cacheWritten: () => disk?.flush() ?? Promise.resolve() };
}
