import { mkdir, open, readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { ReaderError } from '../errors.ts';

export interface OutLock {
  path: string;
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

/**
 * Take `out/.lock` (holding our pid) so that two builds never write into one folder at once.
 * A second build refuses at once with the other build's pid; a lock whose pid is dead is
 * stale (a killed build) and is taken over. Holding the lock, leftovers of a killed build
 * (`.staging-*`, `*.old-*`) are ours to sweep.
 */
export async function acquireOutLock(outDir: string): Promise<OutLock> {
  const path = join(outDir, '.lock');
  try {
    await mkdir(outDir, { recursive: true });
  } catch (e) {
    throw notWritable(outDir, e);
  }
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const handle = await open(path, 'wx');
      await handle.writeFile(`${process.pid}\n`);
      await handle.close();
      await sweepLeftovers(outDir);
      let released = false;
      return {
        path,
        release: async () => {
          if (released) return;
          released = true;
          await rm(path, { force: true });
        },
      };
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw notWritable(outDir, e);
    }
    const pid = Number.parseInt((await readFile(path, 'utf8').catch(() => '')).trim(), 10);
    if (Number.isInteger(pid) && pid > 0 && alive(pid)) {
      throw new ReaderError(
        'OutLocked',
        `Another build (pid ${pid}${pid === process.pid ? ', this process' : ''}) is writing to \`${outDir}\``,
        `Wait for it to finish, or build into another folder with \`--out\`. If no build is running, delete \`${path}\`.`,
        { file: outDir },
      );
    }
    // Stale: its build was killed. Remove it and try again (another waiting build may win the race).
    await rm(path, { force: true });
  }
  throw new ReaderError('OutLocked', `Cannot take the lock \`${path}\``, `Delete \`${path}\` if no build is running.`, { file: outDir });
}

/** Whether a live build holds `out/.lock` now (its outputs may be about to change). */
export async function outLocked(outDir: string): Promise<boolean> {
  const pid = Number.parseInt((await readFile(join(outDir, '.lock'), 'utf8').catch(() => '')).trim(), 10);
  return Number.isInteger(pid) && pid > 0 && alive(pid);
}

async function sweepLeftovers(outDir: string): Promise<void> {
  for (const name of await readdir(outDir).catch(() => [] as string[])) {
    if (name.startsWith('.staging-') || /\.old-\d+$/.test(name)) await rm(join(outDir, name), { recursive: true, force: true });
  }
}

function notWritable(outDir: string, e: unknown): ReaderError {
  const code = (e as NodeJS.ErrnoException).code;
  return new ReaderError('OutNotWritable', `Cannot write to the output folder \`${outDir}\` (${code ?? (e as Error).message})`, 'Choose another folder with `--out`, or fix its permissions.', { file: outDir });
}
