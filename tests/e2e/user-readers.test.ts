// A reader shaped like a new user's, not the sample: Markdown with emphasis, strong, links,
// lists, a block quote, a table, images with and without alt text, code, headings at three
// levels and footnotes; a Spanish text; a one-paragraph text and a long one; a saved web page
// and a PDF extraction. Built once in the real Chromium, then read back with tools we did not
// write (poppler, pdf.js, axe-core) and with `reader check`, which reads through pdf.js.
import { execFileSync } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { textsYaml } from './user-manifest.ts';
import { checkPdf, type CheckResult } from '../../src/check/index.ts';
import { words } from '../../src/check/words.ts';
import { build, type BuildResult } from '../../src/pipeline/build.ts';
import { launchBrowser } from '../../src/render/chromium.ts';
import { axeViolations } from './axe.ts';
import { compoundsRunTogether, htmlWords, loadPdfjs, pdftotextPages, structTextWords, untaggedBodyText, wordShare, wordsMissing } from './pdf-read.ts';
import { readPageTextWithPdfjs } from '../../src/pdf/page-text.ts';

const FIXTURES = 'tests/fixtures/init/round1';
// A 1x1 grey PNG: images are embedded as data, the renderer fetches nothing.
const PNG = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAAAAAA6fptVAAAACklEQVR4nGNgAAAAAgABSK+kcQAAAABJRU5ErkJggg==';
const RICH = `# Organising a tenants' union

Tenants who *act together* win repairs that no letter ever won. The **first rule** is simple: nobody negotiates alone.[^1] See [the housing law](https://example.org/housing) for the details.

## What a branch needs

A branch needs three things before it calls its first meeting:

- a list of every flat in the building, with who lives there;
- a room that is free on a weekday evening;
- a way to reach people who do not read email.

Then the organisers take these steps, in order:

1. knock on every door in one week;
2. write the grievances down in the tenants' own words;
3. choose the one that most tenants share.

### The first meeting

> We thought the landlord was too strong for us. Then we counted ourselves, and there were ninety-four of us and one of him.

| Building | Flats | Members | Share |
|---|---:|---:|---:|
| Riverside Court | 120 | 94 | 78% |
| Mill Street | 48 | 20 | 42% |

![A map of the two buildings on the river](${PNG})

![](${PNG})

![A plan of the meeting room](pictures/meeting%20room.png)

The treasurer keeps the accounts in a spreadsheet; the formula \`=SUM(C2:C3)\` gives the members in all buildings.[^2]

    dues = members * 2.50

The representatives of the organisation communicate democratically, and the administration of responsibilities is shared.

[^1]: The rule comes from the union's *First Handbook*, written in 1974.
[^2]: Counted at the end of the quarter, after the renewals.
`;
const SHORT = 'One paragraph is a whole text too: short readings open a discussion as well as long ones do.\n';

const TEXTS = [
  { id: 'rich', file: 'rich.md', title: "Organising a Tenants' Union", author: 'Ana Costa' },
  { id: 'ciudad', file: 'ho-08-spanish.txt', title: 'La ciudad de los cuidados', author: 'Marta Gil Herrera', language: 'es' },
  { id: 'short', file: 'short.txt', title: 'A Short One', author: 'Sam Lee' },
  { id: 'rent', file: 'ho-03-saved-page.html', title: 'Rent strikes are back', author: 'Priya Raman' },
  { id: 'lanes', file: 'ho-01-bike-lanes.pdf', title: 'Protected Bike Lanes', author: 'Lena Okafor' },
  { id: 'long', file: '004-martinez-republic-of-soviets.txt', title: 'From the Republic of Soviets', author: 'Jorge Martínez', from: 'content' },
];

let dir: string;
let result: BuildResult;
let html: string;
let checks: CheckResult[];
let lines: string[];
let browser: Browser;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'reader-user-'));
  await mkdir(join(dir, 'content'));
  await writeFile(join(dir, 'content', 'rich.md'), RICH);
  await writeFile(join(dir, 'content', 'short.txt'), SHORT);
  // A picture beside the text, as a user's Markdown names one: the build carries it in.
  await mkdir(join(dir, 'content', 'pictures'));
  await writeFile(join(dir, 'content', 'pictures', 'meeting room.png'), Buffer.from(PNG.slice(PNG.indexOf(',') + 1), 'base64'));
  for (const t of TEXTS) if (!['rich.md', 'short.txt'].includes(t.file)) await copyFile(join(t.from ?? FIXTURES, t.file), join(dir, 'content', t.file));
  const yaml = [
    'title: Where We Live',
    'question: What can tenants do together?',
    'topics:',
    '  - { id: rent, title: Rent, terms: [rent, rents, tenants] }',
    '  - { id: city, title: The city, terms: [city, ciudad, ciudades, street] }',
    ...textsYaml(TEXTS),
    '',
  ].join('\n');
  await writeFile(join(dir, 'reader.yaml'), yaml);
  result = await build({ config: join(dir, 'reader.yaml'), out: join(dir, 'out') });
  html = await readFile(join(dir, 'out', 'reader.html'), 'utf8');
  checks = await checkPdf(new Uint8Array(await readFile(result.pdfPath)), { sourceHtml: html });
  lines = pdftotextPages(result.pdfPath).flatMap((p) => p.split('\n'));
  browser = await launchBrowser();
}, 600_000);

