// The EPUB edition, read back with tools that share nothing with its writer: epubcheck, unzip,
// Chromium's XML parser and axe-core, and the PDF through poppler. On the sample reader (built
// once with --epub by the global setup) and on a user-shaped reader (a PDF extraction, a saved
// web page, Markdown with footnotes and a table, a Spanish text, plain text with notes).
import { copyFile, mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { textsYaml } from './user-manifest.ts';
import { build, buildPacks } from '../../src/pipeline/index.ts';
import { keepIfUpToDate } from '../../src/pipeline/up-to-date.ts';
import { CHROMIUM_FLAGS, findChromium } from '../../src/render/index.ts';
import { isHeadlessShell } from '../../src/render/chromium.ts';
import { closeBrowser } from '../../src/render/retry.ts';
import { BLOCKS, epubcheck, letters, readDocument, readPackage, unzipEpub, type ReadDoc, type ReadPackage } from './epub-read.ts';
import { pdftotextPages } from './pdf-read.ts';

interface Read {
  dir: string;
  entries: Array<{ name: string; method: string }>;
  opf: ReadPackage;
  docs: ReadDoc[];
  pdfPages: string[];
  accessible: Record<string, string[]>;
}

let browser: Browser;
const tmp: string[] = [];

beforeAll(async () => {
  const executablePath = findChromium();
  browser = await puppeteer.launch({ executablePath, headless: isHeadlessShell(executablePath) ? 'shell' : true, args: CHROMIUM_FLAGS, pipe: true });
});
afterAll(async () => {
  await closeBrowser(browser);
  for (const d of tmp) await rm(d, { recursive: true, force: true });
});

/** Unzip the EPUB, read its package and every document of its spine, the PDF beside it and the accessible edition's articles. */
async function readEpub(epub: string, pdf: string, accessibleHtml?: string): Promise<Read> {
  const dir = await mkdtemp(join(tmpdir(), 'reader-epub-'));
  tmp.push(dir);
  const entries = unzipEpub(epub, dir);
  const container = await readFile(join(dir, 'META-INF/container.xml'), 'utf8');
  const opfPath = join(dir, /full-path="([^"]+)"/.exec(container)![1]!);
  const opf = await readPackage(browser, opfPath);
  const contentDir = join(opfPath, '..');
  const docs: ReadDoc[] = [];
  for (const href of opf.spine) docs.push(await readDocument(browser, contentDir, href));
  // The accessible edition, parsed by Chromium too: each article's words.
  let accessible: Record<string, string[]> = {};
  if (accessibleHtml) accessible = await articleWords(accessibleHtml);
  return { dir, entries, opf, docs, pdfPages: pdftotextPages(pdf), accessible };
}

/** The words of each article of the accessible edition, as Chromium parses it. */
async function articleWords(accessibleHtml: string): Promise<Record<string, string[]>> {
  const page = await browser.newPage();
  let accessible: Record<string, string[]>;
  try {
    await page.setJavaScriptEnabled(false);
    await page.setContent(await readFile(accessibleHtml, 'utf8'));
    accessible = await page.evaluate(
      (BLOCKS: string) =>
        Object.fromEntries(
          [...document.querySelectorAll('article[id]')].map((a) => {
            const clone = a.cloneNode(true) as Element;
            clone.querySelectorAll('[aria-hidden="true"], [role="doc-backlink"]').forEach((n) => n.remove());
            clone.querySelectorAll(BLOCKS).forEach((b) => b.append(' '));
            return [a.id, (clone.textContent ?? '').split(/\s+/).filter(Boolean)];
          }),
        ),
      BLOCKS,
    );
  } finally {
    await page.close();
  }
  return accessible;
}

