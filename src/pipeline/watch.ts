import { launchBrowser } from '../render/index.ts';
import { watchLoop } from '../watch/index.ts';
import { build, type BuildOptions, type BuildResult } from './build.ts';
import { createBuildSession } from './session.ts';

export interface WatchBuildOptions extends Omit<BuildOptions, 'browser' | 'session' | 'inputs'> {
  /** After each good build. */
  onBuilt?: (result: BuildResult) => void;
  /** A failed build: reported here, and the watch waits for the next change. */
  onError: (error: unknown) => void;
  /** One line for the terminal, e.g. "content/x.txt changed: rebuilding". */
  log?: (line: string) => void;
}

/**
 * `reader build --watch`: build, then build again on every change to what the build reads,
 * until the signal aborts. One browser and one session (texts as prepared, the layout cache's
 * prints, a page loaded ahead) are kept from build to build.
 */
export async function watchBuild(options: WatchBuildOptions): Promise<void> {
  const { onBuilt, onError, log, ...buildOptions } = options;
  const browser = await launchBrowser();
  const session = createBuildSession();
  try {
    await watchLoop({
      config: options.config ?? 'reader.yaml',
      ...(options.signal ? { signal: options.signal } : {}),
      run: async () => onBuilt?.(await build({ ...buildOptions, browser, session })),
      ...(log ? { log } : {}),
      onError,
    });
  } finally {
    await browser.close().catch(() => {});
  }
}
