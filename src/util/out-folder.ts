import { randomBytes } from 'node:crypto';
import { lstat, mkdir, open, readdir, readFile, realpath, rename, rm } from 'node:fs/promises';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { ReaderError } from '../errors.ts';

/**
 * The output folder belongs to the tool only where the tool made it. A folder the tool made
 * holds this marker: a record of every name the tool put there (`wrote`) and of the
 * temporary names a build has in use (`temp`). A build overwrites, moves or deletes only
 * names in that record, so a user's own file in the folder is never touched.
 */
export const OUT_MARKER = '.reader-out.json';

export interface OutRecord {
  tool: 'reader-press';
  version: 1;
  /** Top-level names the tool wrote into the folder (files and folders). */
  wrote: string[];
  /** Staging and replaced-folder names a build made; a later build removes those still there. */
  temp: string[];
}

/** What the output folder must stay clear of: the project's inputs. */
export interface OutGuard {
  /** The project folder (where `reader.yaml` is). */
  root: string;
  /** `reader.yaml` itself. */
  manifest: string;
  /** Every source file of the reader. */
  sources: readonly string[];
  /** Template and style folders (the project's and those the manifest names). */
  folders: readonly string[];
}

/** The names an earlier version of the tool wrote into out/, before the marker existed. */
const LEGACY_NAMES =
  /^(reader(\.[a-z-]+)?\.(pdf|html|json)|reader(-booklet|-2up|-crop)\.pdf|reader(\.[a-z-]+)?\.(warnings\.txt|anchors\.json)|normalize-report\.html|reader\.accessible\.html|build(\.[a-z-]+)?\.json|assets|packs|\.cache|\.preview)$/;

const emptyRecord = (): OutRecord => ({ tool: 'reader-press', version: 1, wrote: [], temp: [] });

/** The real path of `p`, or of its nearest existing ancestor joined with the rest (p may not exist yet). */
async function realish(p: string): Promise<string> {
  const abs = resolve(p);
  try {
    return await realpath(abs);
  } catch {
    const parent = dirname(abs);
    if (parent === abs) return abs;
    return join(await realish(parent), basename(abs));
  }
}

const inside = (dir: string, p: string) => p === dir || p.startsWith(dir.endsWith(sep) ? dir : dir + sep);

const shown = (p: string) => {
  const r = relative(process.cwd(), p);
  return r && !r.startsWith('..') && !isAbsolute(r) ? r : p;
};

/**
 * Make sure the build may write into `outDir`, and mark it as the tool's. Refuses (exit 2) a
 * folder that is the project folder, contains or lies inside a source, `reader.yaml`, or a
 * template or style folder, or is a non-empty folder the tool did not make. An empty or new
 * folder is made and marked. Call it before anything is written into the folder.
 */
export async function claimOutDir(outDir: string, guard?: OutGuard): Promise<void> {
  const out = await realish(outDir);
  if (guard) await refuseProjectInputs(outDir, out, guard);
  const record = await readRecord(outDir);
  if (record) return;
  let names: string[];
  try {
    names = await readdir(outDir);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (
      code === 'ENOTDIR' &&
      (await lstat(outDir).then(
        (st) => st.isFile(),
        () => false,
      ))
    )
      throw new ReaderError('OutNotAFolder', `The output folder \`${shown(outDir)}\` is a file`, 'Build into a folder with `--out`, e.g. `--out out`.', {
        file: shown(outDir),
      });
    if (code !== 'ENOENT') throw notWritable(outDir, e);
    names = [];
  }
  if (names.length > 0 && !(await isLegacyOutput(outDir, names))) {
    const sample = names
      .slice(0, 3)
      .map((n) => `\`${n}\``)
      .join(', ');
    throw new ReaderError(
      'OutNotOurs',
      `The output folder \`${shown(outDir)}\` is not empty and was not made by reader (it holds ${sample}${names.length > 3 ? ', …' : ''})`,
      `A build replaces files in its output folder, so it writes only into a folder it made. Build into a new or empty folder, e.g. \`--out ${shown(join(outDir, 'reader-out'))}\`.`,
      { file: shown(outDir) },
    );
  }
  try {
    await mkdir(outDir, { recursive: true });
    // Create-exclusive: two builds claiming a new folder at once write one marker.
    const handle = await open(join(outDir, OUT_MARKER), 'wx');
    await handle.writeFile(`${JSON.stringify({ ...emptyRecord(), wrote: names.filter((n) => n !== '.lock') }, null, 1)}\n`);
    await handle.close();
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') return;
    throw notWritable(outDir, e);
  }
}

