import type { Io } from './io.ts';

/** The signals that stop a command, and the exit code of each (128 + its number, as shells report it). */
export const STOP_SIGNALS = { SIGINT: 130, SIGTERM: 143, SIGHUP: 129 } as const;
export type StopSignal = keyof typeof STOP_SIGNALS;

export interface Termination {
  /** Aborts on the first stop signal: the command closes the browser and removes what it staged. */
  signal: AbortSignal;
  /** The exit code for what the command returned, given the signals it got. */
  exitCode(code: number): number;
  /** Stop listening (tests). */
  dispose(): void;
}

/**
 * Ctrl-C, `kill` (SIGTERM) and a closed terminal (SIGHUP) all stop a command the same way: the
 * abort signal tells it to close Chromium and remove its staging folder and lock, then it
 * exits 130, 143 or 129. A second signal while it cleans up exits at once: Chromium, on its
 * pipe, dies with the process, and the next build removes what was left. A command that had
 * finished (its PDF written) when the signal came exits 0, and says so.
 */
export function handleTermination(io: Io, proc: NodeJS.Process = process): Termination {
  const controller = new AbortController();
  let got: StopSignal | undefined;
  const listeners = (Object.keys(STOP_SIGNALS) as StopSignal[]).map((name) => {
    const listener = () => {
      if (got) {
        io.stderr(`\n${name} again: stopping now.\n`);
        proc.exit(STOP_SIGNALS[name]);
      }
      got = name;
      io.stderr(`\n${name === 'SIGINT' ? 'Interrupted' : `Stopped by ${name}`}: closing the browser and cleaning up…\n`);
      controller.abort(new Error(name));
    };
    proc.on(name, listener);
    return [name, listener] as const;
  });
  return {
    signal: controller.signal,
    exitCode(code) {
      if (!got) return code;
      if (code === 0) {
        io.stderr(`The command had finished when ${got} came: its output is complete.\n`);
        return 0;
      }
      return STOP_SIGNALS[got];
    },
    dispose() {
      for (const [name, listener] of listeners) proc.off(name, listener);
    },
  };
}
