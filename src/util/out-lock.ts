import { randomBytes } from 'node:crypto';
import { link, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ReaderError } from '../errors.ts';
import { claimOutDir, sweepRecordedTemps, type OutGuard } from './out-folder.ts';

export interface OutLock {
  path: string;
  /** Temporary entries of killed builds that taking the lock removed (from the folder's record). */
  swept: string[];
  /** Throws if another build has taken the lock from us since (only a broken stale-lock race can). */
  assertHeld(): Promise<void>;
  release(): Promise<void>;
}

/** Is a process with this pid alive? EPERM means alive but not ours. */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

const pidOf = (content: string) => Number.parseInt(content.trim().split(/\s+/)[0] ?? '', 10);
const read = (path: string) => readFile(path, 'utf8').catch((e: NodeJS.ErrnoException) => (e.code === 'ENOENT' ? undefined : ''));

/**
 * Take `out/.lock` so that two builds never write into one folder at once. The lock file is
 * made whole under a private name and linked into place: `link` fails if the lock exists, so
 * taking it is one atomic step, and the file always holds its owner's pid and a nonce.
 *
 * A lock whose pid is dead is stale (a killed build). Only the holder of a second lock,
 * `.lock.break`, taken the same way, may remove a stale lock, and only after reading it again
 * under that lock: nobody else removes a lock meanwhile, and nobody can link a new one over
 * it, so what it removes is the stale lock. Holding the lock, the temporary entries that the
 * folder's record lists (a killed build's staging) are removed.
 */
export async function acquireOutLock(outDir: string, guard?: OutGuard): Promise<OutLock> {
  await claimOutDir(outDir, guard);
  const path = join(outDir, '.lock');
  const nonce = randomBytes(8).toString('hex');
  const mine = `${process.pid} ${nonce}\n`;
  const draft = join(outDir, `.lock.${process.pid}.${nonce}`);
  try {
    await writeFile(draft, mine, { flag: 'wx' });
  } catch (e) {
    throw notWritable(outDir, e);
  }
  try {
    for (let attempt = 0; attempt < 400; attempt++) {
      try {
        await link(draft, path);
        const swept = [...(await sweepRecordedTemps(outDir)), ...(await sweepDeadDrafts(outDir))];
        let released = false;
        const assertHeld = async () => {
          if ((await read(path)) !== mine)
            throw new ReaderError(
              'OutLocked',
              `Another build took over the output folder \`${outDir}\``,
              'Run one build at a time into one folder, or give each its own `--out`.',
              { file: outDir },
            );
        };
        return {
          path,
          swept,
          assertHeld,
          release: async () => {
            if (released) return;
            released = true;
            // Only our own lock is removed, never one another build holds.
            if ((await read(path)) === mine) await rm(path, { force: true });
          },
        };
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw notWritable(outDir, e);
      }
      const held = await read(path);
      if (held === undefined) continue; // released meanwhile: try again
      const pid = pidOf(held);
      if (Number.isInteger(pid) && pid > 0 && alive(pid)) throw lockedBy(pid, outDir, path);
      // Stale (a lock is linked whole, so an unreadable one is stale too). Another build may be
      // breaking it right now: then wait for it, a few milliseconds.
      if (!(await breakStale(path, draft, mine))) await new Promise((r) => setTimeout(r, 2 + attempt));
    }
  } finally {
    await rm(draft, { force: true });
  }
  throw new ReaderError('OutLocked', `Cannot take the lock \`${path}\``, `Delete \`${path}\` if no build is running.`, { file: outDir });
}

/** Under `.lock.break`, remove the lock if it is still stale. False if another build holds `.lock.break`. */
async function breakStale(path: string, draft: string, mine: string): Promise<boolean> {
  const breaker = `${path}.break`;
  try {
    await link(draft, breaker);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    const other = await read(breaker);
    const pid = pidOf(other ?? '');
    // A breaker killed while it held `.lock.break`: remove its file, then race again.
    if (other !== undefined && !(Number.isInteger(pid) && pid > 0 && alive(pid))) await removeIfSame(breaker, other);
    return false;
  }
  try {
    const held = await read(path);
    if (held !== undefined) {
      const pid = pidOf(held);
      if (!(Number.isInteger(pid) && pid > 0 && alive(pid))) await rm(path, { force: true });
    }
    return true;
  } finally {
    if ((await read(breaker)) === mine) await rm(breaker, { force: true });
  }
}

/** Remove `path` if it still holds `content`: renamed away first, and put back if it changed. */
async function removeIfSame(path: string, content: string): Promise<void> {
  const moved = `${path}.${process.pid}.${randomBytes(8).toString('hex')}`;
  try {
    await rename(path, moved);
  } catch {
    return;
  }
  if ((await read(moved)) !== content) await link(moved, path).catch(() => {});
  await rm(moved, { force: true });
}

/** Lock drafts and broken stale locks of killed builds: names only this module makes, with a dead pid in them. */
async function sweepDeadDrafts(outDir: string): Promise<string[]> {
  const swept: string[] = [];
  for (const name of await readdir(outDir).catch(() => [] as string[])) {
    const m = /^\.lock(?:\.break)?\.(\d+)\.[0-9a-f]{16}$/.exec(name);
    if (!m || Number(m[1]) === process.pid || alive(Number(m[1]))) continue;
    await rm(join(outDir, name), { force: true });
    swept.push(name);
  }
  return swept;
}

function lockedBy(pid: number, outDir: string, path: string): ReaderError {
  return new ReaderError(
    'OutLocked',
    `Another build (pid ${pid}${pid === process.pid ? ', this process' : ''}) is writing to \`${outDir}\``,
    `Wait for it to finish, or build into another folder with \`--out\`. If no build is running, delete \`${path}\`.`,
    { file: outDir },
  );
}

/** Whether a live build holds `out/.lock` now (its outputs may be about to change). */
export async function outLocked(outDir: string): Promise<boolean> {
  const pid = pidOf((await read(join(outDir, '.lock'))) ?? '');
  return Number.isInteger(pid) && pid > 0 && alive(pid);
}

function notWritable(outDir: string, e: unknown): ReaderError {
  const code = (e as NodeJS.ErrnoException).code;
  return new ReaderError(
    'OutNotWritable',
    `Cannot write to the output folder \`${outDir}\` (${code ?? (e as Error).message})`,
    'Choose another folder with `--out`, or fix its permissions.',
    { file: outDir },
  );
}
