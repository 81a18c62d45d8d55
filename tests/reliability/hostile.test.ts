// Hostile content is printed inert: built once through build(), then checked in the HTML,
// in the PDF, and from the browser's side (requests, scripts) by rendering the output again.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PDFDocument, PDFDict, PDFName, PDFString } from 'pdf-lib';
import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build, type BuildResult } from '../../src/pipeline/index.ts';
import { BOOK_ORIGIN, launchBrowser, render } from '../../src/render/index.ts';
import { closeBrowser } from '../../src/render/retry.ts';
import { firstLine, hasStack, runBuild, tinyProject } from './helpers.ts';

const HOSTILE_MD = `A paragraph before the hostile things, with {{title}} and {{> cover}} and {{{raw}}} literal.

<script>window.__hostile = 'script';</script>

<img src="x" onerror="window.__hostile = 'onerror'">

Links: [js](javascript:window.__hostile='js') and [file](file:///etc/passwd) and ![remote](https://example.com/a.png) and ![local](file:///etc/hostname).

<iframe src="https://example.com/frame"></iframe>

<object data="https://example.com/x.swf"></object>

An unclosed comment <!-- here, and a closer --> there.

<!--

The end paragraph.
`;
const HOSTILE_TXT = "Plain text with <script>window.__hostile='txt'</script> and {{> cover}} and <!-- and --> and <img src=x onerror=alert(1)>.\n";
const EVIL_CSS = `@font-face { font-family: Evil; src: url("https://example.com/evil.woff2"); }
body { background-image: url("https://example.com/bg.png"); font-family: Evil, serif; }
p { background: url("file:///etc/hostname"); }
`;
// What the user's stylesheet asks for: the sealed page refuses it. (A picture on the web in a
// text never reaches the page: images/local-images.ts prints its alt text instead, and says so.)
const REMOTE = ['https://example.com/evil.woff2', 'https://example.com/bg.png', 'file:///etc/hostname'];
const REMOTE_PICTURE = 'https://example.com/a.png';

const sha = (p: string) => createHash('sha256').update(readFileSync(p)).digest('hex');
let dir: string;
let result: BuildResult;
let html: string;
let before: Record<string, string>;

beforeAll(async () => {
  dir = tinyProject(
    { 'content/hostile.md': HOSTILE_MD, 'content/hostile.txt': HOSTILE_TXT, 'styles/evil.css': EVIL_CSS },
    [
      { id: 'md', source: 'content/hostile.md' },
      { id: 'txt', source: 'content/hostile.txt' },
    ],
    'styles: styles',
  );
  before = Object.fromEntries(['content/hostile.md', 'content/hostile.txt', 'styles/evil.css'].map((p) => [p, sha(join(dir, p))]));
  result = await build({ config: join(dir, 'reader.yaml'), out: join(dir, 'out') });
  html = readFileSync(result.htmlPath, 'utf8');
});

