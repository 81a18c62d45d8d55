import { ReaderError } from '../errors.ts';

/** A function that runs one stage and adds its wall time to `timings[stage]`. */
export function stageTimer(timings: Record<string, number>) {
  return async <T>(stage: string, fn: () => Promise<T> | T): Promise<T> => {
    const t = performance.now();
    try {
      return await fn();
    } finally {
      timings[stage] = (timings[stage] ?? 0) + (performance.now() - t);
    }
  };
}

export const roundAll = (t: Record<string, number>): Record<string, number> => Object.fromEntries(Object.entries(t).map(([k, v]) => [k, Math.round(v)]));

/** Stop between stages once Ctrl-C was pressed (exit 130). */
export function checkAborted(signal?: AbortSignal, what = 'Build'): void {
  if (signal?.aborted) throw new ReaderError('Interrupted', `${what} interrupted`, undefined, undefined, 130);
}