/** The assertions every EPUB of ours must pass. */
function describeEpub(name: string, get: () => { read: Read; epub: string; pages: number; languages?: Record<string, string> }, options = { texts: true }) {
  describe(name, () => {
    it('passes epubcheck with no error and no warning', () => {
      const { status, output } = epubcheck(get().epub);
      expect(output).toMatch(/No errors or warnings detected/);
      expect(output).toMatch(/0 fatals \/ 0 errors \/ 0 warnings/);
      expect(status).toBe(0);
    });

    it('starts the container with an uncompressed mimetype', () => {
      const { entries } = get().read;
      expect(entries[0]).toEqual({ name: 'mimetype', method: 'Stored' });
    });

    it('has no axe-core violation in any content document', () => {
      const violations = get().read.docs.flatMap((d) => d.violations.map((v) => `${d.file}: ${v.id} (${v.impact}, ${v.nodes}×) ${v.target}`));
      expect(violations).toEqual([]);
    });

    it('declares the EPUB Accessibility 1.1 metadata, and has what it declares', () => {
      const { opf, docs } = get().read;
      expect(opf.meta['schema:accessMode']).toEqual(['textual']);
      expect(opf.meta['schema:accessModeSufficient']).toEqual(['textual']);
      expect(opf.meta['schema:accessibilityHazard']).toEqual(['none']);
      expect(opf.meta['schema:accessibilitySummary']?.[0]?.length).toBeGreaterThan(50);
      const features = opf.meta['schema:accessibilityFeature'] ?? [];
      for (const f of ['tableOfContents', 'pageNavigation', 'printPageNumbers', 'pageBreakMarkers', 'readingOrder', 'structuralNavigation'])
        expect(features).toContain(f);
      // The source of the pagination: a dc:source, refined as such (EPUB 3.2's source-of, which epubcheck 4.2 knows).
      expect(opf.dc.source?.length).toBe(1);
      expect(opf.refines).toContainEqual({ refines: `#${opf.dc['source-id']![0]}`, property: 'source-of', value: 'pagination' });
      expect(opf.meta['dcterms:modified']?.[0]).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
      // What is declared is there: a page list and page markers, a table of contents, landmarks.
      const nav = docs.find((d) => d.navs.some((n) => n.type === 'toc'))!;
      expect(nav.navs.find((n) => n.type === 'page-list')?.links.length).toBeGreaterThan(0);
      expect(nav.navs.find((n) => n.type === 'landmarks')?.links.length).toBeGreaterThan(1);
      expect(docs.flatMap((d) => d.marks).every((m) => m.type === 'pagebreak' && m.role === 'doc-pagebreak' && /^\d+$/.test(m.label))).toBe(true);
      // Each document says its language, the same way twice.
      for (const d of docs) expect([d.file, d.lang]).toEqual([d.file, d.xmlLang]);
    });

    it('lists printed pages once, in order, each where that page starts in the PDF', () => {
      const { read, pages } = get();
      const nav = read.docs.find((d) => d.navs.some((n) => n.type === 'page-list'))!;
      const list = nav.navs.find((n) => n.type === 'page-list')!.links;
      const listed = list.map((l) => Number(l.text));
      expect(listed).toEqual([...new Set(listed)].sort((a, b) => a - b));
      expect(listed.every((p) => p >= 1 && p <= pages)).toBe(true);
      const unplaced = Array.from({ length: pages }, (_, i) => i + 1).filter((p) => !listed.includes(p));
      // Pages the EPUB does not list are ones it cannot place (a table's second page), never more than a few.
      expect(unplaced.length).toBeLessThanOrEqual(Math.ceil(pages * 0.05));
      const marks = new Map(read.docs.flatMap((d) => d.marks.map((m) => [`${d.file}#${m.id}`, m])));
      const pageLetters = read.pdfPages.map(letters);
      const wrong: string[] = [];
      const by = { text: 0, digits: 0, blank: 0 };
      for (const link of list) {
        const [file, id] = link.href.split('#');
        const mark = marks.get(`${file || nav.file}#${id}`);
        const n = Number(link.text);
        if (!mark) {
          wrong.push(`page ${n}: no marker ${link.href}`);
          continue;
        }
        if (mark.label !== link.text) wrong.push(`page ${n}: marker says ${mark.label}`);
        // The words after the marker are on that page of the PDF (letters only: print hyphenates
        // and numbers paragraphs). Only a note call after it (the page holds the end of a
        // paragraph and its note): its number is on that page. Nothing after it: a blank page.
        if (mark.after) {
          if (pageLetters[n]!.includes(mark.after)) by.text++;
          else wrong.push(`page ${n}: “${mark.after}” is not on it (PDF: ${pageLetters[n]!.slice(0, 60)}…)`);
        } else if (mark.digits) {
          if (read.pdfPages[n]!.replace(/\D/g, '').includes(mark.digits)) by.digits++;
          else wrong.push(`page ${n}: “${mark.digits}” is not on it`);
        } else if (pageLetters[n] === '') by.blank++;
        else wrong.push(`page ${n}: marked as blank, but the PDF page has ${pageLetters[n]!.slice(0, 60)}…`);
      }
      expect(wrong).toEqual([]);
      // Most pages are found by the words that start them.
      expect(by.text).toBeGreaterThan(list.length * 0.8);
      // Pages left out of the list are not blank ones: they hold text the EPUB could not place.
      for (const p of unplaced) expect([p, pageLetters[p]!.length > 0]).toEqual([p, true]);
    });

    it('links every note call to its footnote and back, and every link to a place that exists', () => {
      const { docs } = get().read;
      const ids = new Map(docs.map((d) => [d.file, new Set(d.ids)]));
      const target = (from: string, href: string) => {
        const [file, id] = href.split('#');
        return { file: file || from, id: id ?? '' };
      };
      const broken: string[] = [];
      let calls = 0;
      for (const d of docs) {
        const notes = new Map(d.footnotes.map((f) => [f.id, f]));
        for (const link of d.links) {
          if (/^[a-z]+:/i.test(link.href)) continue;
          const t = target(d.file, link.href);
          if (!ids.get(t.file)?.has(t.id) && !(t.id === '' && ids.has(t.file))) broken.push(`${d.file}: ${link.href}`);
          if (link.type === 'noteref') {
            calls++;
            const note = t.file === d.file ? notes.get(t.id) : undefined;
            if (!note || note.type !== 'footnote' || note.role !== 'doc-footnote') broken.push(`${d.file}: call ${link.href} is not a footnote`);
            // The first call of a note has the id the note links back to.
            else if (link.id && !note.backlinks.includes(`#${link.id}`)) broken.push(`${d.file}: ${t.id} does not link back to ${link.id}`);
          }
        }
        for (const f of d.footnotes)
          for (const back of f.backlinks) if (!ids.get(d.file)?.has(target(d.file, back).id)) broken.push(`${d.file}: ${f.id} links back to nothing`);
      }
      expect(broken).toEqual([]);
      expect(calls).toBeGreaterThan(0);
    });

    // A pack has no accessible edition to compare with.
    if (options.texts)
      it('holds each text word for word as the accessible edition has it', () => {
        const { read } = get();
        const articles = Object.assign({}, ...read.docs.map((d) => d.articles)) as Record<string, string[]>;
        expect(Object.keys(articles).sort()).toEqual(Object.keys(read.accessible).sort());
        for (const [id, words] of Object.entries(read.accessible)) expect([id, articles[id]!.join(' ')]).toEqual([id, words.join(' ')]);
      });

    it('marks each text with its own language', () => {
      const { read, languages } = get();
      for (const [id, lang] of Object.entries(languages ?? {})) {
        const doc = read.docs.find((d) => d.articles[id])!;
        expect([id, doc.lang]).toEqual([id, lang]);
      }
    });
  });
}

