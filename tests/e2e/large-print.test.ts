// The large-print edition of a user-shaped reader (a PDF extraction, a saved web page, Markdown
// with footnotes and a table, plain text with notes), read back with pdf.js: every piece of text
// is at least the body size less 2 pt, and the introduction's tables fit the page.
import { copyFile, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { textsYaml } from './user-manifest.ts';
import { build, type BuildResult } from '../../src/pipeline/build.ts';
import { loadPdfjs, pdftotextPages } from './pdf-read.ts';

const FIXTURES = 'tests/fixtures/init/round1';
const TEXTS = [
  { id: 'commons', file: 'ho-02-commons.txt', title: 'Enclosure and Its Discontents', author: 'Margaret Holloway' },
  { id: 'rent', file: 'ho-03-saved-page.html', title: 'Rent strikes are back', author: 'Priya Raman', translator: 'A. Translator' },
  { id: 'coops', file: 'ho-05-footnotes.md', title: 'Cooperatives and the State', author: 'Hannah Weiss' },
  { id: 'union', file: 'ho-07-notes.txt', title: 'What Is a Union For?', author: "Siobhán O'Connell" },
  { id: 'lanes', file: 'ho-01-bike-lanes.pdf', title: 'Protected Bike Lanes', author: 'Lena Okafor' },
  { id: 'budget', file: 'budget.md', title: 'A Branch Budget', author: 'Kofi Mensah' },
];
const BUDGET = `# A Branch Budget

The branch spends its money on three things: the hardship fund, the newsletter and the rent of the meeting room. The union's rules say the budget is set by the members at the annual meeting.[^1]

| Item | 2023 | 2024 | Change |
|---|---:|---:|---|
| Hardship fund for members on strike or sick pay | 4,200 | 5,600 | up by a third |
| Newsletter printing and postage | 1,150 | 980 | down |
| Meeting room rent | 600 | 650 | up |

The commons of a union is its strike fund: what the members hold together, land or money, is what lets them act together.

| Year | Branch | Members | Motions carried | Outcome | Ballots | Delegates |
|------|--------|---------|-----------------|---------|---------|-----------|
| 1976 | Wolverhampton | 2,000 | Hardship fund and newsletter | Rejected outright | 1,234 | 17 |
| 2014 | Birmingham | 300 | Meeting room | Remembered | 45 | 3 |

[^1]: Branch rules, rule 14, as amended in 2019.
`;

let dir: string;
let result: BuildResult;
const sizes: Array<{ page: number; size: number; text: string }> = [];
let pages: string[];

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'reader-large-print-'));
  await mkdir(join(dir, 'content'));
  for (const t of TEXTS) {
    if (t.file === 'budget.md') await writeFile(join(dir, 'content', t.file), BUDGET);
    else await copyFile(join(FIXTURES, t.file), join(dir, 'content', t.file));
  }
  const yaml = [
    'title: Organising Where We Live and Work',
    'question: What can people do together that they cannot do alone?',
    'topics:',
    '  - { id: unions, title: Unions, terms: [union, unions] }',
    '  - { id: land, title: Land and commons, terms: [land, commons, common land] }',
    '  - { id: rent, title: Rent, terms: [rent, rents, tenants] }',
    '  - { id: money, title: Money, terms: [money, fund, budget, pay] }',
    ...textsYaml(TEXTS),
    '',
  ].join('\n');
  await writeFile(join(dir, 'reader.yaml'), yaml);
  result = await build({ config: join(dir, 'reader.yaml'), out: join(dir, 'out'), profile: 'large-print' });
  const doc = await loadPdfjs(result.pdfPath);
  for (let p = 1; p <= doc.numPages; p++) {
    for (const item of (await (await doc.getPage(p)).getTextContent()).items) {
      if (!('str' in item) || !item.str.trim()) continue;
      const [, , c, d] = item.transform as number[];
      sizes.push({ page: p, size: Math.hypot(c!, d!), text: item.str.trim() });
    }
  }
  await doc.destroy();
  pages = pdftotextPages(result.pdfPath, true);
});

