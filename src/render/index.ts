import type { Browser, Page } from 'puppeteer-core';
import { ReaderError } from '../errors.ts';
import { faultOn } from '../util/fault.ts';
import { makeInert } from './inert.ts';
import { loadBook, openBookPage, pushOnce, takeAhead } from './open-page.ts';
import { findRefusedInStyles } from './find-in-styles.ts';
import { PAGE_BREAK_HYPHENS, PAGE_NUMBER_TEXT, PAGE_REFS, REPORT_PAGES, SETTLE_PAGES, SHOW_PAGES, WORD_SAFE_BREAKS } from './paged-hooks.ts';
import { BOOK_ORIGIN, BOOK_SCRIPTS, type SealLog } from './seal.ts';
import { guardLog } from './target-guard.ts';
import { withTimeout } from './timeout.ts';
import { layoutBudgetMs, layoutStallMs, watchLayout, type LayoutBudget } from './watchdog.ts';

export { launchBrowser, findChromium, CHROMIUM_FLAGS, SEAL_FLAGS } from './chromium.ts';
export { BOOK_ORIGIN } from './seal.ts';
export { layoutBudgetMs, layoutStallMs } from './watchdog.ts';

export interface RenderInput {
  browser: Browser;
  /** A page already open in `browser` (opened while the texts were prepared); otherwise one is opened here. Closed here either way. */
  page?: Page;
  /** Folder that holds the HTML and its assets. */
  dir: string;
  /** HTML file name inside `dir`. Default `reader.html`. */
  htmlFile?: string;
  signal?: AbortSignal;
  /** Layout's whole budget in ms, both attempts. Default layoutBudgetMs: scaled to the book. */
  layoutTimeoutMs?: number;
  /** No page for this long and layout is stuck. Default layoutStallMs(). */
  layoutStallMs?: number;
  /** The deadline the attempts of one render share (render/retry.ts); set by the first. */
  budget?: LayoutBudget;
  /** 1 for the first try, 2 for the retry (fault injection reads it). */
  attempt?: number;
  /** Work on the loaded page before layout starts: the parallel build keeps only its own part of the book. */
  beforeLayout?: (page: Page) => Promise<void>;
  /**
   * Keep the body out of layout until `beforeLayout` shows it (SHOW_BODY): a lane that lays out one
   * part of a book need not lay the whole book out as one long page first.
   */
  hideUntilLayout?: boolean;
  /** Work on the laid-out page before it prints: packs renumber their pages; tests look for markers hostile scripts set. */
  afterLayout?: (page: Page) => Promise<void>;
  /** Called once Paged.js is running in the page: the page needs nothing from Node until it is done. */
  onLayoutStarted?: () => void;
}

export interface RenderOutput {
  pdf: Uint8Array;
  pages: number;
  /** First page of every element id in the laid-out book (1-based, as printed). */
  anchors: Record<string, number>;
  seal: SealLog;
  /** Blocks of the source that the layout did not place on any page (a Paged.js loss). */
  lost: Array<{ id: string; text: string; part?: number }>;
  /** Per page (1-based), the opening words of each block Paged.js continued from the page before. */
  continuations: Record<number, string[]>;
  /** Pages (1-based) Paged.js left blank to start the next part on a right-hand page. */
  blankPages: number[];
  /** Errors the page reported (console errors, exceptions): each is a warning for the build. */
  pageErrors: string[];
  /** The page had the book's shell loaded ahead, and took the body into it (render/open-page.ts). */
  loadedAhead?: boolean;
  timings: { load: number; layout: number; print: number };
}

/**
 * Render: lay out the HTML with Paged.js in a sealed page, then print it to a tagged PDF.
 * Paged.js is started by us (`auto: false`) and reports completion through an exposed
 * function, so nothing polls a page whose main thread is busy with layout.
 */
