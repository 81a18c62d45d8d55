import { copyFile, mkdir, rename, stat, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { compose } from '../compose/index.ts';
import type { LoadedManifest } from '../manifest/load.ts';
import { injectReload } from '../preview/inject.ts';
import { prepare } from './prepare.ts';
import { claimOutDir, guardOf } from '../util/out-folder.ts';

/** Remembers which assets are already in the preview folder, so a rebuild copies only what changed. */
export type AssetCache = Map<string, string>;

export interface PreviewBuildResult {
  loaded: LoadedManifest;
  /** HTML file name inside the preview folder. */
  htmlFile: string;
  texts: number;
  ms: number;
}

/**
 * `reader preview`'s run: prepare and compose as a build does, written into the preview folder:
 * no Chromium and no PDF, since Paged.js lays the pages out in the user's own browser. The HTML is written
 * last and renamed into place, so the server never serves a half-written page.
 */
export async function buildPreview(options: {
  config: string;
  outDir?: string;
  build: number;
  cache: AssetCache;
  signal?: AbortSignal;
}): Promise<PreviewBuildResult & { outDir: string }> {
  const started = performance.now();
  const { loaded, texts, analysis } = await prepare({ config: options.config, ...(options.signal ? { signal: options.signal } : {}) });
  const { manifest, root } = loaded;
  const outDir = options.outDir ?? join(root, 'out', '.preview');
  const composed = await compose({ manifest, texts, analysis, root });
  // The preview folder lives in an output folder of the tool's (checked and marked like a build's).
  await claimOutDir(dirname(outDir), guardOf(loaded));
  await mkdir(outDir, { recursive: true });
  for (const asset of composed.assets) {
    const to = join(outDir, asset.to);
    const key = 'from' in asset ? `${asset.from}:${await signature(asset.from)}` : `=${asset.content}`;
    if (options.cache.get(asset.to) === key) continue;
    await mkdir(dirname(to), { recursive: true });
    if ('from' in asset) await copyFile(asset.from, to);
    else await writeFile(to, asset.content);
    options.cache.set(asset.to, key);
  }
  const htmlFile = 'reader.html';
  const tmp = join(outDir, `.${htmlFile}.${process.pid}.tmp`);
  await writeFile(tmp, injectReload(composed.html, options.build));
  await rename(tmp, join(outDir, htmlFile));
  return { loaded, htmlFile, texts: texts.length, ms: performance.now() - started, outDir };
}

async function signature(path: string): Promise<string> {
  const s = await stat(path);
  return `${s.size}:${s.mtimeMs}`;
}
