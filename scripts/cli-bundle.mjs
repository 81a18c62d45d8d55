// The CLI's bundled build: dist/cli/main.mjs (plus its lazily loaded chunks), made from src/
// with esbuild and rebuilt whenever the sources change. Shared by bin/reader.js and
// scripts/setup.mjs. Dependency-free until a rebuild is needed: esbuild is imported only then.
//
// Why chunks: one single-file ESM bundle hoists every package import to its top, so even
// `reader --help` would load puppeteer, pdf-lib, linkedom… (~1 s). With code splitting each
// `await import()` in src/ stays lazy. Chunks sit beside main.mjs, two folders below the
// package root, because sources compute paths like `new URL('../../templates/', import.meta.url)`.
//
// Why packages are bundled too: loaded from node_modules one file at a time, the build's
// modules took about 0.6 s to resolve and load before any work began; from a few chunks,
// about half that. puppeteer-core too: from node_modules it took 0.15 s to load, bundled
// 0.05 s; the `proxy-agent` package it reaches only to download browsers (never done here) is
// replaced by a stub (scripts/bundle-stubs/), and its CLIs stay in chunks nothing loads.
// Left outside: pdfjs-dist (it loads its worker and fonts from its own folder) and the build tools.
import { createHash, randomBytes } from 'node:crypto';
import { closeSync, mkdirSync, openSync, readdirSync, readFileSync, readSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The package root (the folder holding package.json, src/ and dist/). */
export const packageRoot = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Bump when the bundling options below change, so existing bundles are rebuilt. */
const BUNDLE_FORMAT = 'reader-cli-bundle/6';
const ENTRY = 'main.mjs';
/** Packages loaded from node_modules rather than bundled (see above). */
const EXTERNAL = ['pdfjs-dist', 'esbuild', 'tsx', 'vitest'];
/** Packages replaced in the bundle by a stub (see above). */
const STUBS = { 'proxy-agent': './scripts/bundle-stubs/proxy-agent.mjs' };
const HASH_FILE = '.source-hash';
const BANNER = '// reader-press source hash: ';
/** Chunks (and temp files) that no build has written for this long are removed. */
const STALE_MS = 60 * 60 * 1000;

/** Every file under `dir`, as sorted paths relative to `root` with `/` separators. */
function filesUnder(root, dir) {
  let entries;
  try {
    entries = readdirSync(join(root, dir), { withFileTypes: true, recursive: true });
  } catch {
    return [];
  }
  return entries
    .filter((e) => e.isFile())
    .map((e) =>
      relative(root, join(e.parentPath ?? e.path, e.name))
        .split(sep)
        .join('/'),
    )
    .sort();
}

/**
 * sha256 over the sorted relative paths and contents of every file under src/ and the
 * bundle's stubs, plus package.json (dependency versions, esbuild's among them) and the bundle format.
 */
export function sourceFingerprint(root = packageRoot) {
  const hash = createHash('sha256');
  hash.update(`${BUNDLE_FORMAT}\0`);
  for (const path of [...filesUnder(root, 'src'), ...filesUnder(root, 'scripts/bundle-stubs'), 'package.json']) {
    hash.update(`${path}\0`);
    let bytes;
    try {
      bytes = readFileSync(join(root, path));
    } catch {
      bytes = Buffer.from('missing');
    }
    hash.update(`${bytes.length}\0`);
    hash.update(bytes);
  }
  return hash.digest('hex');
}

/** The folder the bundle lives in. */
export const bundleDir = (root = packageRoot) => join(root, 'dist', 'cli');

/** The first line of a file (up to 200 bytes), or '' when it cannot be read. */
function firstLine(path) {
  let fd;
  try {
    fd = openSync(path, 'r');
    const buf = Buffer.alloc(200);
    const n = readSync(fd, buf, 0, buf.length, 0);
    return buf.subarray(0, n).toString('utf8').split('\n')[0];
  } catch {
    return '';
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/**
 * Is the bundle in `outDir` built from sources with this fingerprint? Both `.source-hash` and
 * the banner line of main.mjs must say so: main.mjs is replaced in one rename, so its banner
 * is the truth even when two builds of different sources race.
 */
export function isFresh(fingerprint, outDir = bundleDir()) {
  let stamp;
  try {
    stamp = readFileSync(join(outDir, HASH_FILE), 'utf8').trim();
  } catch {
    return false;
  }
  return stamp === fingerprint && firstLine(join(outDir, ENTRY)) === `${BANNER}${fingerprint}`;
}

/** Write a file through a temp file and a rename: readers see the old file or the new one, never half of one. */
function writeAtomic(path, contents) {
  const tmp = `${path}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  try {
    writeFileSync(tmp, contents);
    renameSync(tmp, path);
  } catch (e) {
    rmSync(tmp, { force: true });
    throw e;
  }
}

/**
 * Bundle src/cli/main.ts into `outDir` with esbuild's JS API. Chunk names carry a hash of their
 * content, so they are written first and main.mjs last: a command that starts meanwhile runs
 * either the old bundle (whose chunks are still there) or the new one. Returns main.mjs's path.
 */
export async function buildBundle({ root = packageRoot, outDir = bundleDir(root), fingerprint = sourceFingerprint(root) } = {}) {
  const esbuild = await import('esbuild');
  let result;
  try {
    result = await esbuild.build({
      absWorkingDir: root,
      // main: the CLI; index: the library (package.json `exports`), sharing its chunks.
      entryPoints: {
        main: join(root, 'src', 'cli', 'main.ts'),
        index: join(root, 'src', 'index.ts'),
      },
      bundle: true,
      platform: 'node',
      format: 'esm',
      external: EXTERNAL,
      alias: STUBS,
      // Bundled CommonJS packages call require() for Node's own modules.
      banner: { js: "import { createRequire as __readerRequire } from 'node:module'; const require = __readerRequire(import.meta.url);" },
      target: 'node20',
      splitting: true,
      outdir: outDir,
      entryNames: '[name]',
      chunkNames: 'chunk-[hash]',
      outExtension: { '.js': '.mjs' },
      // No keepNames: functions handed to puppeteer's page.evaluate must not call a `__name` helper.
      write: false,
      logLevel: 'silent',
    });
  } finally {
    await esbuild.stop?.();
  }
  mkdirSync(outDir, { recursive: true });
  const entry = join(outDir, ENTRY);
  const written = new Set([ENTRY, HASH_FILE, 'index.mjs']);
  const files = result.outputFiles.filter((f) => f.path !== entry);
  for (const f of files) {
    writeAtomic(f.path, f.contents);
    written.add(relative(outDir, f.path));
  }
  const main = result.outputFiles.find((f) => f.path === entry);
  if (!main) throw new Error(`esbuild wrote no ${ENTRY}`);
  // The fingerprint goes on main.mjs only: in the chunks it would change every chunk's name.
  writeAtomic(entry, Buffer.concat([Buffer.from(`${BANNER}${fingerprint}\n`), main.contents]));
  writeAtomic(join(outDir, HASH_FILE), `${fingerprint}\n`);
  pruneStale(outDir, written);
  return entry;
}

/** Remove chunks of older builds (and temp files of killed ones) that no build has written for an hour. */
function pruneStale(outDir, keep) {
  const now = Date.now();
  for (const name of readdirSync(outDir)) {
    if (keep.has(name) || !/^chunk-.*\.mjs$|\.tmp$/.test(name)) continue;
    try {
      const path = join(outDir, name);
      if (now - statSync(path).mtimeMs > STALE_MS) rmSync(path, { force: true });
    } catch {
      // Gone already, or another build is pruning too.
    }
  }
}

/** The path of a bundle built from the current sources, building it first when stale or missing. */
export async function ensureBundle(root = packageRoot) {
  const fingerprint = sourceFingerprint(root);
  const outDir = bundleDir(root);
  if (isFresh(fingerprint, outDir)) return join(outDir, ENTRY);
  return buildBundle({ root, outDir, fingerprint });
}
