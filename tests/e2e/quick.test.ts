// Quick mode, as a new user runs it: `reader build` on a folder of their own texts (a PDF
// extraction, a saved web page, Markdown with footnotes, a plain text with notes, a PDF), with
// no reader.yaml. Built once in the real Chromium through the real CLI, read back with poppler.
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFile, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { BuildReport } from '../../src/pipeline/index.ts';
import { checkPdf } from '../../src/check/index.ts';
import { compoundsRunTogether, pdfinfo, pdftotextPages } from './pdf-read.ts';

const CLI = resolve('bin/reader.js');
const FIXTURES = 'tests/fixtures/init';
// What each text's title and author are (tests/fixtures/init/*/expected.json, written by hand).
const TEXTS = [
  'held-out-2/hq-01-journal.txt',
  'held-out-2/hq-03-footnotes.md',
  'held-out-2/hq-04-notes.txt',
  'held-out-2/hq-07-blog.html',
  'round1/ho-01-bike-lanes.pdf',
  // Shapes a new user's folder held (issue #23): running heads of a pasted journal article, a
  // kicker, a title block repeated in the body, a byline glued to its date, two authors.
  'quick-s5/qs-01-journal.txt',
  'quick-s5/qs-02-two-authors.html',
  'quick-s5/qs-03-newsletter.txt',
  'quick-s5/qs-04-repeated.md',
  'quick-s5/qs-05-analysis.html',
];

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** The CLI in its own process, in `cwd`; resolves when it exits (no clock involved). */
function reader(cwd: string, ...args: string[]): Promise<Run> {
  return new Promise((done) => {
    execFile(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) => {
      done({ code: error ? Number((error as { code?: unknown }).code ?? 1) : 0, stdout, stderr });
    });
  });
}

const sha = async (path: string) =>
  createHash('sha256')
    .update(await readFile(path))
    .digest('hex');
/** pdftotext splits lines and may drop a hyphen at a line end: compare letters only. */
const squash = (s: string) => s.replace(/[^\p{L}\p{N}]+/gu, '').toLowerCase();

let tmp: string;
let folder: string;
let names: string[];
let expected: Record<string, { title: string; author: string }>;
let hashes: Record<string, string>;
let first: Run;
let entriesAfter: string[];

beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'reader-quick-e2e-'));
  // A folder as a new user has one: a name with a space, texts of several kinds.
  folder = join(tmp, 'my texts');
  await mkdir(folder);
  names = TEXTS.map((t) => t.split('/')[1]!);
  expected = {};
  hashes = {};
  for (const t of TEXTS) {
    const [set, name] = t.split('/') as [string, string];
    expected[name] = (JSON.parse(await readFile(join(FIXTURES, set, 'expected.json'), 'utf8')) as Record<string, { title: string; author: string }>)[name]!;
    await copyFile(join(FIXTURES, t), join(folder, name));
    hashes[name] = await sha(join(folder, name));
  }
  first = await reader(folder, 'build', ...names);
  entriesAfter = (await readdir(folder)).sort();
});

afterAll(() => rm(tmp, { recursive: true, force: true }));

