import { createHash } from 'node:crypto';
import { readdir, readFile, stat } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { parse } from 'yaml';
import { imageFile, sourceImageRefs } from '../images/image-refs.ts';

const toolRoot = resolve(new URL('../..', import.meta.url).pathname);

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true }).catch(() => []);
  return entries
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

/**
 * A fingerprint of everything a build reads: the manifest, every source, the templates and
 * styles (ours and the user's), and the tool itself (its code and lockfile). Equal
 * fingerprints mean an equal book, so a rebuild can be skipped.
 */
export async function inputsHash(configPath: string, profile?: string): Promise<string> {
  const config = resolve(configPath);
  return manifestInputsHash(await readFile(config, 'utf8'), config, profile);
}

/** The same fingerprint for a manifest given as text, as if it were the file at `configPath` (quick mode's). */
export async function manifestInputsHash(manifestText: string, configPath: string, profile?: string): Promise<string> {
  const config = resolve(configPath);
  const root = resolve(config, '..');
  const hash = createHash('sha256');
  const add = async (path: string) => {
    hash.update(`\0${relative(root, path)}\0`);
    const bytes = await readFile(path).catch(() => Buffer.from('missing'));
    hash.update(bytes);
    return bytes;
  };
  hash.update(`profile:${profile ?? ''}`);
  hash.update(`\0${relative(root, config)}\0`).update(manifestText);
  const manifest = (parse(manifestText) ?? {}) as { texts?: Array<{ source?: unknown }>; templates?: unknown; styles?: unknown };
  for (const t of manifest.texts ?? []) {
    if (typeof t.source !== 'string') continue;
    const source = resolve(root, t.source);
    const bytes = await add(source);
    // The pictures it shows from files beside it (images/local-images.ts), by size and time, not
    // bytes: a picture may be large, and is read only if the build needs it.
    for (const url of sourceImageRefs(source, bytes)) {
      const path = imageFile(url, dirname(source));
      const info = await stat(path).catch(() => undefined);
      hash.update(`\0${relative(root, path)}\0${info ? `${info.size}:${info.mtimeMs}` : 'missing'}`);
    }
  }
  for (const dir of [manifest.templates, manifest.styles]) if (typeof dir === 'string') for (const f of await filesUnder(resolve(root, dir))) await add(f);
  hash.update(await toolHash());
  return hash.digest('hex');
}

/** A fingerprint of every file under `dir` (its path below `root` and its bytes), in a stable order. */
export async function filesHash(root: string, dir: string): Promise<string> {
  const hash = createHash('sha256');
  for (const f of await filesUnder(dir)) hash.update(`\0${relative(root, f)}\0`).update(await readFile(f));
  return hash.digest('hex');
}

let tool: Promise<string> | undefined;

/** A fingerprint of the tool itself: its code, templates, styles and lockfile (once per process). */
export function toolHash(): Promise<string> {
  tool ??= (async () => {
    const hash = createHash('sha256');
    for (const dir of ['src', 'templates', 'styles']) hash.update(await filesHash(toolRoot, join(toolRoot, dir)));
    hash.update(await readFile(join(toolRoot, 'package-lock.json')).catch(() => Buffer.from('missing')));
    return hash.digest('hex');
  })();
  return tool;
}
