import { copyFile, mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Asset } from '../compose/index.ts';
import type { OutputFiles } from '../outputs/types.ts';
import { commitOutputs, discardStaging, outputError, prepareStaging, type Staging } from '../util/atomic-out.ts';
import { isOurs, type OutGuard } from '../util/out-folder.ts';
import { acquireOutLock, type OutLock } from '../util/out-lock.ts';

export interface OutFolderOptions {
  /** What the folder must stay clear of (the project's inputs): see util/out-folder.ts. */
  guard?: OutGuard;
  /** Told the names a killed run left in the folder, removed when the lock was taken. */
  onSwept?: (names: string[]) => void;
}

/**
 * The one place where a run writes into its output folder. The folder is checked to be the
 * tool's (util/out-folder.ts: its record of what the tool wrote, clear of the project's
 * inputs); `out/.lock` keeps a second run out; everything is written into `out/.staging-*` and
 * moved into place only when the whole run succeeded, so a failed run leaves the earlier output
 * as it was. A full disk or a vanished folder is an operational error with a hint, not a crash.
 * The folder is taken on `lock()`/`open()` or on the first write: a run that writes nothing takes nothing.
 */
export class OutFolder implements OutputFiles {
  private locked: Promise<OutLock> | undefined;
  private staged: Promise<Staging> | undefined;
  private staging: Staging | undefined;

  constructor(
    readonly outDir: string,
    private readonly options: OutFolderOptions = {},
  ) {}

  /** The staging folder; known once the folder is open. */
  get dir(): string {
    if (!this.staging) throw new Error(`The output folder ${this.outDir} is not open yet`);
    return this.staging.dir;
  }

  /** Take the folder's lock (before anything is written there, the caches included). */
  lock(): Promise<OutLock> {
    this.locked ??= acquireOutLock(this.outDir, this.options.guard).then((lock) => {
      if (lock.swept.length > 0) this.options.onSwept?.(lock.swept);
      return lock;
    });
    return this.locked;
  }

  /** Take the lock and make the staging folder; returns the staging folder. */
  async open(): Promise<string> {
    await this.lock();
    this.staged ??= prepareStaging(this.outDir).then((s) => (this.staging = s));
    return (await this.staged).dir;
  }

  async write(name: string, content: string | Uint8Array): Promise<void> {
    const dir = await this.open();
    await this.guarded(() => writeFile(join(dir, name), content));
  }

  async assets(assets: readonly Asset[]): Promise<void> {
    const dir = await this.open();
    await this.guarded(async () => {
      for (const asset of assets) {
        const to = join(dir, asset.to);
        await mkdir(dirname(to), { recursive: true });
        if ('from' in asset) await copyFile(asset.from, to);
        else await writeFile(to, asset.content);
      }
    });
  }

  /** Remove an earlier output: only a name the tool wrote (a user's file of that name stays). */
  async remove(name: string): Promise<void> {
    if (await isOurs(this.outDir, name)) await rm(join(this.outDir, name), { force: true });
  }

  /** Move everything staged into the output folder (the PDF last), if the lock is still ours. Nothing, if nothing was written. */
  async commit(): Promise<void> {
    if (!this.staged) return;
    const staging = await this.staged;
    await (await this.lock()).assertHeld();
    await commitOutputs(staging, this.outDir);
  }

  /** Remove the staging folder and release the lock: call it in a `finally`. */
  async close(): Promise<void> {
    const staging = await this.staged?.catch(() => undefined);
    if (staging) await discardStaging(staging);
    const lock = await this.locked?.catch(() => undefined);
    await lock?.release();
  }

  /** Run a write; a file-system error becomes the one-line error with a hint. */
  async guarded<T>(fn: () => Promise<T>): Promise<T> {
    try {
      return await fn();
    } catch (e) {
      throw outputError(e, this.outDir);
    }
  }
}
