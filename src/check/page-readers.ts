/**
 * pdf.js reads a PDF's pages for the checker in worker threads, not in the build's own thread:
 * - several at once (one per core, up to four), each a share of the pages: Chromium is done by
 *   the time the PDF is checked, so the cores are free, and the build writes its other outputs
 *   in its own thread meanwhile;
 * - pdf.js and its polyfills (src/util/pdfjs.ts) stay in the workers' realms;
 * - a PDF that makes pdf.js grow past LIMITS stops a worker, not the build's process.
 * The workers start ahead (warmPageReaders, as layout starts) so that pdf.js is compiled by
 * the time the PDF is printed, and stay for the process's next check (`--watch`), unref'd:
 * an idle reader never keeps the process alive.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { workerScript } from '../util/worker-script.ts';
import type { Share, ShareRead } from './page-read.ts';

export interface ReadRequest {
  id: number;
  bytes: ArrayBuffer;
  share: Share;
}

export type ReadReply = { id: number; result: ShareRead } | { id: number; error: string };

const LIMITS = { maxOldGenerationSizeMb: 2048 };

async function spawn(): Promise<Worker> {
  // Not the process's own flags (`--input-type`, say, is refused in a worker).
  return new Worker(await workerScript('check/page-reader'), { resourceLimits: LIMITS, execArgv: [] });
}

type Waiting = { resolve: (read: ShareRead) => void; reject: (e: unknown) => void };

class PageReaders {
  readonly #workers: Promise<Worker[]>;
  readonly #waiting = new Map<number, Waiting>();
  #next = 0;
  /** Set once a worker failed or was stopped: the readers are not used again. */
  broken: unknown;

  constructor(count: number) {
    this.#workers = Promise.all(Array.from({ length: count }, spawn)).then((workers) => {
      for (const worker of workers) {
        worker.on('message', (reply: ReadReply) => {
          const waiting = this.#waiting.get(reply.id);
          this.#waiting.delete(reply.id);
          if ('result' in reply) waiting?.resolve(reply.result);
          else waiting?.reject(new Error(reply.error));
          if (this.#waiting.size === 0) for (const w of workers) w.unref();
        });
        worker.on('error', (e) => this.destroy(e));
        worker.on('exit', (code) => this.destroy(new Error(`A page reader of the PDF check stopped (exit code ${code})`)));
        if (this.broken) void worker.terminate();
        // After the listeners: adding one refs a worker again, and a build that never checked
        // (it failed after layout began) then never exited.
        worker.unref();
      }
      return workers;
    });
    this.#workers.catch((e: unknown) => this.destroy(e));
  }

  /** Every share of the pages, one per worker. */
  async read(bytes: Uint8Array): Promise<ShareRead[]> {
    const workers = await this.#workers;
    if (this.broken) throw this.broken;
    const of = workers.length;
    return Promise.all(
      workers.map(
        (worker, index) =>
          new Promise<ShareRead>((resolve, reject) => {
            const id = this.#next++;
            this.#waiting.set(id, { resolve, reject });
            worker.ref();
            const copy = bytes.slice();
            worker.postMessage({ id, bytes: copy.buffer, share: { index, of } } satisfies ReadRequest, [copy.buffer]);
          }),
      ),
    );
  }

  /** Stop every worker; what was waiting rejects with `reason`. */
  destroy(reason: unknown): void {
    if (this.broken) return;
    this.broken = reason;
    for (const waiting of this.#waiting.values()) waiting.reject(reason);
    this.#waiting.clear();
    void this.#workers.then((workers) => workers.map((w) => w.terminate())).catch(() => {});
  }
}

let readers: PageReaders | undefined;
/** The read in progress: the next waits for it. */
let busy: Promise<unknown> | undefined;

const current = (): PageReaders => {
  if (!readers || readers.broken) readers = new PageReaders(Math.max(1, Math.min(4, availableParallelism())));
  return readers;
};

/** Start the page readers now, so that pdf.js is compiled before there is a PDF to check. */
export function warmPageReaders(): void {
  current();
}

/**
 * Read every page of a PDF with pdf.js, in shares, one per worker (page-read.ts readShare).
 * One PDF at a time: a second call waits for the first; an idle call has started when it
 * returns. Rejects with the signal's reason if it aborts first (the workers are
 * stopped; the next call starts new ones).
 */
export function readPages(bytes: Uint8Array, signal?: AbortSignal): Promise<ShareRead[]> {
  const start = async () => {
    signal?.throwIfAborted();
    const pool = current();
    const abort = () => pool.destroy(signal!.reason);
    signal?.addEventListener('abort', abort, { once: true });
    try {
      return await pool.read(bytes);
    } finally {
      signal?.removeEventListener('abort', abort);
    }
  };
  // Cleared before the caller's await resumes, so that its next call finds the readers idle.
  const run = (busy ? busy.then(start, start) : start()).finally(() => {
    if (busy === settled) busy = undefined;
  });
  const settled = run.catch(() => {});
  busy = settled;
  return run;
}
