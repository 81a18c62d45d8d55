import { lstat, mkdir, readdir, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { ReaderError } from '../errors.ts';
import { faultOn } from './fault.ts';
import { readRecord, releaseTemp, reserveTemp, updateRecord } from './out-folder.ts';

/** A private folder inside `out/` where a build writes before anything is replaced. */
export interface Staging {
  dir: string;
  /** Its name in `out/`, entered in the folder's record (util/out-folder.ts) before it was made. */
  name: string;
  outDir: string;
}

/**
 * A staging folder in `out/` (on the same file system, so renames are atomic). Its name goes
 * into the folder's record first, so a later build can remove it if this one is killed.
 * Call it holding the folder's lock, after `claimOutDir`.
 */
export async function prepareStaging(outDir: string): Promise<Staging> {
  try {
    const name = await reserveTemp(outDir, '.staging-');
    await mkdir(join(outDir, name));
    return { dir: join(outDir, name), name, outDir };
  } catch (e) {
    throw outputError(e, outDir);
  }
}

/** Remove the staging folder and its record entry (after a commit, or a failed build). */
export async function discardStaging(staging: Staging): Promise<void> {
  await rm(staging.dir, { recursive: true, force: true });
  await releaseTemp(staging.outDir, staging.name).catch(() => {});
}

const REASONS: Record<string, string> = {
  ENOSPC: 'no space left on the device',
  EDQUOT: 'disk quota exceeded',
  EROFS: 'read-only file system',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  ENOTDIR: 'a part of the path is a file, not a folder',
  EEXIST: 'a file is in the way',
  EXDEV: 'the staging folder is on another file system',
};

/** A file-system error while writing the output, as the one-line error the CLI prints. */
export function outputError(e: unknown, outDir: string): ReaderError {
  if (e instanceof ReaderError) return e;
  const code = (e as NodeJS.ErrnoException).code;
  const why = code ? `${REASONS[code] ?? 'file-system error'} (${code})` : (e as Error).message;
  return new ReaderError(
    'OutNotWritable',
    `Cannot write to the output folder \`${outDir}\`: ${why}`,
    code === 'ENOSPC' || code === 'EDQUOT'
      ? 'Free some space, or build into another folder with `--out`. The earlier output was left as it was.'
      : 'Choose another folder with `--out`, or fix its permissions.',
    { file: outDir },
  );
}

/**
 * Move every staged file into `out/` by rename: each file is replaced whole or not at all,
 * and the PDF is moved last so that a reader never sees a new PDF beside old assets. Only a
 * name the folder's record says the tool wrote is replaced: a user's file of the same name
 * stops the build before anything moves.
 */
export async function commitOutputs(staging: Staging, outDir: string): Promise<void> {
  try {
    // Tests simulate a full disk here, when everything is staged and nothing replaced yet.
    if (faultOn('enospc')) throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
    const entries = await readdir(staging.dir, { withFileTypes: true });
    const ordered = entries.sort((a, b) => Number(a.name.endsWith('.pdf')) - Number(b.name.endsWith('.pdf')));
    const ours = new Set((await readRecord(outDir))?.wrote ?? []);
    for (const entry of ordered) {
      const there = await lstat(join(outDir, entry.name)).then(
        () => true,
        () => false,
      );
      if (there && !ours.has(entry.name)) throw notOurs(outDir, entry.name);
    }
    // Entered before they are moved: a build killed in the middle leaves only names of its own.
    await updateRecord(outDir, (r) => r.wrote.push(...ordered.map((e) => e.name)));
    for (const entry of ordered) {
      const to = join(outDir, entry.name);
      if (entry.isDirectory()) {
        // Folders (assets/) cannot be renamed over a non-empty folder: replace them.
        const old = await reserveTemp(outDir, `.${entry.name}.old-`);
        const moved = await rename(to, join(outDir, old)).then(
          () => true,
          () => false,
        );
        try {
          await rename(join(staging.dir, entry.name), to);
        } catch (e) {
          // Put the old folder back: the earlier output stays whole.
          if (moved) await rename(join(outDir, old), to).catch(() => {});
          throw e;
        }
        await rm(join(outDir, old), { recursive: true, force: true });
        await releaseTemp(outDir, old);
      } else {
        await rename(join(staging.dir, entry.name), to);
      }
    }
  } catch (e) {
    throw outputError(e, outDir);
  }
}

function notOurs(outDir: string, name: string): ReaderError {
  return new ReaderError(
    'OutFileNotOurs',
    `The output folder \`${outDir}\` holds \`${name}\`, which reader did not write`,
    `Move \`${name}\` out of the folder, or build into another folder with \`--out\`. Nothing was replaced.`,
    { file: join(outDir, name) },
  );
}