afterAll(() => rm(dir, { recursive: true, force: true }));

describe('the large-print edition', () => {
  it('sets the body at 16 pt', () => {
    const counts = new Map<number, number>();
    for (const s of sizes) counts.set(Math.round(s.size), (counts.get(Math.round(s.size)) ?? 0) + s.text.length);
    expect([...counts].sort((a, b) => b[1] - a[1])[0]![0]).toBe(16);
  });

  it('prints nothing smaller than 14 pt: not "Leans on", a caption, "Texts 1–3", "×2", a note call, a paragraph number or a folio', () => {
    const small = sizes.filter((s) => s.size < 14 - 0.05).map((s) => `p${s.page} ${s.size.toFixed(1)} pt: ${s.text}`);
    expect(small, small.join('\n')).toEqual([]);
    // The pieces the standard edition sets small are there, so they were measured.
    const all = sizes.map((s) => s.text).join(' ');
    expect(all).toContain('Leans on');
    expect(all).toMatch(/Texts 1–3/);
    expect(all).toMatch(/×\d/);
    expect(sizes.filter((s) => /^\d+$/.test(s.text)).length).toBeGreaterThan(10);
  });

  it('gives the texts table two columns, so its figures read as words', () => {
    const flat = pages.map((p) => p.replace(/\s+/g, ' '));
    const intro = flat.find((p) => p.includes('The texts Text Published, length and notes'));
    expect(intro, 'the introduction page with the texts table').toBeDefined();
    // The first cell's author line (under the title) stands level with the facts' second line, and
    // poppler reads across the row: the author's name may come between "min.," and the notes.
    expect(intro!).toMatch(/\d[\d,]* words, \d+ min\.,(?: \D{1,60})? \d+ notes?/);
    // Not three bare numbers in a row, as five columns of 16 pt figures printed them.
    expect(intro!).not.toMatch(/ \d[\d,]* \d{1,3} \d{1,3} /);
  });

  it('keeps the wide table of a text on the page', async () => {
    const doc = await loadPdfjs(result.pdfPath);
    const page = await doc.getPage(1);
    const width = page.view[2]!;
    const off: string[] = [];
    for (let p = 1; p <= doc.numPages; p++) {
      for (const item of (await (await doc.getPage(p)).getTextContent()).items) {
        if (!('str' in item) || !item.str.trim()) continue;
        const x = (item.transform as number[])[4]!;
        if (x < 0 || x + item.width > width + 0.5) off.push(`p${p}: ${item.str}`);
      }
    }
    await doc.destroy();
    expect(off).toEqual([]);
    expect(pages.join('\n')).toMatch(/Hardship fund/);
  });

  // Seven columns at 16 pt cannot keep their words whole on an A5 page: the table is set a
  // record at a time, each value beside its heading, and no word is cut without a hyphen
  // ("Ye" / "ar" read as two words, and the build's own check dropped the PDF/UA claim).
  it('sets a table too wide for its words a record at a time, every word whole, and keeps its PDF/UA claim', () => {
    const text = pages.join('\n');
    for (const word of ['Year', 'Wolverhampton', 'Delegates', 'Remembered', 'Ballots', 'outright']) expect(text).toMatch(new RegExp(`\\b${word}\\b`));
    // Each value beside its heading, record by record.
    const flat = text.replace(/\s+/g, ' ');
    expect(flat).toMatch(/Year 1976 Branch Wolverhampton/);
    expect(flat).toMatch(/Members 2,000 Motions/);
    expect(flat).toMatch(/Year 2014 /);
    expect(flat).toMatch(/Branch Birmingham Members 300/);
    // A table whose words fit stays a grid: the budget's heading row reads across.
    expect(flat).toMatch(/Item 2023 2024 Change/);
    expect(result.report.warnings.filter((w) => w.rule === 'pdfua-check').map((w) => w.reason)).toEqual([]);
  });
});
