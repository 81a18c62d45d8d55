// Shapes a new user's texts come in and the sample has none of: a German text (justified lines
// need German hyphens), lists with paragraph numbers on both page sides, section breaks written
// `---` and `* * *` in plain text and Markdown, and a poem in a plain text. Built once in the real
// Chromium, then read back with poppler (pdftotext -bbox, pdfinfo -struct-text).
import { execFileSync } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build, type BuildResult } from '../../src/pipeline/build.ts';
import { checkPdf } from '../../src/check/index.ts';
import { words as wordsOf } from '../../src/check/words.ts';
import { compoundsRunTogether, htmlWords, pdftotextPages, pdfWordBoxes, structTextWords, wordShare } from './pdf-read.ts';
import { textsYaml } from './user-manifest.ts';

const FIXTURES = 'tests/fixtures/compose/shapes';

/** A text of many short sections, each a paragraph and a bulleted list: lists fall on left and right pages. */
const LISTS = Array.from({ length: 14 }, (_, i) =>
  [
    `## Meeting ${i + 1}`,
    '',
    `The branch met for the ${i + 1}th time to review its campaign, and agreed on the points below before it closed the meeting.`,
    '',
    ...Array.from({ length: 4 }, (_, j) => `- point ${j + 1} of meeting ${i + 1}: write to every tenant in the block`),
    '',
  ].join('\n'),
).join('\n');

const TEXTS = [
  { id: 'wohnen', file: 'wohnen.md', title: 'Wohnen in der Stadt', author: 'Testgruppe', language: 'de' },
  { id: 'lists', file: 'lists.md', title: 'Minutes', author: 'The Branch' },
  { id: 'parts', file: 'parts.txt', title: 'Tenants together', author: 'Test Committee' },
  { id: 'parts-md', file: 'parts.md', title: 'Tenants together, in Markdown', author: 'Test Committee' },
  { id: 'song', file: 'song.txt', title: 'Songs of the rent strike', author: 'Test Committee' },
  { id: 'song-md', file: 'song.md', title: 'Songs of the rent strike, in Markdown', author: 'Test Committee' },
];

interface Word {
  page: number;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
  text: string;
}

let dir: string;
let result: BuildResult;
let pages: string[];
let words: Word[];
let struct: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'reader-shapes-'));
  await mkdir(join(dir, 'content'));
  await writeFile(join(dir, 'content', 'lists.md'), LISTS);
  for (const t of TEXTS) if (t.file !== 'lists.md') await copyFile(join(FIXTURES, t.file), join(dir, 'content', t.file));
  await writeFile(join(dir, 'reader.yaml'), ['title: Shapes', 'page_size: A5', 'paragraph_numbers: all', ...textsYaml(TEXTS), ''].join('\n'));
  result = await build({ config: join(dir, 'reader.yaml'), out: join(dir, 'out') });
  pages = pdftotextPages(result.pdfPath);
  words = [];
  let page = 0;
  for (const line of pdfWordBoxes(result.pdfPath).split('\n')) {
    if (line.includes('<page ')) page++;
    const m = /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/.exec(line);
    if (m) words.push({ page, xMin: +m[1]!, yMin: +m[2]!, xMax: +m[3]!, yMax: +m[4]!, text: m[5]! });
  }
  struct = execFileSync('pdfinfo', ['-struct-text', result.pdfPath], { encoding: 'utf8', maxBuffer: 64 << 20 });
}, 600_000);

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

/** The pages a text is printed on: from the page its head ("Text 3" in small capitals, its title) is on to the next text's. */
function pagesOf(title: string, next?: string): number[] {
  // The title may wrap: its words with any white space between, then its author's line.
  const pattern = (t: string) =>
    t
      .split(' ')
      .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
      .join('\\s+');
  const head = (t: string) => new RegExp(`TEXT \\d+\\s+${pattern(t)}\\s*\\n\\s*${pattern(TEXTS.find((x) => x.title === t)!.author)}\\n`, 'i');
  const first = pages.findIndex((p) => head(title).test(p));
  const last = next ? pages.findIndex((p) => head(next).test(p)) - 1 : pages.length - 1;
  expect(first).toBeGreaterThan(0);
  expect(last).toBeGreaterThanOrEqual(first);
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}