export async function render(input: RenderInput): Promise<RenderOutput> {
  const { browser, dir } = input;
  const page = input.page ?? (await browser.newPage());
  // Listen from the start: a browser killed early must not be missed by the race below.
  const gone = disconnected(browser);
  gone.catch(() => {});
  const abort = () => void page.close().catch(() => {});
  input.signal?.addEventListener('abort', abort, { once: true });
  let seal: SealLog | undefined;
  // What the target guard refuses from now on is this render's (a watch session keeps its browser).
  const guarded = guardLog(browser);
  const guardFrom = guarded.refused.length;
  try {
    const loadedAhead = input.page ? takeAhead(input.page) : undefined;
    if (loadedAhead && !input.hideUntilLayout) throw new Error('A page loaded ahead keeps its body hidden until layout: render it with hideUntilLayout');
    const opened = loadedAhead?.opened ?? (await openBookPage(page, { dir, ...(input.hideUntilLayout ? { hideUntilLayout: true } : {}) }));
    const { pageErrors, refused, finished, progress } = opened;
    seal = opened.seal;

    const t0 = performance.now();
    const ahead = await loadBook(page, dir, input.htmlFile ?? 'reader.html', loadedAhead);
    const t1 = performance.now();
    // Whatever the HTML holds, nothing in the book may act: see inert.ts.
    for (const what of await page.evaluate(makeInert, BOOK_SCRIPTS)) pushOnce(refused, what);
    if (input.beforeLayout) await input.beforeLayout(page);
    await page.evaluate(stampBlocks);
    await page.evaluate(WORD_SAFE_BREAKS);
    await page.evaluate(PAGE_REFS);
    await page.evaluate(SETTLE_PAGES);
    await page.evaluate(REPORT_PAGES);
    // The watchdog's scale: the text this page lays out (a lane keeps only its parts).
    const chars = await page.evaluate(() => document.body.textContent?.length ?? 0);
    const budget = input.budget ?? {};
    const budgetMs = input.layoutTimeoutMs ?? layoutBudgetMs(chars);
    budget.deadline ??= performance.now() + budgetMs;
    progress.at = performance.now();
    await startLayout(page, browser, input.attempt ?? 1);
    input.onLayoutStarted?.();
    const watchdog = watchLayout(progress, { stallMs: input.layoutStallMs ?? layoutStallMs(), deadline: budget.deadline, budgetMs, chars });
    const result = await Promise.race([finished, closed(page), gone, interrupted(input.signal), watchdog.expired]).finally(watchdog.stop);
    if (!result.ok) throw await layoutFailed(result.error ?? 'unknown error', [...refused, ...seal.refused, ...guarded.refused.slice(guardFrom)], dir);
    await page.evaluate(SHOW_PAGES);
    const anchors = await page.evaluate(collectAnchors);
    const continuations = await page.evaluate(collectContinuations);
    const lost = await page.evaluate(findLostBlocks);
    const blankPages = await page.evaluate(() =>
      Array.from(document.querySelectorAll<HTMLElement>('.pagedjs_page.pagedjs_blank_page')).map((p) => Number(p.dataset.pageNumber)),
    );
    if (input.afterLayout) await input.afterLayout(page);
    // Every page number is final now (the parts' and packs' renumbering is done): print them as text.
    await page.evaluate(PAGE_NUMBER_TEXT);
    await page.evaluate(PAGE_BREAK_HYPHENS);
    const t2 = performance.now();
    // No `outline: true`: finishPdf writes the bookmarks from the tagged headings.
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true, tagged: true, timeout: 0 });
    const t3 = performance.now();
    // Requests of pages the book tried to open (target-guard.ts) are refusals of this book too.
    for (const url of [...refused, ...guarded.refused.slice(guardFrom)]) pushOnce(seal.refused, url);
    return {
      pdf,
      pages: result.pages,
      anchors,
      seal,
      pageErrors,
      lost,
      continuations,
      blankPages,
      loadedAhead: ahead,
      timings: { load: t1 - t0, layout: t2 - t1, print: t3 - t2 },
    };
  } catch (e) {
    if (input.signal?.aborted) throw new ReaderError('Interrupted', 'Build interrupted', undefined, undefined, 130);
    if (e instanceof ReaderError) throw e;
    // A protocol error from a browser that went away mid-call is a crash, not a bug of ours.
    // The connection may close a moment after the call failed: give it that moment.
    if (
      !(await browserGone(browser)) &&
      !/Target closed|Session closed|Protocol error|Connection closed|detached|context was destroyed|crashed/i.test((e as Error).message)
    )
      throw e;
    throw new ReaderError(
      'RenderCrashed',
      `Chromium crashed during rendering: ${(e as Error).message.split('\n')[0]}`,
      'Run the build again; if it repeats, try a smaller reader to find the text that triggers it.',
    );
  } finally {
    input.signal?.removeEventListener('abort', abort);
    // A hung page may never answer: do not wait on it for ever (the browser is killed after).
    await withTimeout(
      page.close().catch(() => {}),
      5_000,
      () => undefined,
    ).catch(() => {});
  }
}

