import type { Browser } from 'puppeteer-core';
import { ReaderError } from '../errors.ts';
import { BOOK_ORIGIN, sealPage, type SealLog } from './seal.ts';

export { launchBrowser, findChromium, CHROMIUM_FLAGS } from './chromium.ts';
export { BOOK_ORIGIN } from './seal.ts';

export interface RenderInput {
  browser: Browser;
  /** Folder that holds the HTML and its assets. */
  dir: string;
  /** HTML file name inside `dir`. Default `reader.html`. */
  htmlFile?: string;
  signal?: AbortSignal;
}

export interface RenderOutput {
  pdf: Uint8Array;
  pages: number;
  /** First page of every element id in the laid-out book (1-based, as printed). */
  anchors: Record<string, number>;
  seal: SealLog;
  /** Blocks of the source that the layout did not place on any page (a Paged.js loss). */
  lost: Array<{ id: string; text: string }>;
  /** Errors the page reported (console errors, exceptions): each is a warning for the build. */
  pageErrors: string[];
  timings: { load: number; layout: number; print: number };
}

/**
 * Render: lay out the HTML with Paged.js in a sealed page, then print it to a tagged PDF.
 * Paged.js is started by us (`auto: false`) and reports completion through an exposed
 * function, so nothing polls a page whose main thread is busy with layout.
 */
export async function render(input: RenderInput): Promise<RenderOutput> {
  const { browser, dir } = input;
  const page = await browser.newPage();
  const abort = () => void page.close().catch(() => {});
  input.signal?.addEventListener('abort', abort, { once: true });
  try {
    const pageErrors: string[] = [];
    page.on('pageerror', (e) => pageErrors.push(String((e as Error).message ?? e)));
    page.on('console', (m) => {
      if (m.type() === 'error' && !/ERR_BLOCKED_BY_CLIENT/.test(m.text())) pageErrors.push(m.text());
    });
    const seal = await sealPage(page, dir);
    await page.evaluateOnNewDocument(() => {
      // Paged.js adds U+2011 where it splits a word across pages; our fonts draw hyphen-minus.
      (window as unknown as { PagedConfig: object }).PagedConfig = { auto: false, settings: { hyphenGlyph: '-' } };
    });
    let settle!: (v: { ok: boolean; pages: number; error?: string }) => void;
    const finished = new Promise<{ ok: boolean; pages: number; error?: string }>((r) => (settle = r));
    await page.exposeFunction('__readerLayoutDone', (result: { ok: boolean; pages: number; error?: string }) => settle(result));

    const t0 = performance.now();
    await page.goto(`${BOOK_ORIGIN}/${input.htmlFile ?? 'reader.html'}`, { waitUntil: 'load', timeout: 120_000 });
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    const t1 = performance.now();
    await page.evaluate(stampBlocks);
    // Start layout and return at once; completion arrives through __readerLayoutDone.
    await page.evaluate(() => {
      const w = window as unknown as { PagedPolyfill: { preview(): Promise<{ total: number }> }; __readerLayoutDone(r: unknown): void };
      w.PagedPolyfill.preview().then(
        (flow) => w.__readerLayoutDone({ ok: true, pages: flow.total }),
        (e: unknown) => w.__readerLayoutDone({ ok: false, pages: 0, error: String(e) }),
      );
    });
    const result = await Promise.race([finished, closed(page)]);
    if (!result.ok) throw new ReaderError('LayoutFailed', `Paged.js could not lay out the book: ${result.error}`, 'Check the styles you added; run with a smaller reader to narrow it down.');
    const anchors = await page.evaluate(collectAnchors);
    const lost = await page.evaluate(findLostBlocks);
    const t2 = performance.now();
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true, tagged: true, outline: true, timeout: 0 });
    const t3 = performance.now();
    return { pdf, pages: result.pages, anchors, seal, pageErrors, lost, timings: { load: t1 - t0, layout: t2 - t1, print: t3 - t2 } };
  } catch (e) {
    if (input.signal?.aborted) throw new ReaderError('Interrupted', 'Build interrupted', undefined, undefined, 130);
    throw e;
  } finally {
    input.signal?.removeEventListener('abort', abort);
    await page.close().catch(() => {});
  }
}

function closed(page: import('puppeteer-core').Page): Promise<never> {
  return new Promise((_, reject) => {
    page.once('close', () => reject(new ReaderError('RenderClosed', 'The page closed before layout finished', 'Chromium may have crashed; run the build again.')));
    page.once('error', (e) => reject(new ReaderError('RenderCrashed', `Chromium crashed during layout: ${e.message}`, 'Run the build again; if it repeats, try a smaller reader to find the text that triggers it.')));
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
export function stampBlocks(): number {
  const blocks = Array.from(document.body.querySelectorAll('p, li, h1, h2, h3, h4, h5, h6, dt, dd, td, th, blockquote, .footnote'));
  const source = blocks.map((el, i) => {
    el.setAttribute('data-rp-block', String(i));
    return { n: String(i), id: el.id || el.closest('[id]')?.id || '', text: (el.textContent ?? '').replace(/\u00AD/g, '').trim().slice(0, 80) };
  });
  (window as unknown as { __readerSource: typeof source }).__readerSource = source.filter((b) => b.text.length > 0);
  return blocks.length;
}

/** After layout: the stamped blocks that appear on no page. Paged.js 0.4.3 can drop a block at a break. */
export function findLostBlocks(): Array<{ id: string; text: string }> {
  const placed = new Set<string>();
  document.querySelectorAll('.pagedjs_pages [data-rp-block]').forEach((el) => {
    // Placed but outside its page's content box is lost too: Paged.js lays a page out in CSS
    // columns, and content it fails to detect as overflow lands in a hidden column to the right.
    const box = el.closest('.pagedjs_page_content, .pagedjs_footnote_inner_content')?.getBoundingClientRect();
    const r = el.getBoundingClientRect();
    const clipped = box ? r.left >= box.right - 1 || r.top >= box.bottom - 1 : false;
    if (!clipped) placed.add(el.getAttribute('data-rp-block')!);
  });
  const source = (window as unknown as { __readerSource?: Array<{ n: string; id: string; text: string }> }).__readerSource ?? [];
  return source.filter((b) => !placed.has(b.n)).map((b) => ({ id: b.id, text: b.text }));
}
