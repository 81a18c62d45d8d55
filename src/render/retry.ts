import { readFileSync } from 'node:fs';
import type { Browser } from 'puppeteer-core';
import { ReaderError } from '../errors.ts';
import { descendantsOf } from '../util/processes.ts';
import { render, type RenderInput, type RenderOutput } from './index.ts';
import { withTimeout } from './timeout.ts';
import type { LayoutBudget } from './watchdog.ts';

export interface RetryInput extends Omit<RenderInput, 'browser' | 'attempt'> {
  /** A browser the caller owns and closes; otherwise one is launched per attempt and closed here. */
  browser?: Browser;
  launch: () => Promise<Browser>;
  /** Called once a browser is up, before layout starts. */
  onStart?: () => void;
  /** Called when the first attempt failed and a second one starts. */
  onRetry?: (error: ReaderError) => void;
}

/** What is rendered with one retry: one document (`render`) or a book in parts (`renderBook`). */
type Renderer<O> = (input: RenderInput) => Promise<O>;

/** Crashes and hangs are worth one more try; a layout error or an interrupt is not. */
const RETRYABLE = new Set(['RenderCrashed', 'RenderClosed', 'LayoutTimeout']);

/**
 * Render, retrying once in a fresh browser if Chromium crashed or hung. Every browser
 * launched here is closed (and killed if it does not close) before this returns or throws,
 * so no Chromium process outlives a failed build.
 */
export async function renderWithRetry<O = RenderOutput>(input: RetryInput & { renderer?: Renderer<O> }): Promise<O> {
  const { launch, onStart, onRetry, browser: shared, renderer = render as Renderer<O>, ...rest } = input;
  // One layout deadline for both attempts: the retry of a stuck layout gets what is left of it.
  const budget: LayoutBudget = {};
  for (let attempt = 1; ; attempt++) {
    // A shared browser that died cannot be reused: the retry gets one of its own.
    const own = !shared || !shared.connected;
    const browser = own ? await launch() : shared;
    try {
      if (rest.signal?.aborted) throw new ReaderError('Interrupted', 'Build interrupted', undefined, undefined, 130);
      onStart?.();
      return await renderer({ ...rest, browser, attempt, budget });
    } catch (e) {
      const retry = e instanceof ReaderError && RETRYABLE.has(e.code) && !rest.signal?.aborted;
      if (!retry) throw e;
      if (attempt >= 2) throw new ReaderError(e.code, `${e.message} (twice: the retry failed too)`, e.hint, e.place, e.exitCode);
      if (e.code === 'LayoutTimeout' && budget.deadline !== undefined && performance.now() >= budget.deadline - 1000) {
        throw new ReaderError(e.code, `${e.message}; no time was left to retry`, e.hint, e.place, e.exitCode);
      }
      onRetry?.(e);
    } finally {
      if (own) await closeBrowser(browser);
    }
  }
}

/**
 * Close a browser; if it does not close within 5 s (a hung renderer), kill it. Either way,
 * return only once every Chromium process it started is gone: renderers can outlive a
 * browser that closed, and a build must leave no Chromium behind.
 */
export async function closeBrowser(browser: Browser): Promise<void> {
  const proc = browser.process();
  const family = proc?.pid ? [proc.pid, ...descendantsOf(proc.pid)] : [];
  await withTimeout(
    browser.close().catch(() => {}),
    5_000,
    () => undefined,
  );
  for (let i = 0; i < 60 && family.some(alive); i++) {
    // Give them 1 s to exit on their own, then kill what is left.
    if (i === 20) for (const pid of family.filter(alive)) kill(pid);
    await new Promise((r) => setTimeout(r, 50));
  }
}

function kill(pid: number): void {
  try {
    process.kill(pid, 'SIGKILL');
  } catch {
    /* already gone */
  }
}

/** Running, not a zombie waiting to be reaped. */
function alive(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2)[0] !== 'Z';
  } catch {
    return false;
  }
}