async function refuseProjectInputs(outDir: string, out: string, guard: OutGuard): Promise<void> {
  const root = await realish(guard.root);
  const instead = `Build into a folder of its own, e.g. \`--out ${shown(join(guard.root, 'out'))}\` (the default).`;
  const refuse = (what: string) =>
    new ReaderError('OutHoldsInputs', `The output folder \`${shown(outDir)}\` ${what}`, `A build replaces and removes files in its output folder. ${instead}`, {
      file: shown(outDir),
    });
  if (out === root) throw refuse('is the project folder');
  for (const file of [guard.manifest, ...guard.sources]) {
    const real = await realish(file);
    if (inside(out, real)) throw refuse(`holds \`${shown(file)}\`, ${file === guard.manifest ? 'the manifest' : 'a source'} of this reader`);
  }
  for (const folder of guard.folders) {
    const real = await realish(folder);
    if (real === out) throw refuse('is a folder of templates or styles');
    if (inside(out, real)) throw refuse(`holds \`${shown(folder)}\`, a folder of templates or styles`);
    if (inside(real, out)) throw refuse(`lies inside \`${shown(folder)}\`, a folder of templates or styles`);
  }
}

/** A folder an earlier version of the tool wrote (no marker yet): only its output names, and a build.json of ours. */
async function isLegacyOutput(outDir: string, names: string[]): Promise<boolean> {
  if (!names.every((n) => LEGACY_NAMES.test(n) || n === '.lock')) return false;
  const report = names.find((n) => /^build(\.[a-z-]+)?\.json$/.test(n));
  if (!report) return names.every((n) => n === '.cache' || n === '.preview' || n === 'packs');
  try {
    const json = JSON.parse(await readFile(join(outDir, report), 'utf8')) as Record<string, unknown>;
    return typeof json.pdf === 'string' && Array.isArray(json.texts);
  } catch {
    return false;
  }
}

/** The folder's record, or undefined when it has no (readable) marker. */
export async function readRecord(outDir: string): Promise<OutRecord | undefined> {
  try {
    const st = await lstat(join(outDir, OUT_MARKER));
    if (!st.isFile()) return undefined;
    const json = JSON.parse(await readFile(join(outDir, OUT_MARKER), 'utf8')) as Partial<OutRecord>;
    if (json.tool !== 'reader-press' || !Array.isArray(json.wrote) || !Array.isArray(json.temp)) return undefined;
    return { tool: 'reader-press', version: 1, wrote: json.wrote.filter(isName), temp: json.temp.filter(isName) };
  } catch {
    return undefined;
  }
}

/** A plain top-level name: never a path, so a tampered record cannot point outside the folder. */
const isName = (n: unknown): n is string =>
  typeof n === 'string' && n !== '' && n !== '.' && n !== '..' && !n.includes('/') && !n.includes('\\') && n !== OUT_MARKER;

/**
 * Change the folder's record. Only a build that holds the folder's lock calls it, so
 * records are never written by two processes at once; within one process, updates run in turn.
 */
