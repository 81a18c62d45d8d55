// The seal holds for every page and target (issue #24): popups, `target=_blank` links and
// forms, speculation-rules prefetch and prerender, a popup from a `data:` frame, and a user
// stylesheet loaded as a script. Each asks a listener on 127.0.0.1; a sealed build asks
// nothing. A control run without the seal shows that every vector reaches the listener.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { CHROMIUM_FLAGS, findChromium, launchBrowser, SEAL_FLAGS } from '../../src/render/index.ts';
import { closeBrowser } from '../../src/render/retry.ts';
import { isHeadlessShell } from '../../src/render/chromium.ts';
import { BOOK_ORIGIN, sealPage } from '../../src/render/seal.ts';
import { guardTargets, sealBrowser, type GuardLog } from '../../src/render/target-guard.ts';
import { evilCss, firstLine, hasStack, leakVectors, ONE_PARAGRAPH, runBuild, startListener, tinyProject } from './helpers.ts';

type Listener = Awaited<ReturnType<typeof startListener>>;
let listener: Listener;
let vectors: Record<string, string>;

beforeAll(async () => {
  listener = await startListener();
  vectors = leakVectors(listener.url);
});
afterAll(() => listener.close());
beforeEach(() => void (listener.hits.length = 0));

/** A folder with a page that tries every vector, and the stylesheet that is a script. */
function hostileFolder(): string {
  const dir = join(tmpdir(), `reader-seal-${process.pid}-${Math.random().toString(36).slice(2)}`);
  mkdirSync(join(dir, 'assets'), { recursive: true });
  writeFileSync(join(dir, 'assets', 'user-evil.css'), evilCss(listener.url));
  writeFileSync(
    join(dir, 'hostile.html'),
    `<!doctype html><html><head><meta charset="utf-8"></head><body><p>Hostile.</p>${Object.values(vectors).join('\n')}</body></html>`,
  );
  return dir;
}

/** Load the hostile page in a page of `browser`, sealed, with the page's own policy switched off as asked. */
async function loadHostile(browser: Browser, bypassPolicy: boolean) {
  const page = await browser.newPage();
  if (bypassPolicy) await page.setBypassCSP(true);
  // What the page's policy refused, and where speculation rules got to: the events each run waits on.
  await page.evaluateOnNewDocument(() => {
    const w = window as unknown as { __violations: string[] };
    w.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => w.__violations.push(`${e.effectiveDirective} ${e.blockedURI}`));
  });
  const cdp = await page.createCDPSession();
  const preload = new Map<string, string>();
  const settled = (what: string) => ['Ready', 'Success', 'Failure', 'NotSupported'].includes(preload.get(what) ?? '');
  cdp.on('Preload.prefetchStatusUpdated', (e) => void preload.set('prefetch', e.status));
  cdp.on('Preload.prerenderStatusUpdated', (e) => void preload.set('prerender', e.status));
  await cdp.send('Preload.enable');
  await sealPage(page, hostileFolder());
  await page.goto(`${BOOK_ORIGIN}/hostile.html`, { waitUntil: 'load' });
  return {
    page,
    /** Speculation rules ran to their end (both refused or failed). */
    preloadSettled: () => until(() => settled('prefetch') && settled('prerender')),
    /** The page's policy refused at least `n` things. */
    refusedByPolicy: (n: number) =>
      page.waitForFunction((k: number) => (window as unknown as { __violations: string[] }).__violations.length >= k, { timeout: 0 }, n),
  };
}

/** Wait until `ok()` holds, checking as the test's other events turn. */
async function until(ok: () => boolean): Promise<void> {
  while (!ok()) await new Promise((r) => setTimeout(r, 20));
}

const launchWith = async (options: { seal?: boolean; guard?: GuardLog }) => {
  const executablePath = findChromium();
  const browser = await puppeteer.launch({
    executablePath,
    headless: isHeadlessShell(executablePath) ? 'shell' : true,
    args: [...CHROMIUM_FLAGS, ...(options.seal ? SEAL_FLAGS : [])],
    pipe: true,
    ...(options.guard ? { targetFilter: guardTargets(options.guard) } : {}),
  });
  if (options.guard) await sealBrowser(browser, options.guard);
  return browser;
};

/** The paths of the listener's hits. */
const hitPaths = () => listener.hits.filter((h) => h !== 'connection').map((h) => h.split(' ')[1]!.slice(1));
const POPUPS = ['window-open', 'blank-link', 'form-post', 'data-iframe-open'];

