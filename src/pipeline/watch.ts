import { launchBrowser } from '../render/index.ts';
import { watchLoop } from '../watch/index.ts';
import { build, type BuildOptions, type BuildResult } from './build.ts';
import type { ClaimOutcome } from './claim-after-write.ts';
import { createBuildSession } from './session.ts';

export interface WatchBuildOptions extends Omit<BuildOptions, 'browser' | 'session' | 'inputs' | 'checkAfterWrite'> {
  /** After each good build. */
  onBuilt?: (result: BuildResult) => void;
  /** After a build's PDF/UA check, run once the PDF was written (not for a check a newer build abandoned). */
  onChecked?: (outcome: ClaimOutcome, result: BuildResult) => void;
  /** A failed build: reported here, and the watch waits for the next change. */
  onError: (error: unknown) => void;
  /** One line for the terminal, e.g. "content/x.txt changed: rebuilding". */
  log?: (line: string) => void;
}

/**
 * `reader build --watch`: build, then build again on every change to what the build reads,
 * until the signal aborts. One browser and one session (texts as prepared, the layout cache's
 * prints, a page loaded ahead) are kept from build to build. Each new PDF is written before its
 * PDF/UA check, which runs while the watch waits (claim-after-write.ts); a change meanwhile
 * abandons it for the next build.
 */
export async function watchBuild(options: WatchBuildOptions): Promise<void> {
  const { onBuilt, onChecked, log, onError, ...buildOptions } = options;
  const browser = await launchBrowser();
  const session = createBuildSession();
  let checking: { stop: AbortController; done: Promise<void> } | undefined;
  const stopChecking = async () => {
    checking?.stop.abort();
    await checking?.done;
    checking = undefined;
  };
  try {
    await watchLoop({
      config: options.config ?? 'reader.yaml',
      ...(options.signal ? { signal: options.signal } : {}),
      run: async () => {
        await stopChecking();
        const result = await build({ ...buildOptions, browser, session, checkAfterWrite: true });
        onBuilt?.(result);
        if (!result.claimLater) return;
        const stop = new AbortController();
        const done = result.claimLater(stop.signal).then(
          (outcome) => onChecked?.(outcome, result),
          (e: unknown) => {
            if (!stop.signal.aborted) onError(e);
          },
        );
        checking = { stop, done };
      },
      ...(log ? { log } : {}),
      onError,
    });
  } finally {
    await stopChecking();
    await browser.close().catch(() => {});
  }
}