/** Start Paged.js and return at once; completion arrives through __readerLayoutDone. */
async function startLayout(page: Page, browser: Browser, attempt: number): Promise<void> {
  // Fault injection for the reliability tests: a page that spins, a browser that dies.
  if (faultOn('hang')) {
    await page.evaluate(
      () =>
        void setTimeout(() => {
          for (;;);
        }, 0),
    );
    return;
  }
  // The browser dies as layout starts: a small book can lay out within a few milliseconds.
  if (faultOn('crash') || (faultOn('crash-once') && attempt === 1)) {
    browser.process()?.kill('SIGKILL');
    return;
  }
  await page.evaluate(() => {
    const w = window as unknown as { PagedPolyfill: { preview(): Promise<{ total: number }> }; __readerLayoutDone(r: unknown): void };
    // No named functions in here: tsx would wrap them in a helper the page does not have.
    w.PagedPolyfill.preview().then(
      (flow) => w.__readerLayoutDone({ ok: true, pages: flow.total }),
      (e: unknown) =>
        w.__readerLayoutDone({
          ok: false,
          pages: 0,
          error:
            e instanceof Error
              ? e.message
              : e && typeof e === 'object' && 'type' in e
                ? `a file it needed did not load (${(e as Event).type} event)`
                : String(e),
        }),
    );
  });
}

async function layoutFailed(error: string, refused: string[], dir: string): Promise<ReaderError> {
  const remote = refused.filter((u) => /^[a-z][a-z0-9+.-]*:/i.test(u) && !u.startsWith(BOOK_ORIGIN));
  const found = await findRefusedInStyles(dir, remote);
  const also = found ? `: \`${found.url}\` was refused` : remote.length ? `; refused: ${remote.slice(0, 3).join(', ')}` : '';
  const place = found?.place;
  return new ReaderError(
    'LayoutFailed',
    `Paged.js could not lay out the book: ${error}${also}`,
    remote.length
      ? 'Rendering is sealed: it loads files from the project only. Remove the remote `@import` or `url()` from your styles, or copy the file into the project.'
      : 'Check the styles you added; run with a smaller reader to narrow it down.',
    place,
  );
}

function disconnected(browser: Browser): Promise<never> {
  return new Promise((_, reject) => {
    const fail = () =>
      reject(
        new ReaderError(
          'RenderCrashed',
          'Chromium exited during layout',
          'Run the build again; if it repeats, try a smaller reader to find the text that triggers it.',
        ),
      );
    if (!browser.connected) fail();
    else browser.once('disconnected', fail);
  });
}

/** Has the browser died (or is it dying)? Waits briefly for the connection to notice. */
async function browserGone(browser: Browser): Promise<boolean> {
  const proc = browser.process();
  for (let i = 0; i < 10; i++) {
    if (!browser.connected || (proc && (proc.exitCode !== null || proc.signalCode !== null))) return true;
    await new Promise((r) => setTimeout(r, 50));
  }
  return false;
}

function interrupted(signal?: AbortSignal): Promise<never> {
  return new Promise((_, reject) => {
    const fail = () => reject(new ReaderError('Interrupted', 'Build interrupted', undefined, undefined, 130));
    if (signal?.aborted) fail();
    else signal?.addEventListener('abort', fail, { once: true });
  });
}

function closed(page: import('puppeteer-core').Page): Promise<never> {
  return new Promise((_, reject) => {
    page.once('close', () =>
      reject(new ReaderError('RenderClosed', 'The page closed before layout finished', 'Chromium may have crashed; run the build again.')),
    );
    page.once('error', (e) =>
      reject(
        new ReaderError(
          'RenderCrashed',
          `Chromium crashed during layout: ${e.message}`,
          'Run the build again; if it repeats, try a smaller reader to find the text that triggers it.',
        ),
      ),
    );
  });
}