describe('the sample reader', () => {
  let read: Read;
  let epub: string;
  const sample = inject('sample');
  beforeAll(async () => {
    epub = join(sample.out, 'reader.epub');
    read = await readEpub(epub, sample.pdf, join(sample.out, 'reader.accessible.html'));
  });

  describeEpub('reader.epub', () => ({ read, epub, pages: sample.report.pages }));

  it('is in build.json, and an unchanged rebuild keeps it as it is', async () => {
    expect(sample.report.outputs?.epub).toEqual(['reader.epub']);
    const before = await stat(epub);
    const up = await keepIfUpToDate({ config: 'reader.yaml', out: sample.out, also: ['epub'] });
    expect(up.kept).toBeDefined();
    expect((await stat(epub)).mtimeMs).toBe(before.mtimeMs);
  });

  it('reads in the printed order: cover, contents, introduction, the texts, concordance, glossary', () => {
    expect(read.opf.spine).toEqual([
      'cover.xhtml',
      'nav.xhtml',
      'introduction.xhtml',
      ...sample.report.texts.map((t) => `text-${t.id}.xhtml`),
      'concordance.xhtml',
      ...(read.opf.spine.includes('glossary.xhtml') ? ['glossary.xhtml'] : []),
    ]);
  });

  it('gives the concordance’s references their printed page', () => {
    const concordance = read.docs.find((d) => d.file === 'concordance.xhtml')!;
    expect(concordance.links.filter((l) => l.href.includes('-p')).length).toBeGreaterThan(50);
  });
});

