// How `reader preview` shows the pages in a browser: a "laying out…" state until Paged.js is
// done, pages apart on a desk, and blank pages blank (no running head, no folio), as in the PDF.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser, type HTTPRequest } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isHeadlessShell } from '../../src/render/chromium.ts';
import { CHROMIUM_FLAGS, findChromium } from '../../src/render/index.ts';
import { closeBrowser } from '../../src/render/retry.ts';
import { startPreview, type Preview } from '../../src/preview/index.ts';

let dir: string;
let preview: Preview;
let browser: Browser;
const controller = new AbortController();
const seen: { laying?: boolean; message?: string } = {};
let facts: { blank: string[][]; left: string[]; shadows: string[]; gaps: number[]; background: string; laying: boolean };

const paragraph = (k: number) =>
  `Paragraph ${k} of the text, long enough to fill a few lines of the page: the street belongs to the people who walk it, and the council knows it.`;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'reader-preview-look-'));
  await mkdir(join(dir, 'content'));
  // Right-page starts: the introduction and the texts leave blank left-hand pages before them.
  for (const t of ['one', 'two']) await writeFile(join(dir, 'content', `${t}.txt`), Array.from({ length: 14 }, (_, k) => paragraph(k)).join('\n\n') + '\n');
  await writeFile(
    join(dir, 'reader.yaml'),
    [
      'title: Preview look',
      'start_texts: right-page',
      'texts:',
      ...['one', 'two'].flatMap((t) => [
        `  - id: ${t}`,
        `    source: content/${t}.txt`,
        `    title: Text ${t}`,
        '    author: A. Writer',
        '    position: It argues.',
      ]),
    ].join('\n') + '\n',
  );
  preview = await startPreview({ config: join(dir, 'reader.yaml'), port: 0, signal: controller.signal });
  // A browser as a user has it: the build's own is sealed and would reach no server at all.
  const executablePath = findChromium();
  browser = await puppeteer.launch({ executablePath, headless: isHeadlessShell(executablePath) ? 'shell' : true, args: CHROMIUM_FLAGS, pipe: true });
  const page = await browser.newPage();
  // Hold Paged.js back until the page has been looked at before layout: no race with a fast layout.
  await page.setRequestInterception(true);
  let release!: () => void;
  const looked = new Promise<void>((r) => (release = r));
  page.on('request', (req: HTTPRequest) => {
    if (req.url().endsWith('/assets/paged.polyfill.js')) void looked.then(() => req.continue());
    else void req.continue();
  });
  // Paged.js's script blocks the parser: the page cannot finish loading until it is let through.
  const loading = page.goto(preview.url, { waitUntil: 'load', timeout: 0 });
  // A navigation that fails ends the wait with its error (it hung the suite when it was swallowed).
  const unlessLoadFails = <T>(wait: Promise<T>) => Promise.race([wait, loading.then(() => new Promise<never>(() => {}))]);
  await unlessLoadFails(
    page.waitForFunction(
      () => document.documentElement.classList.contains('reader-laying-out') && getComputedStyle(document.documentElement, '::before').content !== 'none',
      { polling: 50, timeout: 0 },
    ),
  );
  Object.assign(
    seen,
    await page.evaluate(() => ({
      laying: document.documentElement.classList.contains('reader-laying-out'),
      message: getComputedStyle(document.documentElement, '::before').content,
    })),
  );
  release();
  await loading;
  await page.waitForFunction(() => document.querySelectorAll('.pagedjs_page').length > 0 && !document.documentElement.classList.contains('reader-laying-out'), {
    timeout: 0,
  });
  facts = await page.evaluate(() => {
    const pages = Array.from(document.querySelectorAll('.pagedjs_page'));
    const boxes = (p: Element) => Array.from(p.querySelectorAll('.pagedjs_margin-content')).map((m) => getComputedStyle(m, '::after').content);
    const rects = pages.map((p) => p.getBoundingClientRect());
    return {
      blank: pages.filter((p) => p.classList.contains('pagedjs_blank_page')).map(boxes),
      left: boxes(pages.find((p) => p.classList.contains('pagedjs_left_page') && !p.classList.contains('pagedjs_blank_page'))!),
      shadows: pages.map((p) => getComputedStyle(p).boxShadow),
      gaps: rects.slice(1).map((r, i) => r.top - rects[i]!.bottom),
      background: getComputedStyle(document.documentElement).backgroundColor,
      laying: document.documentElement.classList.contains('reader-laying-out'),
    };
  });
});

afterAll(async () => {
  await closeBrowser(browser);
  controller.abort();
  await preview?.closed;
  await rm(dir, { recursive: true, force: true });
});

describe('the preview page', () => {
  it('says it is laying out the pages until Paged.js is done, then shows them', () => {
    expect(seen.laying).toBe(true);
    expect(seen.message).toContain('Laying out pages');
    expect(facts.laying).toBe(false);
  });

  it('shows a blank page with no running head and no folio, as the PDF prints it', () => {
    expect(facts.blank.length).toBeGreaterThan(0);
    for (const boxes of facts.blank) for (const content of boxes) expect(['none', 'normal']).toContain(content);
    // A page with text keeps its running head and folio.
    expect(facts.left.filter((c) => c !== 'none' && c !== 'normal').length).toBeGreaterThanOrEqual(2);
  });

  it('sets the pages apart: a gap and a shadow on a grey desk', () => {
    for (const g of facts.gaps) expect(g).toBeGreaterThanOrEqual(20);
    for (const s of facts.shadows) expect(s).not.toBe('none');
    expect(facts.background).not.toBe('rgba(0, 0, 0, 0)');
    expect(facts.background).not.toBe('rgb(255, 255, 255)');
  });
});