export async function updateRecord(outDir: string, change: (r: OutRecord) => void): Promise<OutRecord> {
  const prev = queues.get(outDir) ?? Promise.resolve();
  const next = prev.then(async () => {
    const record = (await readRecord(outDir)) ?? emptyRecord();
    change(record);
    record.wrote = [...new Set(record.wrote.filter(isName))].sort();
    record.temp = [...new Set(record.temp.filter(isName))].sort();
    const path = join(outDir, OUT_MARKER);
    const tmp = `${path}.${process.pid}.${randomBytes(4).toString('hex')}`;
    try {
      const handle = await open(tmp, 'wx');
      await handle.writeFile(`${JSON.stringify(record, null, 1)}\n`);
      await handle.close();
      await rename(tmp, path);
    } catch (e) {
      await rm(tmp, { force: true });
      throw e;
    }
    return record;
  });
  queues.set(
    outDir,
    next.catch(() => {}),
  );
  return next;
}
const queues = new Map<string, Promise<unknown>>();

/**
 * Enter `name` in the record before the tool first writes it (the caches' folder): refused if
 * something of that name is there that the tool did not make. Call it holding the lock.
 */
export async function claimName(outDir: string, name: string): Promise<void> {
  if (await isOurs(outDir, name)) return;
  if (
    await lstat(join(outDir, name)).then(
      () => true,
      () => false,
    )
  ) {
    throw new ReaderError(
      'OutFileNotOurs',
      `The output folder \`${shown(outDir)}\` holds \`${name}\`, which reader did not write`,
      `Move \`${name}\` out of the folder, or build into another folder with \`--out\`.`,
      { file: shown(join(outDir, name)) },
    );
  }
  await updateRecord(outDir, (r) => r.wrote.push(name));
}

/** Whether the tool wrote `name` into the folder (so it may replace or remove it). */
export async function isOurs(outDir: string, name: string): Promise<boolean> {
  return (await readRecord(outDir))?.wrote.includes(name) ?? false;
}

/**
 * Remove the temporary names (staging folders, replaced folders) that the record lists: a
 * killed build left them. Only listed names go, whatever they look like. Returns them.
 */
export async function sweepRecordedTemps(outDir: string, keep: ReadonlySet<string> = new Set()): Promise<string[]> {
  const record = await readRecord(outDir);
  if (!record) return [];
  const swept: string[] = [];
  for (const name of record.temp) {
    if (keep.has(name)) continue;
    const there = await lstat(join(outDir, name)).then(
      () => true,
      () => false,
    );
    if (there) {
      await rm(join(outDir, name), { recursive: true, force: true });
      swept.push(name);
    }
  }
  if (record.temp.some((n) => !keep.has(n))) await updateRecord(outDir, (r) => (r.temp = r.temp.filter((n) => keep.has(n))));
  return swept;
}

/** A name for a temporary entry, entered in the record before it is made. */
export async function reserveTemp(outDir: string, prefix: string): Promise<string> {
  const name = `${prefix}${process.pid}-${randomBytes(4).toString('hex')}`;
  await updateRecord(outDir, (r) => r.temp.push(name));
  return name;
}

/** The temporary entry is gone (moved into place or removed): drop it from the record. */
export async function releaseTemp(outDir: string, name: string): Promise<void> {
  await updateRecord(outDir, (r) => (r.temp = r.temp.filter((n) => n !== name)));
}

function notWritable(outDir: string, e: unknown): ReaderError {
  const code = (e as NodeJS.ErrnoException).code;
  return new ReaderError(
    'OutNotWritable',
    `Cannot write to the output folder \`${shown(outDir)}\` (${code ?? (e as Error).message})`,
    'Choose another folder with `--out`, or fix its permissions.',
    { file: shown(outDir) },
  );
}

/** The guard for a loaded manifest: its folder, itself, its sources, its template and style folders. */
export function guardOf(loaded: {
  root: string;
  path: string;
  manifest: { texts: ReadonlyArray<{ source: string }>; templates?: string | undefined; styles?: string | undefined };
}): OutGuard {
  const { root, manifest } = loaded;
  return {
    root,
    manifest: loaded.path,
    sources: manifest.texts.map((t) => resolve(root, t.source)),
    folders: [
      join(root, 'templates'),
      join(root, 'styles'),
      ...[manifest.templates, manifest.styles].filter((d): d is string => Boolean(d)).map((d) => resolve(root, d)),
    ],
  };
}