describe('reader build FILES… (quick mode)', () => {
  it('builds a PDF, exit 0, and writes nothing but out/', async () => {
    expect(first.code, first.stderr).toBe(0);
    expect(entriesAfter).toEqual([...names, 'out'].sort());
    for (const name of names) expect(await sha(join(folder, name)), name).toBe(hashes[name]);
    expect(await readdir(join(folder, 'out'))).toContain('reader.pdf');
  });

  it('prints every guessed title and author, and no "TODO"', () => {
    const pages = pdftotextPages(join(folder, 'out', 'reader.pdf'));
    const all = squash(pages.join('\n'));
    for (const name of names) {
      expect(all, `${name} title`).toContain(squash(expected[name]!.title));
      expect(all, `${name} author`).toContain(squash(expected[name]!.author));
    }
    // init's placeholders read `TODO: author`; a word like door-to-door may wrap to `todoor`.
    expect(pages.join('\n')).not.toMatch(/\bTODO\b/);
    // The Markdown file's footnote and the plain text's note are printed with their texts.
    expect(all).toContain(squash('mill owners predicted the collapse of the cotton trade'));
    expect(all).toContain(squash('The Making of the English Working Class'));
  });

  it('prints no running head, kicker, repeated title or byline in the texts, and no name glued to a date', async () => {
    const text = pdftotextPages(join(folder, 'out', 'reader.pdf')).join('\n');
    const all = squash(text);
    // qs-01's running heads ("WHITCOMBE  THE DOCKERS' TANNER  203") and its journal line, twice each in the source.
    expect(all).not.toContain(squash("WHITCOMBE THE DOCKERS' TANNER"));
    expect(all).not.toContain(squash('STUDIES IN LABOUR HISTORY'));
    // Kickers over the titles: "ANALYSIS", "Opinion", "Feature" on a line of their own.
    const lines = text.split('\n').map((l) => l.trim());
    for (const kicker of ['ANALYSIS', 'Opinion', 'Feature', '**Feature**']) expect(lines, kicker).not.toContain(kicker);
    // Bylines the template prints already, and the byline glued to its date.
    expect(text).not.toMatch(/\bBy\s+(?:Gwen\s+Pritchard|Lucía\s+Fernández)/);
    expect(text).not.toMatch(/SantangeloFebruary/);
    expect(first.stderr).not.toMatch(/SantangeloFebruary/);
    // The Markdown title, its heading dropped, is not printed again as the text's first paragraph.
    const html = await readFile(join(folder, 'out', 'reader.html'), 'utf8');
    expect(html).not.toMatch(/<p[^>]*>\s*The Allotment Waiting List\s*<\/p>/);
    expect(html).not.toMatch(/<h[1-6][^>]*>\s*(?:ANALYSIS|Opinion|Feature)\s*<\/h[1-6]>/);
    // What the texts say is all there.
    expect(all).toContain(squash('Forty-one bulletins survive, most of them a single printed sheet.'));
    expect(all).toContain(squash('There are 340 names on the waiting list'));
  });

  it('names each text by its title and its author in the introduction', () => {
    const pages = pdftotextPages(join(folder, 'out', 'reader.pdf'));
    const intro = pages.find((p) => /The texts/.test(p) && /Published/.test(p));
    expect(intro, 'the introduction page with the texts table').toBeDefined();
    // The table's columns interleave in pdftotext's reading order when a title wraps: every word of each title is looked for.
    const words = new Set(intro!.split(/[^\p{L}\p{N}]+/u).map((w) => w.toLowerCase()));
    for (const name of names) {
      for (const w of expected[name]!.title.split(/[^\p{L}\p{N}]+/u).filter((x) => x.length >= 4))
        expect(words, `${name} title: ${w}`).toContain(w.toLowerCase());
      expect(squash(intro!), `${name} author`).toContain(squash(expected[name]!.author));
    }
  });

  it('titles the reader by the folder and names the authors in the PDF metadata', () => {
    const info = pdfinfo(join(folder, 'out', 'reader.pdf'));
    expect(info.Title).toBe('My texts');
    for (const name of names) expect(info.Author).toContain(expected[name]!.author);
    expect(info.Author).not.toMatch(/\bTODO\b/);
    expect(Number(info.Pages)).toBeGreaterThanOrEqual(8);
  });

  it('passes `reader check` with its text layer word for word, and reads whole in poppler', async () => {
    const out = join(folder, 'out');
    const html = await readFile(join(out, 'reader.html'), 'utf8');
    const checks = await checkPdf(new Uint8Array(await readFile(join(out, 'reader.pdf'))), { sourceHtml: html });
    expect(checks.filter((r) => !r.ok).map((r) => `${r.rule}: ${r.detail}`)).toEqual([]);
    expect(checks.find((r) => r.rule === 'reader:text-layer')?.skipped).toBeUndefined();
    const text = pdftotextPages(join(out, 'reader.pdf')).join('\n');
    expect(text.match(/\u00ad(?!\n)/g) ?? []).toEqual([]);
    expect(compoundsRunTogether(text, html)).toEqual([]);
  });

  it('warns of every guess at its place in the source, and says how to correct them', () => {
    const guesses = first.stderr.split('\n').filter((l) => l.endsWith('[unreviewed-guess]'));
    expect(guesses).toHaveLength(names.length);
    expect(guesses).toContainEqual(
      expect.stringMatching(
        /^hq-03-footnotes\.md:1:1: Guessed title `The Shorter Working Day and Its Enemies` \(line 1, the first heading\); author `Rahul Menon`/,
      ),
    );
    expect(guesses).toContainEqual(expect.stringMatching(/^hq-07-blog\.html: Guessed title `Solidarity Is a Skill`/));
    expect(first.stderr).toContain(`reader init ${names.join(' ')}`);
  });

  it('reports the texts in the order given, in out/build.json', async () => {
    const report = JSON.parse(await readFile(join(folder, 'out', 'build.json'), 'utf8')) as BuildReport;
    expect(report.texts.map((t) => t.source)).toEqual(names);
    expect(report.texts.map((t) => [t.title, t.author])).toEqual(names.map((n) => [expected[n]!.title, expected[n]!.author]));
    expect(report.warnings.filter((w) => w.rule === 'unreviewed-guess')).toHaveLength(names.length);
  });

  it('keeps the PDF when nothing changed', async () => {
    const again = await reader(folder, 'build', ...names);
    expect(again.code, again.stderr).toBe(0);
    expect(again.stderr).toContain('out/reader.pdf is up to date');
  });

  it('refuses a bad file with its place, exit 2, writing nothing', async () => {
    const other = join(tmp, 'bad');
    await mkdir(other);
    await copyFile(join(folder, 'hq-03-footnotes.md'), join(other, 'essay.md'));
    await writeFile(join(other, 'notes.txt'), '\n\n');
    const r = await reader(other, 'build', 'essay.md', 'notes.txt');
    expect(r.code).toBe(2);
    // After the progress lines (`guess     essay.md`), the error: its place, what is wrong, what to do.
    expect(r.stderr).toMatch(/^notes\.txt:1:1: Source is empty: it holds no text\n {2}Leave the file out of the command/m);
    expect((await readdir(other)).sort()).toEqual(['essay.md', 'notes.txt']);
  });

  it("a reader of German texts prints the book's own words in German, and their titles and authors", async () => {
    const de = join(tmp, 'lesebuch');
    await mkdir(de);
    const files = ['dev-s10/t01-skip-de.html', 'dev-s10/t09-word-dokument-de.htm', 'round1/ho-09-german.txt'];
    for (const f of files) await copyFile(join(FIXTURES, f), join(de, f.split('/')[1]!));
    const r = await reader(de, 'build', ...files.map((f) => f.split('/')[1]!));
    expect(r.code, r.stderr).toBe(0);
    const text = pdftotextPages(join(de, 'out', 'reader.pdf')).join('\n');
    for (const word of ['Inhalt', 'Einleitung', 'Die Texte', 'Erschienen', 'Konkordanz', 'Zitierte Quellen', 'Personenregister', '14. März 2024'])
      expect(text, word).toContain(word);
    for (const word of ['Contents', 'Introduction', 'The texts', 'Published', 'Sources cited', 'Index of names', 'March'])
      expect(text, word).not.toContain(word);
    const all = squash(text);
    for (const [title, author] of [
      ['Warum wir die Genossenschaft gegründet haben', 'Katrin Albers'],
      ['Solidarität beginnt im Betrieb', 'Hans Weber'],
      ['Wem gehört die Stadt?', 'Jonas Becker'],
    ] as const)
      expect(all, title).toContain(squash(title) + squash(author));
  });

  it("a talk's captions (.vtt) print as its words: speakers named, no cue numbers, timings or markup, no false notes", async () => {
    const talk = join(tmp, 'talk');
    await mkdir(talk);
    await copyFile('tests/fixtures/normalize/captions-vtt/input.vtt', join(talk, 'night-shift-talk.vtt'));
    const r = await reader(talk, 'build', 'night-shift-talk.vtt');
    expect(r.code, r.stderr).toBe(0);
    const text = pdftotextPages(join(talk, 'out', 'reader.pdf')).join('\n');
    const all = squash(text);
    expect(all).toContain(squash('Chair: Good evening, and thank you all for coming out on a wet night.'));
    expect(all).toContain(squash('Dana Okoro: Thanks. When I started, the night shift had no canteen'));
    expect(all).toContain(squash('twenty years & led the walkout'));
    for (const junk of ['-->', 'WEBVTT', 'Kind:', '00:00', '<v', 'align:start', 'NOTE', '::cue', '&amp;']) expect(text, junk).not.toContain(junk);
    const report = JSON.parse(await readFile(join(talk, 'out', 'build.json'), 'utf8')) as BuildReport;
    expect(report.warnings.filter((w) => w.rule === 'note-missing')).toEqual([]);
    // Each cue's timing is in the normalize log: nothing dropped unsaid.
    const log = await readFile(join(talk, 'out', 'normalize-report.html'), 'utf8');
    expect(log).toContain('00:00:22.400 --&gt; 00:00:26.000');
  });

  it('`reader init FILES…` writes the same guesses into a project; then quick mode leaves its out/ alone', async () => {
    const built = JSON.parse(await readFile(join(folder, 'out', 'build.json'), 'utf8')) as BuildReport;
    const init = await reader(folder, 'init', ...names);
    expect(init.code, init.stderr).toBe(0);
    const yaml = parse(await readFile(join(folder, 'reader.yaml'), 'utf8')) as { texts: Array<{ source: string; title: string; author: string }> };
    expect(yaml.texts.map((t) => [t.source, t.title, t.author])).toEqual(built.texts.map((t) => [`content/${t.source}`, t.title, t.author]));
    for (const name of names) expect(await sha(join(folder, 'content', name)), name).toBe(hashes[name]);
    const r = await reader(folder, 'build', names[0]!);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^reader\.yaml: This folder has a reader\.yaml/);
  });
});
