// Where texts start (start_texts) and where notes pages go (notes_pages), read back from the PDF
// with poppler: one short reader of three texts built three ways.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build, type BuildResult } from '../../src/pipeline/build.ts';
import { pdftotextPages } from './pdf-read.ts';

const WORDS =
  'the city street car people walk bus tram council plan lane park school shop air noise traffic road work town centre space public transport cycle'.split(' ');
/** A deterministic paragraph of n words. */
const paragraph = (seed: number, n: number) =>
  Array.from({ length: n }, (_, i) => WORDS[(seed * 7 + i * i * 3 + i) % WORDS.length])
    .join(' ')
    .replace(/^./, (c) => c.toUpperCase()) + '.';
// Texts of about 3, 6 and 2 pages: some end on a right-hand page, some on a left-hand one.
const SIZES = [12, 24, 8];

let dir: string;
const built: Record<string, BuildResult> = {};
const pages: Record<string, string[]> = {};

async function project(name: string, settings: string): Promise<string> {
  const root = join(dir, name);
  await mkdir(join(root, 'content'), { recursive: true });
  const entries: string[] = [];
  for (const [i, n] of SIZES.entries()) {
    await writeFile(join(root, 'content', `t${i + 1}.txt`), Array.from({ length: n }, (_, k) => paragraph(i * 100 + k, 90)).join('\n\n') + '\n');
    entries.push(
      `  - id: t${i + 1}`,
      `    source: content/t${i + 1}.txt`,
      `    title: Street ${i + 1}`,
      '    author: A. Writer',
      `    position: It argues ${i + 1}.`,
    );
  }
  await writeFile(join(root, 'reader.yaml'), ['title: Where texts start', settings, 'texts:', ...entries, ''].join('\n'));
  return join(root, 'reader.yaml');
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'reader-start-texts-'));
  for (const [name, settings] of [
    ['auto', 'notes_pages: true'],
    ['right', 'notes_pages: true\nstart_texts: right-page'],
    ['continue', 'start_texts: continue'],
  ] as const) {
    built[name] = await build({ config: await project(name, settings), out: join(dir, name, 'out') });
    pages[name] = pdftotextPages(built[name]!.pdfPath);
  }
});

afterAll(() => rm(dir, { recursive: true, force: true }));

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
const isBlank = (s: string) => squash(s) === '';
/** A notes page: its heading, and at most a running head and a folio besides. */
const isNotesPage = (s: string) => /^(?:Where texts start )?Notes(?: \d+)?$/.test(squash(s)) || /^(?:Street \d )?Notes(?: \d+)?$/.test(squash(s));
const startOf = (name: string, id: string) => built[name]!.anchors[id]!;

describe('start_texts: auto on a short reader', () => {
  it('starts each text on a new page, and leaves no page blank but the cover verso', () => {
    const p = pages.auto!;
    expect(built.auto!.report.pages).toBe(p.length - 1);
    const blank = p.flatMap((t, i) => (i > 0 && isBlank(t) ? [i] : []));
    expect(blank).toEqual([2]);
    // Each text starts on the page after the notes page that ends the one before, left or right.
    expect(isNotesPage(p[startOf('auto', 't2') - 1]!)).toBe(true);
    expect(isNotesPage(p[startOf('auto', 't3') - 1]!)).toBe(true);
    expect([startOf('auto', 't1'), startOf('auto', 't2'), startOf('auto', 't3')].some((n) => n % 2 === 0)).toBe(true);
  });

  it('puts a notes page after every text', () => {
    expect(pages.auto!.filter(isNotesPage)).toHaveLength(3);
  });
});

describe('start_texts: right-page with notes_pages', () => {
  it('starts every text on a right-hand page', () => {
    for (const id of ['t1', 't2', 't3']) expect(startOf('right', id) % 2, id).toBe(1);
  });

  it('prints notes pages only on the left-hand pages that would be blank, and no blank page before a text that has one', () => {
    const p = pages.right!;
    const notes = p.flatMap((t, i) => (isNotesPage(t) ? [i] : []));
    expect(notes.length).toBeGreaterThan(0);
    for (const n of notes) expect(n % 2, `notes page ${n}`).toBe(0);
    // A text that ends on a right-hand page is followed by a notes page; one that ends on a left-hand page by the next text.
    for (const [id, next] of [
      ['t1', 't2'],
      ['t2', 't3'],
    ] as const) {
      const before = startOf('right', next) - 1;
      expect(isBlank(p[before]!), `page ${before}, before ${next}`).toBe(false);
      expect(isNotesPage(p[before]!) || before % 2 === 0, `page ${before} ends ${id}`).toBe(true);
    }
    // Blank pages only where no text ended: after the cover, the contents and the introduction.
    for (const [i, t] of p.entries()) if (i > startOf('right', 't1') && isBlank(t)) throw new Error(`blank page ${i} among the texts`);
  });
});

describe('start_texts: continue', () => {
  it('runs each text on after the one before, on the same page', () => {
    const p = pages.continue!;
    for (const id of ['t2', 't3']) {
      const page = p[startOf('continue', id)]!;
      // The page where a later text starts also holds the end of the one before it.
      const before = page.split(`Street ${id.slice(1)}`)[0]!;
      expect(squash(before).split(' ').length, `${id} on page ${startOf('continue', id)}`).toBeGreaterThan(12);
    }
    expect(pages.continue!.filter((t, i) => i > 2 && isBlank(t))).toEqual([]);
  });
});
