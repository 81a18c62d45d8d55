// `reader preview`: serve, change a source, see the change served, stop cleanly.
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { initProject } from '../../src/init/index.ts';
import puppeteer from 'puppeteer-core';
import { isHeadlessShell } from '../../src/render/chromium.ts';
import { CHROMIUM_FLAGS, findChromium } from '../../src/render/index.ts';
import { closeBrowser } from '../../src/render/retry.ts';
import { startPreview, type Preview, type PreviewBuildEvent } from '../../src/preview/index.ts';
import { watchProject } from '../../src/watch/index.ts';

let tmp: string;
let config: string;
const source = () => join(tmp, 'proj', 'content', '004-martinez-republic-of-soviets.txt');

beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'reader-preview-e2e-'));
  await cp('content/004-martinez-republic-of-soviets.txt', join(tmp, 'texts', '004-martinez-republic-of-soviets.txt'), { recursive: true });
  config = (await initProject({ dir: join(tmp, 'proj'), from: join(tmp, 'texts') })).manifestPath;
});
afterAll(() => rm(tmp, { recursive: true, force: true }));

const rawStatus = (port: number, path: string) =>
  new Promise<number>((resolve, reject) => {
    request({ host: '127.0.0.1', port, path }, (res) => (res.resume(), resolve(res.statusCode ?? 0)))
      .on('error', reject)
      .end();
  });

const portOpen = (port: number) =>
  new Promise<boolean>((resolve) => {
    const s = connect(port, '127.0.0.1');
    s.once('connect', () => (s.destroy(), resolve(true)));
    s.once('error', () => resolve(false));
  });

describe('reader preview', () => {
  let preview: Preview;
  const controller = new AbortController();
  const builds: PreviewBuildEvent[] = [];
  const waiting: Array<() => void> = [];

  /** The served page once it passes `test`: read again after every build, no deadline but the test's. */
  async function pageWhen(test: (body: string) => boolean): Promise<string> {
    for (;;) {
      // Asked before the fetch, so a build that ends during it is not missed.
      const built = new Promise<void>((r) => waiting.push(r));
      const body = await (await fetch(preview.url)).text();
      if (test(body)) return body;
      await built;
    }
  }

  it('serves the paged HTML with our reload script on 127.0.0.1', async () => {
    preview = await startPreview({ config, port: 0, signal: controller.signal, onBuild: (e) => (builds.push(e), waiting.splice(0).forEach((w) => w())) });
    expect(preview.port).toBeGreaterThan(0);
    expect(preview.url).toBe(`http://127.0.0.1:${preview.port}/`);
    const html = await (await fetch(preview.url)).text();
    expect(html).toContain('<script src="/__reader/reload.js"></script>');
    expect(html).toContain('<script src="/__reader/hooks.js"></script>');
    expect(html).toContain('assets/paged.polyfill.js');
    expect(html).toContain('From the Republic of Soviets');
    const script = await fetch(`${preview.url}__reader/reload.js`);
    expect(script.headers.get('content-type')).toContain('javascript');
    expect(await script.text()).toContain("new EventSource('/__reader/events')");
    expect((await fetch(`${preview.url}assets/paged.polyfill.js`)).status).toBe(200);
    // fetch() would normalise `..` away: send the raw path.
    expect(await rawStatus(preview.port, '/..%2f..%2freader.yaml')).toBe(404);
  });

  it('lays the book out in a browser with the page numbers the build prints', async () => {
    // A browser as a user has it: the build's own is sealed and would reach no server at all.
    const executablePath = findChromium();
    const browser = await puppeteer.launch({ executablePath, headless: isHeadlessShell(executablePath) ? 'shell' : true, args: CHROMIUM_FLAGS, pipe: true });
    try {
      const page = await browser.newPage();
      await page.goto(preview.url, { waitUntil: 'load' });
      // Every contents entry gets its number once the page it points to is laid out.
      // No deadline of its own (timeout 0): on a busy machine layout takes what it takes; the test's timeout is the backstop.
      await page.waitForFunction(() => document.querySelectorAll('.toc a').length > 0 && document.querySelectorAll('.toc a:not([data-page])').length === 0, {
        timeout: 0,
      });
      const numbers = await page.evaluate(() => Array.from(document.querySelectorAll('.toc a')).map((a) => a.getAttribute('data-page')));
      expect(numbers.length).toBeGreaterThan(0);
      for (const n of numbers) expect(Number(n)).toBeGreaterThan(0);
    } finally {
      await closeBrowser(browser);
    }
  });

  it('announces builds over Server-Sent Events', async () => {
    const res = await fetch(`${preview.url}__reader/events`);
    const reader = res.body!.getReader();
    const { value } = await reader.read();
    expect(new TextDecoder().decode(value)).toContain(`event: build\ndata: ${builds.at(-1)!.build}`);
    await reader.cancel();
  });

  it('serves a changed source once it is rebuilt', async () => {
    const before = await readFile(source(), 'utf8');
    await writeFile(source(), before.replace('the first instance of proletarian revolution', 'the first instance of proletarian revolution 987654321'));
    const html = await pageWhen((b) => b.includes('987654321'));
    expect(html).toContain('987654321');
  });

  it('shows a broken manifest in the page, then recovers', async () => {
    const yaml = await readFile(config, 'utf8');
    await writeFile(config, yaml.replace('language: en', 'langage: en'));
    const page = await pageWhen((b) => b.includes('did not build'));
    expect(page).toMatch(/reader\.yaml:\d+:\d+: Unknown field `langage`/);
    expect(page).toContain('Did you mean `language`?');
    expect(page).toContain('/__reader/reload.js');
    await writeFile(config, yaml);
    expect(await pageWhen((b) => b.includes('987654321'))).toContain('paged.polyfill.js');
  });

  it('stops cleanly on abort: the promise resolves and the port closes', async () => {
    controller.abort();
    await preview.closed;
    expect(await portOpen(preview.port)).toBe(false);
  });
});

describe('watchProject', () => {
  it('debounces a burst of changes into one call and ignores unrelated files', async () => {
    const calls: string[][] = [];
    const controller = new AbortController();
    // A debounce long enough that the five saves below fall in one burst even on a busy machine.
    let called!: () => void;
    const firstCall = new Promise<void>((r) => (called = r));
    const watcher = await watchProject({
      root: join(tmp, 'proj'),
      manifestPath: config,
      debounceMs: 1_000,
      signal: controller.signal,
      onChange: (c) => void (calls.push(c), called()),
    });
    expect(watcher.watched().files).toContain(source());
    await writeFile(join(tmp, 'proj', 'content', 'unrelated.txt'), 'x');
    const text = await readFile(source(), 'utf8');
    for (let i = 0; i < 5; i++) await writeFile(source(), `${text}\n${i}`);
    await firstCall;
    controller.abort();
    await watcher.closed;
    expect(calls).toEqual([[source()]]);
  });
});