describe('the seal, layer by layer (each layer alone, then all)', () => {
  // Retried in a new browser: a control shows that each vector can get out, and one run in about
  // thirty on a loaded CI machine saw a vector never leave (which one is now printed when it fails).
  it('control: without the seal every vector reaches the listener', { retry: 2 }, async () => {
    // A browser as puppeteer launches it, with none of the seal's flags or its target guard.
    const browser = await launchWith({});
    const preload: string[] = [];
    try {
      const dir = hostileFolder();
      const page = await browser.newPage();
      // Served as a plain server would: the stylesheet as text/css, without the seal's policy and `nosniff`.
      await page.setRequestInterception(true);
      page.on('request', (req) => {
        const name = req.url().startsWith(`${BOOK_ORIGIN}/`) ? req.url().slice(BOOK_ORIGIN.length + 1) : undefined;
        if (!name) return void req.continue();
        void req.respond({ status: 200, contentType: name.endsWith('.css') ? 'text/css' : 'text/html', body: readFileSync(join(dir, name)) });
      });
      // Where speculation rules got to, for the message if a vector never arrives.
      const cdp = await page.createCDPSession();
      cdp.on('Preload.prefetchStatusUpdated', (e) => void preload.push(`prefetch ${e.prefetchUrl} ${e.status} ${e.prefetchStatus ?? ''}`));
      cdp.on('Preload.prerenderStatusUpdated', (e) => void preload.push(`prerender ${e.key.url} ${e.status} ${e.prerenderStatus ?? ''}`));
      await cdp.send('Preload.enable');
      // Not its load event: an unsealed popup can hold the opener's load back; the hits are what counts.
      await page.goto(`${BOOK_ORIGIN}/hostile.html`, { waitUntil: 'domcontentloaded', timeout: 0 });
      // A bound, not a wait: every vector arrives within a second or two, so after 90 s one is not coming.
      let bound: NodeJS.Timeout | undefined;
      const missing = () => Object.keys(vectors).filter((v) => !hitPaths().includes(v));
      await Promise.race([
        listener.waitForPaths(Object.keys(vectors).map((v) => `/${v}`)),
        new Promise<void>((_, reject) => {
          bound = setTimeout(() => reject(new Error(`never reached the listener: ${missing().join(', ')}; speculation rules: ${preload.join('; ')}`)), 90_000);
        }),
      ]).finally(() => clearTimeout(bound));
    } finally {
      await closeBrowser(browser);
    }
    expect(new Set(hitPaths())).toEqual(new Set(Object.keys(vectors)));
  });

  it('the policy alone (served with every document, real types, nosniff): no script runs, nothing gets out', async () => {
    const browser = await launchWith({});
    try {
      const { refusedByPolicy } = await loadHostile(browser, false);
      // Five inline scripts, two speculation rules, the frame and the stylesheet as a script.
      await refusedByPolicy(Object.keys(vectors).length);
    } finally {
      await closeBrowser(browser);
    }
    expect(hitPaths()).toEqual([]);
  });

  it('the target guard alone (with the browser-wide interception): every popup is sealed at once, then closed', async () => {
    const guard: GuardLog = { refused: [], targets: [] };
    const browser = await launchWith({ guard });
    try {
      await loadHostile(browser, true);
      await until(() => guard.targets.length >= POPUPS.length);
      // The speculation rules are the flags' to stop (prefetch is fetched by the browser, not by a target).
      await listener.waitForPaths(['/prefetch']);
    } finally {
      await closeBrowser(browser);
    }
    expect(hitPaths().filter((p) => POPUPS.includes(p) || p === 'css-script')).toEqual([]);
    expect(guard.targets.length).toBeGreaterThanOrEqual(POPUPS.length);
  });

  it('the launch flags alone: no new window, no address resolves', async () => {
    const browser = await launchWith({ seal: true });
    try {
      const { preloadSettled } = await loadHostile(browser, true);
      await preloadSettled();
    } finally {
      await closeBrowser(browser);
    }
    expect(hitPaths()).toEqual([]);
  });

  it('everything as a build launches it, the policy switched off: nothing gets out', async () => {
    const browser = await launchBrowser();
    try {
      const { preloadSettled } = await loadHostile(browser, true);
      await preloadSettled();
    } finally {
      await closeBrowser(browser);
    }
    expect(listener.hits).toEqual([]);
  });

  it('everything as a build launches it: nothing gets out', async () => {
    const browser = await launchBrowser();
    try {
      const { refusedByPolicy } = await loadHostile(browser, false);
      await refusedByPolicy(Object.keys(vectors).length);
    } finally {
      await closeBrowser(browser);
    }
    expect(listener.hits).toEqual([]);
  });
});

describe('a hostile template and stylesheet, through `reader build`', () => {
  it('builds, refuses every vector, and makes no request to the listener', () => {
    const template = readFileSync('templates/reader.hbs', 'utf8')
      // The template drops the tool's policy and adds every vector and the stylesheet as a script.
      .replace(/<meta http-equiv="Content-Security-Policy"[^>]*>\n/, '')
      .replace('</body>', `${Object.values(vectors).join('\n')}\n</body>`);
    const dir = tinyProject(
      { 'content/one.txt': ONE_PARAGRAPH, 'templates/reader.hbs': template, 'styles/evil.css': evilCss(listener.url) },
      undefined,
      'templates: templates\nstyles: styles',
    );
    const sha = (p: string) =>
      createHash('sha256')
        .update(readFileSync(join(dir, p)))
        .digest('hex');
    const before = ['content/one.txt', 'templates/reader.hbs', 'styles/evil.css'].map(sha);
    const r = runBuild(dir);
    expect(r.code, r.stderr).toBe(0);
    expect(hasStack(r.stderr)).toBe(false);
    expect(listener.hits, firstLine(r.stderr)).toEqual([]);
    expect(['content/one.txt', 'templates/reader.hbs', 'styles/evil.css'].map(sha)).toEqual(before);
    const report = JSON.parse(readFileSync(join(dir, 'out', 'build.json'), 'utf8')) as { refusedRequests: string[] };
    // The policy refused the stylesheet as a script: it is listed, and nothing else reached further.
    expect(report.refusedRequests.join('\n')).toContain('user-evil.css');
  });
});
