// `reader check` reads the text layer through pdf.js, not through the writer's code: on a PDF as
// Chromium prints a hyphenated text (a span with ActualText U+00AD at every hyphenation
// opportunity, line-end hyphens as real text) its text-layer rule fails; on the same PDF after
// finishing it passes, and poppler reads the words whole.
import { execFileSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { finishPdf } from '../../src/accessibility/index.ts';
import { checkPdf } from '../../src/check/index.ts';
import { launchBrowser } from '../../src/render/chromium.ts';
import { breakUrls } from '../../src/compose/url-breaks.ts';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import type { Root } from 'hast';

// Long words with every hyphenation opportunity marked, as compose's build-time hyphenation does.
const WORDS = [
  'rev\u00ado\u00adlu\u00adtion\u00adar\u00adies',
  'in\u00addus\u00adtri\u00adal\u00adi\u00adsa\u00adtion',
  'bu\u00adreau\u00adcrat\u00adic',
  'con\u00adtra\u00addic\u00adtions',
  'col\u00adlec\u00adtiv\u00adi\u00adsa\u00adtion',
  'rep\u00adre\u00adsen\u00adta\u00adtives',
];
const PARAGRAPH = Array.from(
  { length: 8 },
  (_, i) => `The ${WORDS[i % WORDS.length]} of the ${WORDS[(i + 2) % WORDS.length]} met the ${WORDS[(i + 4) % WORDS.length]} again.`,
).join(' ');
const HTML = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Soft hyphens</title>
<style>body { margin: 0; } p { width: 52mm; font: 11pt/1.4 serif; text-align: justify; hyphens: manual; }</style></head>
<body><h1>Soft hyphens</h1><p>${PARAGRAPH}</p><p>${PARAGRAPH}</p></body></html>`;

// Long web addresses in links, in a column as narrow as large print's: a link may break anywhere
// (`overflow-wrap: anywhere`, as styles/reader.css sets it), so with no break opportunity of its
// own an address breaks inside a word ("listinfo/lab" "our-history").
const ADDRESSES = [
  'https://lists.example.org/mailman/listinfo/labour-history',
  'https://www.example.org/campaigns/organising-the-unorganised/report-2024',
  'https://archive.example.net/collections/pamphlets/eight-hour-movement?page=3',
];
const linkParagraph = (): Root => ({
  type: 'root',
  children: [
    {
      type: 'element',
      tagName: 'p',
      properties: {},
      children: ADDRESSES.flatMap((url) => [
        { type: 'text' as const, value: 'Subscribe at ' },
        { type: 'element' as const, tagName: 'a', properties: { href: url }, children: [{ type: 'text' as const, value: url }] },
        { type: 'text' as const, value: ' or write to the secretary. ' },
      ]),
    },
  ],
});
const linkHtml = (tree: Root) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Addresses</title>
<style>body { margin: 0; } p { width: 47mm; font: 14pt/1.4 serif; } a { overflow-wrap: anywhere; }</style></head>
<body><h1>Addresses</h1>${unified().use(rehypeStringify).stringify(tree)}</body></html>`;
const broken = linkHtml(linkParagraph());
const withBreaks = (() => {
  const tree = linkParagraph();
  breakUrls(tree);
  return linkHtml(tree);
})();

let browser: Browser;
let dir: string;
let printed: Uint8Array;
let finished: Uint8Array;
const addresses: Record<'broken' | 'withBreaks', Uint8Array> = { broken: new Uint8Array(), withBreaks: new Uint8Array() };

beforeAll(async () => {
  browser = await launchBrowser();
  const page = await browser.newPage();
  await page.setContent(HTML, { waitUntil: 'load' });
  printed = new Uint8Array(await page.pdf({ width: '80mm', height: '120mm', tagged: true }));
  for (const [key, html] of [
    ['broken', broken],
    ['withBreaks', withBreaks],
  ] as const) {
    await page.setContent(html, { waitUntil: 'load' });
    const pdf = new Uint8Array(await page.pdf({ width: '80mm', height: '120mm', tagged: true }));
    addresses[key] = await finishPdf(pdf, { title: 'Addresses', language: 'en', creators: [] });
  }
  await page.close();
  finished = await finishPdf(printed, { title: 'Soft hyphens', language: 'en', creators: [] });
  dir = await mkdtemp(join(tmpdir(), 'reader-text-layer-'));
  await writeFile(join(dir, 'printed.pdf'), printed);
  await writeFile(join(dir, 'finished.pdf'), finished);
});

afterAll(async () => {
  await browser?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

const textLayerRule = async (bytes: Uint8Array) => (await checkPdf(bytes, { sourceHtml: HTML })).find((r) => r.rule === 'reader:text-layer')!;
const pdftotext = (file: string) => execFileSync('pdftotext', ['-enc', 'UTF-8', join(dir, file), '-'], { encoding: 'utf8' });

describe('the text-layer check', () => {
  it('the PDF as Chromium prints it carries the soft-hyphen spans and line-end hyphens it is meant to catch', () => {
    const text = pdftotext('printed.pdf');
    const inLine = text.split('\n').filter((l) => /\u00ad\S/.test(l));
    // Either poppler shows the spans' U+00AD inside lines, or a line ends in a hyphen: today's fault.
    expect(inLine.length + text.split('\n').filter((l) => /\p{L}-$/u.test(l.trim())).length).toBeGreaterThan(0);
  });

  it('fails on the PDF as Chromium prints it', async () => {
    const rule = await textLayerRule(printed);
    expect(rule.ok, rule.detail).toBe(false);
  });

  it('passes on the same PDF after finishing, and poppler reads no U+00AD inside a line', async () => {
    const rule = await textLayerRule(finished);
    expect(rule.ok, rule.detail).toBe(true);
    const lines = pdftotext('finished.pdf').split('\n');
    expect(lines.filter((l) => /\u00ad./.test(l))).toEqual([]);
  });
});

describe('a web address at a line end', () => {
  const rule = async (bytes: Uint8Array, html: string) => (await checkPdf(bytes, { sourceHtml: html })).find((r) => r.rule === 'reader:text-layer')!;

  it('with no break opportunity of its own, breaks inside a word, and the check says so', async () => {
    const r = await rule(addresses.broken, broken);
    expect(r.ok, r.detail).toBe(false);
    expect(r.detail).toMatch(/[1-9]\d* broken/);
  });

  it("with compose's breaks between its parts, every word is whole in the tags and in poppler's text", async () => {
    const r = await rule(addresses.withBreaks, withBreaks);
    expect(r.ok, r.detail).toBe(true);
    await writeFile(join(dir, 'addresses.pdf'), addresses.withBreaks);
    const lines = pdftotext('addresses.pdf')
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean);
    // Every address takes more than one line, and each of its lines ends between two of its parts.
    const parts = new Set(ADDRESSES.flatMap((url) => url.split(/[^\p{L}\p{N}]+/u)));
    const ends = lines.map((l) => /[\p{L}\p{N}]+$/u.exec(l)?.[0]).filter((w): w is string => !!w);
    expect(lines.length).toBeGreaterThan(ADDRESSES.length * 3);
    for (const end of ends) expect(parts.has(end) || /^(Addresses|at|or|write|to|the|secretary)$/.test(end), `line ends in "${end}"`).toBe(true);
  });
});