const FIXTURES = 'tests/fixtures/init/round1';
const TEXTS = [
  { id: 'commons', file: 'ho-02-commons.txt', title: 'Enclosure and Its Discontents', author: 'Margaret Holloway' },
  { id: 'rent', file: 'ho-03-saved-page.html', title: 'Rent strikes are back', author: 'Priya Raman' },
  { id: 'coops', file: 'ho-05-footnotes.md', title: 'Cooperatives and the State', author: 'Hannah Weiss' },
  { id: 'vivienda', file: 'ho-08-spanish.txt', title: 'La vivienda', author: 'Lucía Ortega', language: 'es' },
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

- the hardship fund is paid out by the branch committee;
- the newsletter goes to every member four times a year.

> The commons of a union is its strike fund: what the members hold together, land or money, is what lets them act together.

[^1]: Branch rules, rule 14, as amended in 2019.
`;

describe('a user-shaped reader', () => {
  let read: Read;
  let epub: string;
  let pages: number;
  let project: string;
  beforeAll(async () => {
    const dir = await mkdtemp(join(tmpdir(), 'reader-epub-user-'));
    project = dir;
    tmp.push(dir);
    await mkdir(join(dir, 'content'));
    for (const t of TEXTS) {
      if (t.file === 'budget.md') await writeFile(join(dir, 'content', t.file), BUDGET);
      else await copyFile(join(FIXTURES, t.file), join(dir, 'content', t.file));
    }
    const yaml = [
      'title: Organising Where We Live and Work',
      'question: What can people do together that they cannot do alone?',
      'epub: true',
      'glossary:',
      '  - { term: Commons, gloss: "Land or goods held and used together." }',
      'topics:',
      '  - { id: unions, title: Unions, terms: [union, unions] }',
      '  - { id: rent, title: Rent, terms: [rent, rents, tenants] }',
      ...textsYaml(TEXTS, { answers: false }),
      '',
    ].join('\n');
    await writeFile(join(dir, 'reader.yaml'), yaml);
    // No --epub: the manifest's `epub: true` asks for it.
    const result = await build({ config: join(dir, 'reader.yaml'), out: join(dir, 'out') });
    epub = join(dir, 'out', 'reader.epub');
    pages = result.report.pages;
    read = await readEpub(epub, result.pdfPath, join(dir, 'out', 'reader.accessible.html'));
  });

  describeEpub('reader.epub', () => ({ read, epub, pages, languages: { vivienda: 'es', commons: 'en' } }));

  describe('its packs', () => {
    let pack: { read: Read; epub: string; pages: number };
    beforeAll(async () => {
      // The manifest's `epub: true` asks for the packs' EPUBs as well.
      const result = await buildPacks({ config: join(project, 'reader.yaml'), topics: [], all: true });
      const unions = result.packs.find((p) => p.topicId === 'unions')!;
      expect(unions.epubPath).toBe(join(project, 'out', 'packs', 'unions.epub'));
      pack = { read: await readEpub(unions.epubPath!, unions.pdfPath), epub: unions.epubPath!, pages: unions.pages };
    });
    describeEpub('packs/unions.epub', () => pack, { texts: false });
  });
});
