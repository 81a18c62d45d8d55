// A concordance long enough that Paged.js must break pages inside its entries, read back from
// the PDF: every page but the last is full, and every page is the concordance's own (front
// matter: no running head). Paged.js 0.4.3 once set such entries one link per page, under the
// running heads of the texts (see PAGE_REFS in src/render/paged-hooks.ts).
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { build, type BuildResult } from '../../src/pipeline/index.ts';
import { loadPdfjs, pdftotextPages } from './pdf-read.ts';

const TITLE = 'A Concordance Under Strain';
const TEXTS = 8;
const PARAGRAPHS = 100;
/** Below this many characters (spaces aside) a page counts as nearly empty: a full page of references holds several times as many. */
const NEARLY_EMPTY = 300;
/** A5 is 595.3 pt high and its top margin 17 mm (48.2 pt): a line whose baseline is above this is a running head. */
const HEAD_BASELINE = 595.3 - 48.2;

const textTitle = (t: number) => `Field notes number ${t}`;

/**
 * One text of short, plain paragraphs (no quotations, notes or citations, so the concordance
 * is the topic index alone). Odd paragraphs name a harvest, every third a ledger, every fourth
 * a river: no two hits of a topic are neighbours, so each is a range of its own, and the
 * harvest's entry runs to more than a page.
 */
function textBody(t: number): string {
  const paragraphs: string[] = [];
  for (let p = 1; p <= PARAGRAPHS; p++) {
    const words = [`Entry ${p} of notebook ${t} records the weather at the farm`];
    if (p % 2 === 1) words.push('and the harvest');
    if (p % 3 === 0) words.push('and the ledger');
    if (p % 4 === 0) words.push('and the river');
    paragraphs.push(`${words.join(' ')}.`);
  }
  return `${paragraphs.join('\n\n')}\n`;
}

async function writeProject(dir: string): Promise<string> {
  await mkdir(join(dir, 'content'), { recursive: true });
  const texts = [];
  for (let t = 1; t <= TEXTS; t++) {
    const source = `content/notes-${t}.md`;
    await writeFile(join(dir, source), textBody(t));
    texts.push({
      id: `notes-${t}`,
      source,
      from: 'markdown',
      title: textTitle(t),
      author: `Observer ${t}`,
      position: `Notebook ${t} keeps the farm's record.`,
    });
  }
  const manifest = {
    title: TITLE,
    topics: [
      { id: 'harvest', title: 'The harvest', terms: ['harvest'] },
      { id: 'ledger', title: 'The ledger', terms: ['ledger'] },
      { id: 'river', title: 'The river', terms: ['river'] },
    ],
    texts,
  };
  const config = join(dir, 'reader.yaml');
  await writeFile(config, stringify(manifest));
  return config;
}

/** The text set above the text block of each page (1-based): its running head, if any. */
async function runningHeads(pdf: string, from: number, to: number): Promise<string[]> {
  const doc = await loadPdfjs(pdf);
  const heads: string[] = [];
  try {
    for (let n = from; n <= to; n++) {
      const items = (await (await doc.getPage(n)).getTextContent()).items;
      heads.push(
        items
          .flatMap((it) => ('str' in it && it.str.trim() && (it.transform[5] as number) > HEAD_BASELINE ? [it.str] : []))
          .join(' ')
          .trim(),
      );
    }
  } finally {
    await doc.destroy();
  }
  return heads;
}

describe('a concordance that runs to several pages', () => {
  let dir: string;
  let result: BuildResult;
  let first: number;
  let last: number;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'reader-concordance-'));
    result = await build({ config: await writeProject(dir), out: join(dir, 'out') });
    const part = result.report.layout!.parts.find((p) => p.ids.includes('concordance'))!;
    first = part.start;
    last = part.start + part.pages - 1;
  });

  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('is long enough to break inside its entries', () => {
    // The harvest's entry alone is longer than a page.
    expect(last - first + 1).toBeGreaterThanOrEqual(3);
  });

  it('fills every page but its last', () => {
    const pages = pdftotextPages(result.pdfPath);
    const chars = (n: number) => pages[n]!.replace(/\s+/g, '').length;
    const sparse = [];
    for (let n = first; n < last; n++)
      if (chars(n) < NEARLY_EMPTY) sparse.push(`p. ${n}: ${chars(n)} characters: ${pages[n]!.replace(/\s+/g, ' ').trim().slice(0, 60)}`);
    expect(sparse, `concordance pages ${first}-${last}`).toEqual([]);
    // Every topic is there, with its last reference.
    const all = pages.slice(first, last + 1).join('\n');
    for (const title of ['The harvest', 'The ledger', 'The river']) expect(all).toContain(title);
    expect(all).toMatch(new RegExp(`¶\\s${PARAGRAPHS},`, 'u'));
  });

  it('sets every page under the concordance’s own running head (none: it is front matter)', async () => {
    const heads = await runningHeads(result.pdfPath, first, last);
    expect(heads.map((h, i) => `p. ${first + i}: ${h}`)).toEqual(heads.map((_, i) => `p. ${first + i}: `));
    // The detector sees running heads where there are some: a text's second page has the reader's title or the text's.
    // Where text 1 starts (its own part when texts start on a right-hand page; with start_texts auto this short reader starts them on a new page).
    const start = result.anchors['notes-1']!;
    const [left, right] = await runningHeads(result.pdfPath, start + (start % 2), start + (start % 2) + 1);
    expect([left, right]).toEqual([TITLE, textTitle(1)]);
  });
});
