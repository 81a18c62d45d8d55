import { dirname, resolve } from 'node:path';
import { changedLabel, watchProject } from './watch-project.ts';

export interface WatchLoopOptions {
  /** Path of reader.yaml. */
  config: string;
  /** One build. Throwing is fine: the error is logged through `onError` and the loop goes on. */
  run: (changed: string[]) => Promise<void>;
  /** Report a failed run (print `e.line` + hint for a ReaderError). */
  onError: (error: unknown) => void;
  /** One line for the terminal, e.g. "content/x.txt changed: rebuilding". */
  log?: (line: string) => void;
  debounceMs?: number;
  /** Ends the loop: resolves after the run in progress (if any) has finished. */
  signal?: AbortSignal;
}

/**
 * Run once, then again whenever the project changes, until the signal aborts. This is
 * `reader build --watch`: a failed build is reported and the loop waits for the next change.
 */
export async function watchLoop(options: WatchLoopOptions): Promise<void> {
  const config = resolve(options.config);
  const root = dirname(config);
  const runOnce = async (changed: string[]) => {
    if (changed.length) options.log?.(`${changedLabel(root, changed)} changed: rebuilding`);
    try {
      await options.run(changed);
    } catch (e) {
      if (options.signal?.aborted) return;
      options.onError(e);
    }
  };
  await runOnce([]);
  if (options.signal?.aborted) return;
  const watcher = await watchProject({
    root,
    manifestPath: config,
    onChange: runOnce,
    debounceMs: options.debounceMs ?? 50,
    ...(options.signal ? { signal: options.signal } : {}),
  });
  options.log?.('Watching for changes (Ctrl-C to stop)');
  await watcher.closed;
}
