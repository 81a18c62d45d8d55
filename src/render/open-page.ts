import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, Page } from 'puppeteer-core';
import { filesHash } from '../cache/inputs-hash.ts';
import { refusedByPolicy } from './csp-report.ts';
import { HIDE_BODY, UNTHROTTLE } from './paged-hooks.ts';
import { BOOK_ORIGIN, sealPage, type SealLog } from './seal.ts';
import type { LayoutProgress } from './watchdog.ts';

/** A page set up for a book: sealed, our scripts in place, listening for errors and for the end of layout. */
export interface BookPage {
  seal: SealLog;
  pageErrors: string[];
  /** Requests the page refused on its own (its Content-Security-Policy). */
  refused: string[];
  /** Resolves when Paged.js reports the end of layout (render's startLayout). */
  finished: Promise<{ ok: boolean; pages: number; error?: string }>;
  /** Pages laid out so far, as REPORT_PAGES tells them (for the layout watchdog). */
  progress: LayoutProgress;
}

/** Add `v` to `list` unless it is there. */
export const pushOnce = (list: string[], v: string) => void (list.includes(v) || list.push(v));

/** Seal a page and set it up for a book; nothing is loaded yet. */
export async function openBookPage(
  page: Page,
  options: { dir: string | (() => string); hideUntilLayout?: boolean; once?: { file: string; body: string } },
): Promise<BookPage> {
  const pageErrors: string[] = [];
  const refused: string[] = [];
  page.on('pageerror', (e) => pushOnce(pageErrors, String((e as Error).message ?? e)));
  page.on('console', (m) => {
    if (m.type() !== 'error' || /ERR_BLOCKED_BY_CLIENT/.test(m.text())) return;
    const url = refusedByPolicy(m.text());
    if (url) pushOnce(refused, url);
    else pushOnce(pageErrors, m.text());
  });
  const seal = await sealPage(page, options.dir, options.once);
  await page.evaluateOnNewDocument(UNTHROTTLE);
  if (options.hideUntilLayout) await page.evaluateOnNewDocument(HIDE_BODY);
  await page.evaluateOnNewDocument(() => {
    // Paged.js adds U+2011 where it splits a word across pages; our fonts draw hyphen-minus.
    (window as unknown as { PagedConfig: object }).PagedConfig = { auto: false, settings: { hyphenGlyph: '-' } };
  });
  let settle!: (v: { ok: boolean; pages: number; error?: string }) => void;
  const finished = new Promise<{ ok: boolean; pages: number; error?: string }>((r) => (settle = r));
  await page.exposeFunction('__readerLayoutDone', (result: { ok: boolean; pages: number; error?: string }) => settle(result));
  const progress: LayoutProgress = { pages: 0, where: '', at: performance.now() };
  await page.exposeFunction('__readerLayoutPage', (pages: number, where: string) => {
    progress.pages = Math.max(progress.pages, pages);
    progress.where = String(where).slice(0, 80);
    progress.at = performance.now();
  });
  return { seal, pageErrors, refused, finished, progress };
}

/** A page that loaded a book's shell ahead of its build (see loadAhead). */
interface Ahead {
  opened: BookPage;
  /** The document as far as the shell holds it: up to and including its `<body …>` tag. */
  head: string;
  /** The assets folder the shell loaded its styles, fonts and Paged.js from, as a fingerprint. */
  assets: string;
  /** Serve the page's later requests from this folder (the build's own). */
  serveFrom(dir: string): void;
}

const ahead = new WeakMap<Page, Ahead>();

/**
 * For `reader build --watch`: once a build is out, open the next build's first page and load
 * the book's shell in it (its head: styles, fonts, Paged.js; an empty body) from the output
 * folder, while Node waits for the next change. Its body stays hidden until layout, as a
 * book lane's (render's `hideUntilLayout`). The next build puts its body in (loadBook)
 * if its document starts the same and its assets are the same files; otherwise the page loads
 * the whole document as any page does. Undefined if there is nothing to load ahead.
 */
export async function loadAhead(browser: Browser, options: { dir: string; htmlFile: string }): Promise<Page | undefined> {
  const html = await readFile(join(options.dir, options.htmlFile), 'utf8').catch(() => undefined);
  const body = html && /<body\b[^>]*>/i.exec(html);
  if (!body) return undefined;
  const head = html.slice(0, body.index + body[0].length);
  const assets = () => filesHash(options.dir, join(options.dir, 'assets'));
  const before = await assets().catch(() => undefined);
  if (before === undefined) return undefined;
  let dir = options.dir;
  // Never a rejection: nothing may await this page (a watch stopped, the browser closed as it opened).
  const page = await browser.newPage().catch(() => undefined);
  if (!page) return undefined;
  try {
    const opened = await openBookPage(page, { dir: () => dir, hideUntilLayout: true, once: { file: options.htmlFile, body: `${head}</body></html>` } });
    await navigate(page, options.htmlFile, 60_000);
    // Files that changed while they loaded (another build into the folder): this shell is not one to trust.
    if ((await assets()) !== before) throw new Error('assets changed while loading');
    ahead.set(page, { opened, head, assets: before, serveFrom: (to) => void (dir = to) });
    return page;
  } catch {
    await page.close().catch(() => {});
    return undefined;
  }
}

/** The page as loaded ahead, if it was (taken once: a render sets it up no further). */
export function takeAhead(page: Page): Ahead | undefined {
  const a = ahead.get(page);
  ahead.delete(page);
  return a;
}

/**
 * Load the book into a set-up page: its body into the shell the page loaded ahead if that
 * shell is the start of this document and its assets are this build's (true), else its file.
 */
export async function loadBook(page: Page, dir: string, htmlFile: string, loaded?: Ahead): Promise<boolean> {
  if (loaded) {
    loaded.serveFrom(dir);
    const html = await readFile(join(dir, htmlFile), 'utf8');
    const end = html.lastIndexOf('</body>');
    if (html.startsWith(loaded.head) && end >= loaded.head.length && (await filesHash(dir, join(dir, 'assets'))) === loaded.assets) {
      await page.evaluate((inner: string) => void (document.body.innerHTML = inner), html.slice(loaded.head.length, end));
      await fontsReady(page);
      return true;
    }
  }
  await navigate(page, htmlFile);
  return false;
}

/** Load one of the book's documents in a page, its fonts included. */
async function navigate(page: Page, htmlFile: string, timeout = 120_000): Promise<void> {
  await page.goto(`${BOOK_ORIGIN}/${htmlFile}`, { waitUntil: 'load', timeout });
  await fontsReady(page);
}

function fontsReady(page: Page): Promise<void> {
  return page.evaluate(() => document.fonts.ready.then(() => undefined));
}