/** In the page, after layout: drop Paged.js's empty counter calls and map ids to pages. */
function collectAnchors(): Record<string, number> {
  // Our notes carry real, linked numbers; Paged.js's generated calls are empty anchors.
  document.querySelectorAll('a[data-footnote-call]').forEach((a) => {
    if (!a.textContent?.trim()) a.remove();
  });
  // Paged.js gives each floated note an id of its own; links point at ours.
  document.querySelectorAll<HTMLElement>('[data-note-id]').forEach((note) => {
    note.id = note.dataset.noteId!;
  });
  const out: Record<string, number> = {};
  for (const page of Array.from(document.querySelectorAll<HTMLElement>('.pagedjs_page'))) {
    const n = Number(page.dataset.pageNumber);
    for (const el of Array.from(page.querySelectorAll<HTMLElement>('[id], [data-id]'))) {
      const id = el.id || el.dataset.id;
      if (id && !(id in out) && !id.startsWith('pagedjs')) out[id] = n;
    }
  }
  return out;
}

/** Before layout: number every block that holds text, so we can tell afterwards if one was lost. */
function stampBlocks(): number {
  const blocks = Array.from(document.body.querySelectorAll('p, li, h1, h2, h3, h4, h5, h6, dt, dd, td, th, blockquote, .footnote'));
  const source = blocks.map((el, i) => {
    el.setAttribute('data-rp-block', String(i));
    const part = el.closest('[data-rp-part]')?.getAttribute('data-rp-part');
    return {
      n: String(i),
      id: el.id || el.closest('[id]')?.id || '',
      text: (el.textContent ?? '')
        .replace(/\u00AD/g, '')
        .trim()
        .slice(0, 80),
      ...(part ? { part: Number(part) } : {}),
    };
  });
  (window as unknown as { __readerSource: typeof source }).__readerSource = source.filter((b) => b.text.length > 0);
  return blocks.length;
}

/** After layout: the stamped blocks that appear on no page. Paged.js 0.4.3 can drop a block at a break. */
function findLostBlocks(): Array<{ id: string; text: string; part?: number }> {
  const placed = new Set<string>();
  document.querySelectorAll('.pagedjs_pages [data-rp-block]').forEach((el) => {
    // Placed but outside its page's content box is lost too: Paged.js lays a page out in CSS
    // columns, and content it fails to detect as overflow lands in a hidden column to the right.
    const box = el.closest('.pagedjs_page_content, .pagedjs_footnote_inner_content')?.getBoundingClientRect();
    const r = el.getBoundingClientRect();
    const clipped = box ? r.left >= box.right - 1 || r.top >= box.bottom - 1 : false;
    if (!clipped) placed.add(el.getAttribute('data-rp-block')!);
  });
  const source = (window as unknown as { __readerSource?: Array<{ n: string; id: string; text: string; part?: number }> }).__readerSource ?? [];
  return source.filter((b) => !placed.has(b.n)).map((b) => ({ id: b.id, text: b.text, ...(b.part !== undefined ? { part: b.part } : {}) }));
}

/**
 * After layout: the blocks Paged.js split, as it knows them (`data-split-from` on the part
 * that goes on): the tagging step merges exactly these instead of guessing from geometry.
 */
function collectContinuations(): Record<number, string[]> {
  const out: Record<number, string[]> = {};
  document.querySelectorAll<HTMLElement>('.pagedjs_page [data-split-from]').forEach((el) => {
    if (!/^(P|LI|BLOCKQUOTE|DD|DT)$/.test(el.tagName)) return;
    const page = Number(el.closest<HTMLElement>('.pagedjs_page')?.dataset.pageNumber);
    const clone = el.cloneNode(true) as HTMLElement;
    clone.querySelectorAll('.para-num, .footnote').forEach((n) => n.remove());
    const words = (clone.textContent ?? '')
      .replace(/\u00AD/g, '')
      .replace(/\s+/g, ' ')
      .trim()
      .slice(0, 40);
    if (page && words) (out[page] ??= []).push(words);
  });
  return out;
}