describe('hostile content, built', () => {
  it('refuses and reports every remote or local-file request', () => {
    for (const url of REMOTE) expect(result.report.refusedRequests).toContain(url);
    const reported = result.report.warnings.filter((w) => w.rule === 'request-refused').map((w) => w.reason);
    for (const url of REMOTE) expect(reported.some((r) => r.includes(url))).toBe(true);
  });

  it('never asks for a picture on the web in a text, and says it printed its alt text instead', () => {
    expect(result.report.refusedRequests).not.toContain(REMOTE_PICTURE);
    expect(html).not.toContain(REMOTE_PICTURE);
    const missing = result.report.warnings.filter((w) => w.rule === 'image-missing');
    expect(missing.map((w) => [w.file, w.line, w.reason.slice(0, 60)])).toEqual([
      ['content/hostile.md', 7, `Unexpected picture on the web \`${REMOTE_PICTURE}\`: t`],
      ['content/hostile.md', 7, 'Unexpected picture address `file:///etc/hostname`: only a fi'],
    ]);
  });

  it('never writes a source', () => {
    for (const [p, h] of Object.entries(before)) expect(sha(join(dir, p)), p).toBe(h);
  });

  it('the HTML holds no script but ours and no event-handler attribute', () => {
    expect([...html.matchAll(/<script\b[^>]*>/gi)].map((m) => m[0])).toEqual(['<script src="assets/paged.polyfill.js">']);
    expect(html).not.toMatch(/<[a-z][^>]*\son[a-z]+\s*=/i);
    expect(html).not.toMatch(/<(iframe|object|embed)\b/i);
  });

  // Compose keeps only #, http(s): and mailto: links; render strips anything else again before printing.
  it('the HTML holds no javascript: or file: link', () => {
    expect(html).not.toMatch(/href="(javascript|file):/i);
  });

  it('the PDF has no javascript: or file: link, and prints template syntax literally', async () => {
    const pdf = await PDFDocument.load(readFileSync(result.pdfPath));
    const uris: string[] = [];
    for (const page of pdf.getPages()) {
      for (const ref of page.node.Annots()?.asArray() ?? []) {
        const action = (pdf.context.lookup(ref) as PDFDict).lookup(PDFName.of('A'));
        const uri = action instanceof PDFDict ? action.lookup(PDFName.of('URI')) : undefined;
        if (uri instanceof PDFString) uris.push(uri.decodeText());
      }
    }
    expect(uris.filter((u) => /^(javascript|file):/i.test(u))).toEqual([]);
    const text = execFileSync('pdftotext', ['-layout', result.pdfPath, '-'], { encoding: 'utf8' }).replace(/\u00AD|-\n\s*/g, '');
    for (const literal of ['{{title}}', '{{> cover}}', '{{{raw}}}', '<script>window.__hos', '<!-- and -->'])
      expect(text.replace(/\s+/g, ' ')).toContain(literal);
  });
});

describe('hostile content, from the browser side', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await closeBrowser(browser);
  });

  /** Render a file of the output folder again; the seal logs every request the page made. */
  async function renderWatched(htmlFile: string) {
    let hostile: unknown = 'unset';
    const out = await render({
      browser,
      dir: join(dir, 'out'),
      htmlFile,
      afterLayout: async (page: Page) => {
        hostile = await page.evaluate(() => (window as unknown as { __hostile?: string }).__hostile);
      },
    });
    return { out, hostile };
  }

  it('no script of the text ran, nothing was served from outside the folder', async () => {
    const { out, hostile } = await renderWatched('reader.html');
    expect(hostile).toBeUndefined();
    expect(out.seal.served.length).toBeGreaterThan(0);
    for (const url of out.seal.served) expect(url.startsWith(`${BOOK_ORIGIN}/`)).toBe(true);
    for (const url of REMOTE) expect(out.seal.refused).toContain(url);
    expect(out.seal.refused).not.toContain(REMOTE_PICTURE);
  });

  it('even raw hostile HTML (as if compose let it through) stays inert', async () => {
    // Defence in depth: the CSP and render's inert pass, without compose's escaping.
    const raw = `<p id="raw">Raw.</p><script>window.__hostile='inline'</script><img src="x" onerror="window.__hostile='onerror'">
<iframe src="javascript:parent.__hostile='iframe'"></iframe><object data="https://example.com/x.swf"></object>
<a href="javascript:window.__hostile='href'">click</a><script src="https://example.com/evil.js"></script>
<link rel="stylesheet" href="https://example.com/evil.css"><img src="https://example.com/pixel.png">`;
    writeFileSync(join(dir, 'out', 'raw.html'), html.replace('<body', `<body data-x="1"`).replace(/(<body[^>]*>)/, `$1${raw}`));
    const { out, hostile } = await renderWatched('raw.html');
    expect(hostile).toBeUndefined();
    for (const url of ['https://example.com/evil.js', 'https://example.com/pixel.png']) expect(out.seal.refused).toContain(url);
    expect(out.seal.refused).toContain("javascript:window.__hostile='href'");
    for (const url of out.seal.served) expect(url.startsWith(`${BOOK_ORIGIN}/`)).toBe(true);
  });
});

it('a remote @import in the styles fails the build naming the file, line and column', () => {
  const p = tinyProject(
    { 'content/one.txt': 'One paragraph of text.\n', 'styles/evil.css': 'p { color: black; }\n@import url("https://example.com/evil.css");\n' },
    undefined,
    'styles: styles',
  );
  const r = runBuild(p);
  expect(r.code, r.stderr).toBe(2);
  expect(firstLine(r.stderr)).toMatch(/^evil\.css:2:14: Paged\.js could not lay out the book: .*`https:\/\/example\.com\/evil\.css` was refused/);
  expect(r.stderr).toContain('Rendering is sealed');
  expect(hasStack(r.stderr)).toBe(false);
});
