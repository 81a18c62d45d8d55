import { readFile } from 'node:fs/promises';
import { descendantsOf } from '../src/util/processes.ts';

/** `root` and every process below it. */
const tree = (root: number) => [root, ...descendantsOf(root)];

/**
 * Proportional set size: a page shared by several Chromium processes counts once in total,
 * where summing RSS would count it in every process. Falls back to RSS without smaps_rollup.
 */
async function memoryKb(pid: number): Promise<number> {
  const rollup = await readFile(`/proc/${pid}/smaps_rollup`, 'utf8').catch(() => '');
  const pss = /^Pss:\s+(\d+)/m.exec(rollup)?.[1];
  if (pss) return Number(pss);
  const status = await readFile(`/proc/${pid}/status`, 'utf8').catch(() => '');
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
}

/**
 * Samples the memory (PSS) of this process plus a browser's process tree, keeping the peak of
 * the sum. Without a browser pid it samples this process and every process it started; with
 * `rootPid`, that process and its descendants only.
 */
export class MemorySampler {
  private peakKb = 0;
  private timer: NodeJS.Timeout | undefined;
  private busy = false;
  constructor(
    private readonly browserPid?: number,
    /** Sample this process tree instead (a child build), without the sampling process itself. */
    private readonly rootPid?: number,
  ) {}

  // Every 250 ms: each read of smaps_rollup walks a process's page tables, work that competes with the build measured.
  start(intervalMs = 250): void {
    const tick = async () => {
      if (this.busy) return;
      this.busy = true;
      try {
        const pids = this.rootPid !== undefined ? tree(this.rootPid) : this.browserPid ? [process.pid, ...tree(this.browserPid)] : tree(process.pid);
        let kb = 0;
        for (const pid of pids) kb += await memoryKb(pid);
        this.peakKb = Math.max(this.peakKb, kb);
      } finally {
        this.busy = false;
      }
    };
    void tick();
    this.timer = setInterval(() => void tick(), intervalMs);
  }

  /** Stop sampling; the peak in MB. */
  async stop(): Promise<number> {
    clearInterval(this.timer);
    return this.peakKb / 1024;
  }
}
