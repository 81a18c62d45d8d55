import { mkdir, mkdtemp, readdir, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { ReaderError } from '../errors.ts';

/** A private folder inside `out/` where a build writes before anything is replaced. */
export interface Staging {
  dir: string;
}

/** Make `out/` (if needed) and a staging folder in it, on the same file system, so renames are atomic. */
export async function prepareStaging(outDir: string): Promise<Staging> {
  try {
    await mkdir(outDir, { recursive: true });
    return { dir: await mkdtemp(join(outDir, '.staging-')) };
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new ReaderError('OutNotWritable', `Cannot write to the output folder \`${outDir}\` (${code ?? (e as Error).message})`, 'Choose another folder with `--out`, or fix its permissions.', { file: outDir });
  }
}

/**
 * Move every staged file into `out/` by rename: each file is replaced whole or not at all,
 * and the PDF is moved last so that a reader never sees a new PDF beside old assets.
 */
export async function commitOutputs(staging: Staging, outDir: string): Promise<void> {
  const entries = await readdir(staging.dir, { withFileTypes: true });
  const ordered = entries.sort((a, b) => Number(a.name.endsWith('.pdf')) - Number(b.name.endsWith('.pdf')));
  for (const entry of ordered) {
    const to = join(outDir, entry.name);
    if (entry.isDirectory()) {
      // Folders (assets/) cannot be renamed over a non-empty folder: replace them.
      const old = `${to}.old-${process.pid}`;
      await rename(to, old).catch(() => {});
      await rename(join(staging.dir, entry.name), to);
      await rm(old, { recursive: true, force: true });
    } else {
      await rename(join(staging.dir, entry.name), to);
    }
  }
}