describe('texts of shapes the sample lacks', () => {
  it('read whole in poppler and pass `reader check`, the text layer word for word: German hyphens, lists, a poem', async () => {
    const html = await readFile(join(dir, 'out', 'reader.html'), 'utf8');
    const checks = await checkPdf(new Uint8Array(await readFile(result.pdfPath)), { sourceHtml: html });
    expect(checks.filter((r) => !r.ok)).toEqual([]);
    expect(checks.find((r) => r.rule === 'reader:text-layer')?.skipped).toBeUndefined();
    const text = pages.join('\n');
    expect(text.match(/\u00ad(?!\n)/g) ?? []).toEqual([]);
    expect(compoundsRunTogether(text, html)).toEqual([]);
    const tagged = structTextWords(result.pdfPath);
    const accessible = htmlWords(await readFile(join(dir, 'out', 'reader.accessible.html'), 'utf8'));
    expect(wordShare(tagged, accessible), 'recall').toBeGreaterThanOrEqual(0.995);
    expect(wordShare(accessible, tagged), 'precision').toBeGreaterThanOrEqual(0.995);
    // The rest are running heads and folios: artifacts, out of the tags.
    expect(wordShare(tagged, wordsOf(text)), 'of pdftotext').toBeGreaterThanOrEqual(0.97);
  });

  it('a German text is hyphenated by German rules: lines end in a break inside a word', () => {
    const german = pagesOf('Wohnen in der Stadt', 'Minutes');
    // pdftotext -bbox keeps a line-end hyphen on its word (plain pdftotext joins the halves).
    const broken = words.filter((w) => german.includes(w.page) && /\p{L}[-\u00ad]$/u.test(w.text)).map((w) => w.text);
    expect(broken.length, broken.join(' ')).toBeGreaterThanOrEqual(4);
    // Where German patterns break, not English ones: "Boden-spekulation", "Verän-derung"-like joints.
    for (const w of broken) expect(w, 'a break leaves three letters or more').toMatch(/\p{L}{3,}[-\u00ad]$/u);
  });

  it('paragraph numbers sit clear of list bullets on left- and right-hand pages', () => {
    const sides = new Set<string>();
    let items = 0;
    for (const p of pagesOf('Minutes', 'Tenants together')) {
      // Chromium draws a disc bullet as a shape, not text: it lies in the list's indent, the
      // 1.5em (15 pt) left of the item's first word.
      for (const first of words.filter((w) => w.page === p && w.text === 'point')) {
        const line = words.filter((w) => w.page === p && Math.abs(w.yMin - first.yMin) < 1);
        if (!line.some((w) => w.text === 'meeting')) continue;
        const num = words.find(
          (w) =>
            w.page === p &&
            /^\d+$/.test(w.text) &&
            (w.xMax < first.xMin || w.xMin > Math.max(...line.map((l) => l.xMax))) &&
            (w.yMin + w.yMax) / 2 > first.yMin &&
            (w.yMin + w.yMax) / 2 < first.yMax,
        );
        expect(num, `page ${p}: the item at y ${first.yMin} has its number`).toBeDefined();
        items++;
        if (num!.xMax < first.xMin) {
          sides.add('left');
          expect(first.xMin - num!.xMax, `page ${p}: ¶ ${num!.text} ends in its bullet's indent`).toBeGreaterThan(17);
        } else sides.add('right');
      }
    }
    expect(items).toBe(56);
    expect([...sides].sort()).toEqual(['left', 'right']);
  });

  it('a section break is no paragraph: no line of only dashes, rules or asterisks, and no numbered ¶ for it', () => {
    for (const title of ['Tenants together', 'Tenants together, in Markdown']) {
      const text = pagesOf(title)
        .map((p) => pages[p]!)
        .join('\n');
      expect(text.split('\n').filter((l) => /^[\s\-—–*_⁂\\]+$/.test(l) && l.trim())).toEqual([]);
    }
    expect(struct).not.toMatch(/"\s*[—–]\s*"/);
  });

  it.each([
    ['plain text', 'Songs of the rent strike', 'Songs of the rent strike, in Markdown'],
    ['Markdown', 'Songs of the rent strike, in Markdown', undefined],
  ])('a poem in %s keeps its lines: each verse line is one line, flush with the text edge', (_, title, next) => {
    const song = pagesOf(title, next);
    const lines = song.flatMap((p) => pages[p]!.split('\n').map((l) => l.trim()));
    const verse = [
      'We built the walls, we laid the stone,',
      'We raised the roofs we do not own;',
      'The rent goes up, the wages fall,',
      "And still they say there's room for all.",
      'So hold the line and hold the door,',
      'We will not pay the rent no more;',
      'From every stair and every street,',
      'We march together, and we meet.',
    ];
    for (const v of verse) expect(lines).toContain(v.replace("'", '’'));
    // Every verse line starts at the same x as the text's unindented first paragraph line.
    const starts = verse.map((v) =>
      words.find(
        (w) =>
          song.includes(w.page) &&
          w.text === v.split(' ')[0] &&
          words.some((x) => x.page === w.page && Math.abs(x.yMin - w.yMin) < 1 && x.text === v.split(' ')[1]),
      )!,
    );
    const edge = Math.min(...words.filter((w) => song.includes(w.page) && w.text === 'The').map((w) => w.xMin));
    for (const s of starts) expect(Math.abs(s.xMin - edge)).toBeLessThan(0.5);
  });
  it('a paragraph after a heading or a section break starts flush with the text edge; one after a paragraph is indented', () => {
    // A page's text edge: where its leftmost lines start (paragraph numbers apart); each paragraph here has a second line.
    const edgeOf = (page: number) => Math.min(...words.filter((x) => x.page === page && !/^\d+$/.test(x.text)).map((x) => x.xMin));
    /** The x of a paragraph's first word, found by its first two words on the text's pages. */
    const startsOf = (pagesIn: number[], first: string, second: string) =>
      words.filter(
        (w) =>
          pagesIn.includes(w.page) &&
          w.text === first &&
          words.some((x) => x.page === w.page && Math.abs(x.yMin - w.yMin) < 1 && x.xMin > w.xMax && x.xMin - w.xMax < 6 && x.text === second),
      );
    const parts = pagesOf('Tenants together', 'Tenants together, in Markdown');
    const minutes = pagesOf('Minutes', 'Tenants together');
    const flush = [
      ...startsOf(parts, 'The', 'first'),
      ...startsOf(parts, 'The', 'second'),
      ...startsOf(parts, 'The', 'third'),
      ...startsOf(minutes, 'The', 'branch'),
    ];
    expect(flush).toHaveLength(3 + 14);
    for (const w of flush) expect(Math.abs(w.xMin - edgeOf(w.page)), `page ${w.page}: "${w.text}" at ${w.xMin}`).toBeLessThan(1);
    // The control: a paragraph after a paragraph keeps its indent (1.2em).
    const indented = startsOf(pagesOf('Wohnen in der Stadt', 'Minutes'), 'Die', 'Mietervereinigung');
    expect(indented).toHaveLength(1);
    expect(indented[0]!.xMin - edgeOf(indented[0]!.page)).toBeGreaterThan(8);
  });
  it("prose after a stanza has the stanza's space before it (half a line more than between lines)", () => {
    const song = pagesOf('Songs of the rent strike', 'Songs of the rent strike, in Markdown');
    const line = (first: string, second: string) =>
      words.find(
        (w) => song.includes(w.page) && w.text === first && words.some((x) => x.page === w.page && Math.abs(x.yMin - w.yMin) < 1 && x.text === second),
      )!;
    const last = line('We', 'march');
    const before = line('From', 'every');
    const prose = line('The', 'song');
    expect(prose.page).toBe(last.page);
    const leading = last.yMin - before.yMin;
    expect(prose.yMin - last.yMin - leading, `leading ${leading}`).toBeGreaterThan(leading * 0.4);
  });
});