afterAll(async () => {
  await browser?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

/** pdf.js's structure tree of every page, flattened: role, alt and lang of each node. */
async function structNodes(): Promise<Array<{ role: string; alt?: string; lang?: string }>> {
  const doc = await loadPdfjs(result.pdfPath);
  const out: Array<{ role: string; alt?: string; lang?: string }> = [];
  type Node = { role?: string; alt?: string; lang?: string; children?: Node[] };
  const walk = (n: Node) => {
    if (n.role) out.push({ role: n.role, ...(n.alt !== undefined ? { alt: n.alt } : {}), ...(n.lang ? { lang: n.lang } : {}) });
    for (const c of n.children ?? []) walk(c);
  };
  for (let p = 1; p <= doc.numPages; p++) {
    const tree = (await (await doc.getPage(p)).getStructTree()) as Node | null;
    if (tree) walk(tree);
  }
  await doc.destroy();
  return out;
}

describe("a new user's reader", () => {
  it('keeps its PDF/UA claim: the build warns of no failed check', () => {
    const failed = result.report.warnings.filter((w) => w.rule === 'pdfua-check');
    expect(failed).toEqual([]);
  });

  it('passes every check of `reader check`, the text layer word for word against the HTML it was printed from', () => {
    expect(checks.filter((r) => !r.ok)).toEqual([]);
    const layer = checks.find((r) => r.rule === 'reader:text-layer')!;
    expect(layer.skipped).toBeUndefined();
  });

  it('has no soft hyphen inside a line in pdftotext', () => {
    expect(lines.filter((l) => /\u00ad./.test(l))).toEqual([]);
  });

  it('reads every compound with its hyphen in pdftotext, and tags at least 97% of the words pdftotext reads', () => {
    expect(compoundsRunTogether(lines.join('\n'), html)).toEqual([]);
    // The rest are running heads and folios: artifacts, out of the tags.
    expect(wordShare(structTextWords(result.pdfPath), words(lines.join('\n')))).toBeGreaterThanOrEqual(0.97);
  });

  it('leaves no text of the page body out of the tags but line-end hyphens (pdf.js)', async () => {
    const bytes = new Uint8Array(await readFile(result.pdfPath));
    const doc = await loadPdfjs(result.pdfPath);
    const height = (await doc.getPage(1)).view[3]!;
    await doc.destroy();
    expect(untaggedBodyText(await readPageTextWithPdfjs(bytes), height)).toEqual([]);
  });

  it('gives poppler every long word of the rich and Spanish texts whole', async () => {
    // Words of 11 letters or more: those build-time hyphenation breaks, if anything does.
    const text = lines.join('\n').replace(/(\p{L})-\n(\p{L})/gu, '$1$2');
    const found = new Set(words(text));
    const spanish = await readFile(join(FIXTURES, 'ho-08-spanish.txt'), 'utf8');
    const long = [...new Set(words([RICH.replaceAll(PNG, ''), SHORT, spanish].join(' ')))].filter((w) => w.length >= 11);
    expect(long.length).toBeGreaterThan(5);
    expect(long.filter((w) => !found.has(w))).toEqual([]);
  });

  it('tags the Spanish text with its language, and every figure with alt text', async () => {
    const nodes = await structNodes();
    expect(nodes.some((n) => n.lang === 'es')).toBe(true);
    const figures = nodes.filter((n) => n.role === 'Figure');
    expect(figures.length).toBeGreaterThanOrEqual(1);
    expect(figures.filter((f) => !f.alt)).toEqual([]);
    expect(figures.map((f) => f.alt)).toContain('A map of the two buildings on the river');
    // The picture from a file beside the text is in the PDF, not refused by the sealed page.
    expect(figures.map((f) => f.alt)).toContain('A plan of the meeting room');
    expect(result.report.warnings.map((w) => w.rule)).not.toEqual(expect.arrayContaining(['request-refused']));
    expect(result.report.warnings.map((w) => w.rule)).not.toEqual(expect.arrayContaining(['image-missing']));
  });

  it('tags its lists, table, quote, notes and three heading levels', async () => {
    const roles = new Set((await structNodes()).map((n) => n.role));
    for (const role of ['L', 'LI', 'Lbl', 'LBody', 'Table', 'TR', 'TH', 'TD', 'BlockQuote', 'Note', 'H1', 'H2', 'H3', 'Link'])
      expect(roles, role).toContain(role);
  });

  it('tags the words of its accessible HTML edition, and no others: notes, contents and topic matrix alike', async () => {
    // pdfinfo -struct-text (poppler) against the HTML as a screen reader meets it, skip link aside.
    const accessible = htmlWords(await readFile(join(dir, 'out', 'reader.accessible.html'), 'utf8'));
    const tagged = structTextWords(result.pdfPath);
    expect(wordsMissing(tagged, accessible), 'words only the HTML says').toEqual([]);
    expect(wordsMissing(accessible, tagged), 'words only the PDF says').toEqual([]);
  });

  it('writes an accessible HTML edition with no axe-core violation', async () => {
    const violations = await axeViolations(browser, join(dir, 'out', 'reader.accessible.html'));
    expect(violations).toEqual([]);
  });

  it('writes a normalize report with no axe-core violation', async () => {
    const violations = await axeViolations(browser, join(dir, 'out', 'normalize-report.html'));
    expect(violations).toEqual([]);
  });
});
