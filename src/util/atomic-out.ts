import { mkdir, mkdtemp, readdir, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { ReaderError } from '../errors.ts';
import { faultOn } from './fault.ts';

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
    throw outputError(e, outDir);
  }
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
  return new ReaderError('OutNotWritable', `Cannot write to the output folder \`${outDir}\`: ${why}`, code === 'ENOSPC' || code === 'EDQUOT' ? 'Free some space, or build into another folder with `--out`. The earlier output was left as it was.' : 'Choose another folder with `--out`, or fix its permissions.', { file: outDir });
}

/**
 * Move every staged file into `out/` by rename: each file is replaced whole or not at all,
 * and the PDF is moved last so that a reader never sees a new PDF beside old assets.
 */
export async function commitOutputs(staging: Staging, outDir: string): Promise<void> {
  try {
    // Tests simulate a full disk here, when everything is staged and nothing replaced yet.
    if (faultOn('enospc')) throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
    const entries = await readdir(staging.dir, { withFileTypes: true });
    const ordered = entries.sort((a, b) => Number(a.name.endsWith('.pdf')) - Number(b.name.endsWith('.pdf')));
    for (const entry of ordered) {
      const to = join(outDir, entry.name);
      if (entry.isDirectory()) {
        // Folders (assets/) cannot be renamed over a non-empty folder: replace them.
        const old = `${to}.old-${process.pid}`;
        const moved = await rename(to, old).then(() => true, () => false);
        try {
          await rename(join(staging.dir, entry.name), to);
        } catch (e) {
          // Put the old folder back: the earlier output stays whole.
          if (moved) await rename(old, to).catch(() => {});
          throw e;
        }
        await rm(old, { recursive: true, force: true });
      } else {
        await rename(join(staging.dir, entry.name), to);
      }
    }
  } catch (e) {
    throw outputError(e, outDir);
  }
}
