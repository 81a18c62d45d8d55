/**
 * `finishPdf` (the PDF/UA post-processing) in worker threads. It is CPU work on the main
 * thread and costs more than layout for a pack, so with several packs it would run one
 * at a time while Chromium waits; workers let it run on every core. If a worker cannot
 * start (no tsx, a test runner's sandbox), the job runs on the main thread instead.
 */
import { Worker } from 'node:worker_threads';
import { finishPdf, type PdfInfo } from '../accessibility/index.ts';

export interface Finisher {
  finish(pdf: Uint8Array, info: PdfInfo): Promise<Uint8Array>;
  close(): Promise<void>;
}

interface Slot {
  worker: Worker;
  ready: Promise<boolean>;
  busy: boolean;
}

/** A pool of `size` workers (0: everything on the main thread). */
export function createFinisher(size: number): Finisher {
  const slots: Slot[] = [];
  let nextId = 0;
  let broken = false;
  const waiting: Array<() => void> = [];
  const pending = new Map<number, { resolve(pdf: Uint8Array): void; reject(e: Error): void }>();

  const spawn = (): Slot => {
    const worker = new Worker(new URL('./finish-worker.mjs', import.meta.url));
    const ready = new Promise<boolean>((resolve) => {
      worker.once('message', () => resolve(true));
      worker.once('error', () => resolve(false));
      worker.once('exit', () => resolve(false));
    });
    worker.on('message', (m: { id?: number; pdf?: Uint8Array; error?: string }) => {
      if (m.id === undefined) return;
      const p = pending.get(m.id);
      pending.delete(m.id);
      if (m.error !== undefined) p?.reject(new Error(m.error));
      else p?.resolve(m.pdf!);
    });
    worker.on('error', (e) => {
      for (const p of pending.values()) p.reject(e);
      pending.clear();
    });
    return { worker, ready, busy: false };
  };

  const acquire = async (): Promise<Slot | undefined> => {
    for (;;) {
      if (broken) return undefined;
      const free = slots.find((s) => !s.busy);
      if (free) {
        free.busy = true;
        if (await free.ready) return free;
        broken = true;
        return undefined;
      }
      if (slots.length < size) slots.push(spawn());
      else await new Promise<void>((r) => waiting.push(r));
    }
  };

  return {
    async finish(pdf, info) {
      const slot = size > 0 ? await acquire() : undefined;
      if (!slot) return finishPdf(pdf, info);
      try {
        const id = nextId++;
        // The PDF is copied, not transferred: a job that fails in the worker is run again here.
        return await new Promise<Uint8Array>((resolve, reject) => {
          pending.set(id, { resolve, reject });
          slot.worker.postMessage({ id, pdf, info });
        });
      } catch {
        return finishPdf(pdf, info);
      } finally {
        slot.busy = false;
        waiting.shift()?.();
      }
    },
    async close() {
      await Promise.all(slots.map((s) => s.worker.terminate()));
    },
  };
}
