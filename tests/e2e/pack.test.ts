// Discussion packs built against the sample reader of the global setup, read back as a
// group would read them: PDF text per page, checked against the full reader's PDF.
import { existsSync } from 'node:fs';
import { cp, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { launchBrowser } from '../../src/render/chromium.ts';
import { axeViolations } from './axe.ts';
import type { Io } from '../../src/cli/io.ts';
import { compoundsRunTogether, htmlWords, pdftotextPages, printedFolio, structTextWords, wordShare } from './pdf-read.ts';

const sample = inject('sample');
const packsDir = join(sample.out, 'packs');

function captureIo(): Io & { out: string; err: string } {
  const io = { out: '', err: '', isTTY: false, stdout: (t: string) => void (io.out += t), stderr: (t: string) => void (io.err += t) };
  return io;
}

/** Letters only, lower case, accents stripped: line breaks, hyphenation and spacing drop out. */
const letters = (s: string) =>
  s
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z]/g, '');

function decode(html: string): string {
  return html
    .replace(/&#x([0-9a-f]+);/gi, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"');
}

interface Excerpt {
  text: string;
  from: number;
  to: number;
  page: number;
  /** Paragraph id -> its HTML in the pack. */
  paragraphs: Map<string, string>;
}

/** The excerpts of a pack's HTML, as the template writes them. */
function excerptsOf(html: string): Excerpt[] {
  const out: Excerpt[] = [];
  const re = /<div class="pack-excerpt" data-text="([^"]+)" data-from="(\d+)" data-to="(\d+)" data-reader-page="(\d+)">([^]*?)\n {2}<\/div>\n<\/div>/g;
  for (const m of html.matchAll(re)) {
    const paragraphs = new Map<string, string>();
    // A paragraph carries its id itself, or on its <li> in a tight list.
    for (const p of m[5]!.matchAll(/<(p|li) id="([^"]+)" data-para="\d+"[^>]*>([^]*?)<\/\1>/g)) paragraphs.set(p[2]!, p[3]!);
    out.push({ text: m[1]!, from: Number(m[2]), to: Number(m[3]), page: Number(m[4]), paragraphs });
  }
  return out;
}

/** The first words of a paragraph as letters, up to its first floated note. */
function opening(paragraphHtml: string, n = 30): string {
  const body = paragraphHtml.split('<span class="footnote"')[0]!;
  return letters(decode(body.replace(/<[^>]+>/g, ''))).slice(0, n);
}

const run = captureIo();
let code: number;
const readerPages = pdftotextPages(sample.pdf).map(letters);

beforeAll(async () => {
  await rm(packsDir, { recursive: true, force: true });
  code = await main(['pack', '--all', '--out', packsDir], run);
});

describe('reader pack --all on the sample', () => {
  it('builds a PDF and HTML per topic from the up-to-date reader, with progress per pack', async () => {
    expect(code, run.err).toBe(0);
    expect(run.err).not.toContain('building the full reader');
    const files = await readdir(packsDir);
    for (const id of [
      'socialism-in-one-country',
      'bureaucracy',
      'lenin-testament',
      'georgian-affair',
      'kronstadt',
      'ban-on-factions',
      'historians',
      'one-party-state',
    ]) {
      expect(files).toContain(`${id}.pdf`);
      expect(files).toContain(`${id}.html`);
      expect(run.err).toMatch(new RegExp(`pack +${id} ✓ \\d+ pages`));
    }
    expect(files.filter((f) => f.startsWith('.staging'))).toEqual([]);
  });

  it('numbers every pack from its own page 1, though packs are laid out together', async () => {
    const files = await readdir(packsDir);
    // The combined layout documents are a means, not an output.
    expect(files.filter((f) => f.startsWith('.packs-'))).toEqual([]);
    for (const id of ['bureaucracy', 'kronstadt', 'historians', 'one-party-state']) {
      const pdf = join(packsDir, `${id}.pdf`);
      const pages = pdftotextPages(pdf, true);
      // Folios on the body pages (the title and notes pages carry none) equal the page's place in the pack.
      const folios = pages
        .slice(1)
        .map((text, i) => [i + 1, printedFolio(text)] as const)
        .filter(([, f]) => f !== undefined);
      expect(folios.length, id).toBeGreaterThan(0);
      for (const [page, folio] of folios) expect(folio, `${id} p${page}`).toBe(page);
      // The title page's "Page" column points inside the pack.
      const html = await readFile(join(packsDir, `${id}.html`), 'utf8');
      expect(html).toContain('class="pack-page-ref"');
      const titlePage = pages[1]!.split('\n').filter((l) => /\S/.test(l));
      // Rows end in passages, paragraphs and page; the totals row has no page.
      const pageColumn = titlePage
        .map((l) => /\s\d+\s+\d+\s+(\d{1,3})\s*$/.exec(l)?.[1])
        .filter((n): n is string => n !== undefined)
        .map(Number);
      expect(pageColumn.length, id).toBeGreaterThan(0);
      for (const n of pageColumn) expect(n, id).toBeLessThanOrEqual(pages.length - 1);
    }
  });

  it("reads the title page kicker as two words, not letters (tracking under poppler's word gap)", async () => {
    for (const id of ['bureaucracy', 'kronstadt', 'ban-on-factions']) {
      // At 0.08em of tracking pdftotext read "D I S C U S S I O N PAC K" here. Set in small
      // capitals, it reads in its source case ("DISCUSSION PACK" until the glyphs were re-mapped).
      expect(pdftotextPages(join(packsDir, `${id}.pdf`))[1], id).toMatch(/^Discussion pack$/m);
    }
  });

  it('packs "socialism in one country" from four texts and not from the Testament', async () => {
    const html = await readFile(join(packsDir, 'socialism-in-one-country.html'), 'utf8');
    const texts = new Set(excerptsOf(html).map((e) => e.text));
    expect([...texts].sort()).toEqual(['martinez-2021', 'westmoreland-inevitable', 'woods-2003', 'ws-1991']);
    const pages = pdftotextPages(join(packsDir, 'socialism-in-one-country.pdf'));
    // The title page names the Testament as silent on the topic; no later page quotes it.
    expect(pages[1]).toContain('Socialism in one country');
    expect(pages[1]).toContain('Did Lenin Lead to Stalin?');
    expect(pages.slice(2).join('\n')).not.toContain('Last Testament');
    for (const title of ['Did Lenin lead to Stalin?', 'Lenin, part three — nothing inevitable', 'From the Republic of Soviets'])
      expect(pages.slice(2).join('\n')).toContain(title);
    // The topic's questions, and a last page ruled for notes.
    expect(pages.join('\n').replace(/\s+/g, ' ')).toContain('Who first argued for socialism in one country');
    expect(pages.at(-1)).toMatch(/^Notes/);
  });

  it('marks the matched terms with <mark> in matching paragraphs', async () => {
    const html = await readFile(join(packsDir, 'socialism-in-one-country.html'), 'utf8');
    const marks = [...html.matchAll(/<mark class="term">([^]*?)<\/mark>/g)].map((m) => letters(decode(m[1]!.replace(/<[^>]+>/g, ''))));
    expect(marks.length).toBeGreaterThanOrEqual(5);
    for (const m of marks) expect(m).toBe('socialisminonecountry');
  });

  it('packs Kronstadt from ws-1991 only, keeping its literal note calls visible', async () => {
    const html = await readFile(join(packsDir, 'kronstadt.html'), 'utf8');
    const excerpts = excerptsOf(html);
    expect(excerpts.length).toBeGreaterThan(0);
    expect(new Set(excerpts.map((e) => e.text))).toEqual(new Set(['ws-1991']));
    const calls = new Set<string>();
    for (const e of excerpts) for (const p of e.paragraphs.values()) for (const c of p.matchAll(/\[(\d{1,3})\]/g)) calls.add(c[0]);
    for (const c of ['[21]', '[22]', '[23]', '[24]']) expect(calls).toContain(c);
    const pdfText = pdftotextPages(join(packsDir, 'kronstadt.pdf')).join('\n');
    for (const c of calls) expect(pdfText).toContain(c);
    expect(pdfText).toContain('Editor’s note');
  });

  it('gives every excerpt the page where its first paragraph starts in reader.pdf', async () => {
    let checked = 0;
    for (const file of (await readdir(packsDir)).filter((f) => f.endsWith('.html'))) {
      const html = await readFile(join(packsDir, file), 'utf8');
      const packText = pdftotextPages(join(packsDir, file.replace(/\.html$/, '.pdf'))).join('\n');
      for (const e of excerptsOf(html)) {
        const id = `${e.text}-p${e.from}`;
        expect(e.page, id).toBe(sample.anchors[id]);
        const words = opening(e.paragraphs.get(id)!);
        expect(words.length, id).toBeGreaterThanOrEqual(12);
        expect(readerPages[e.page], `${file}: ${id} should start on reader page ${e.page}`).toContain(words);
        // And the reference is printed in the pack.
        expect(packText).toMatch(new RegExp(`reader pp?\\. ${e.page}\\b`));
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(50);
  });

  it('passes the same accessibility checklist as the reader, every pack', async () => {
    const { checkPdf } = await import('../../src/check/index.ts');
    const pdfs = (await readdir(packsDir)).filter((f) => f.endsWith('.pdf'));
    expect(pdfs.length).toBeGreaterThanOrEqual(6);
    for (const f of pdfs) {
      // With the HTML it was printed from: the text-layer rule reads the pack word for word.
      const sourceHtml = await readFile(join(packsDir, f.replace(/\.pdf$/, '.html')), 'utf8');
      const results = await checkPdf(new Uint8Array(await readFile(join(packsDir, f))), { sourceHtml });
      expect(results.length).toBeGreaterThan(10);
      expect(results.filter((r) => !r.ok).map((r) => `${f}: ${r.rule} ${r.title}: ${r.detail}`)).toEqual([]);
      expect(results.find((r) => r.rule === 'reader:text-layer')?.skipped, f).toBeUndefined();
    }
  });

  it('reads every pack whole in poppler: no soft hyphen in a line, compounds with their hyphen, the tags word for word its HTML', async () => {
    for (const f of (await readdir(packsDir)).filter((f) => f.endsWith('.pdf'))) {
      const pdf = join(packsDir, f);
      const html = await readFile(pdf.replace(/\.pdf$/, '.html'), 'utf8');
      const text = pdftotextPages(pdf).join('\n');
      expect(text.match(/\u00ad(?!\n)/g) ?? [], f).toEqual([]);
      expect(compoundsRunTogether(text, html), f).toEqual([]);
      const tagged = structTextWords(pdf);
      const source = htmlWords(html);
      expect(wordShare(tagged, source), `${f} recall`).toBeGreaterThanOrEqual(0.995);
      expect(wordShare(source, tagged), `${f} precision`).toBeGreaterThanOrEqual(0.995);
    }
  });

  it('writes every pack HTML with no axe-core violation', async () => {
    const browser = await launchBrowser();
    try {
      const files = (await readdir(packsDir)).filter((f) => f.endsWith('.html'));
      expect(files.length).toBeGreaterThanOrEqual(6);
      for (const f of files) expect(await axeViolations(browser, join(packsDir, f)), f).toEqual([]);
    } finally {
      await browser.close();
    }
  });

  it('cites the paragraph numbers the reader prints', async () => {
    for (const file of (await readdir(packsDir)).filter((f) => f.endsWith('.html'))) {
      const html = await readFile(join(packsDir, file), 'utf8');
      for (const e of excerptsOf(html)) {
        const label = e.from === e.to ? `¶ ${e.from}` : `¶ ${e.from}–${e.to}`;
        expect(html, `${file}: ${e.text} ${label}`).toContain(label);
        // The excerpt's paragraphs carry the reader's own ids, so their numbers are the reader's.
        for (const id of e.paragraphs.keys()) expect(sample.anchors[id], id).toBeGreaterThan(0);
      }
    }
  });

  it('prints the notes the excerpts call, with their original numbers', async () => {
    let notes = 0;
    for (const file of (await readdir(packsDir)).filter((f) => f.endsWith('.html'))) {
      const html = await readFile(join(packsDir, file), 'utf8');
      const pdfText = letters(pdftotextPages(join(packsDir, file.replace(/\.html$/, '.pdf'))).join('\n'));
      for (const m of html.matchAll(/<a class="note-call"[^>]*>([^<]+)<\/a><span class="footnote"[^>]*><span class="note-num">\1 <\/span>([^]*?)<\/span>/g)) {
        expect(pdfText).toContain(letters(`${m[1]} ${decode(m[2]!.replace(/<[^>]+>/g, ''))}`).slice(0, 30));
        notes++;
      }
    }
    expect(notes).toBeGreaterThan(0);
  });

  it("dates the title page with the reader's date from reader.yaml, not the system clock", async () => {
    const { parse } = await import('yaml');
    const { formatDate } = await import('../../src/compose/helpers.ts');
    const date = String((parse(await readFile('reader.yaml', 'utf8')) as { date: unknown }).date);
    const today = formatDate(new Date().toISOString().slice(0, 10));
    for (const id of ['kronstadt', 'bureaucracy']) {
      const first = pdftotextPages(join(packsDir, `${id}.pdf`))[1]!.replace(/\s+/g, ' ');
      expect(first, id).toContain(formatDate(date));
      expect(first, id).not.toContain(today);
    }
  });

  it('says how much each text speaks to the topic on the title page', async () => {
    const first = pdftotextPages(join(packsDir, 'kronstadt.pdf'))[1]!.replace(/\s+/g, ' ');
    expect(first).toContain('Kronstadt and the Makhnovists');
    expect(first).toMatch(/Passages/);
    expect(first).toMatch(/Paragraphs/);
    expect(first).toMatch(/Did Lenin lead to Stalin\?/);
    expect(first).toMatch(/Not taken up in/);
  });
});

describe('reader pack errors and a stale reader', () => {
  it('rejects an unknown topic, listing the known ids and the closest', async () => {
    const io = captureIo();
    expect(await main(['pack', 'kronstad', '--out', packsDir], io)).toBe(2);
    expect(io.err).toContain('reader.yaml:');
    expect(io.err).toContain('Unknown topic `kronstad`');
    expect(io.err).toContain('Did you mean `kronstadt`?');
    expect(io.err).toContain('Known topics: socialism-in-one-country, bureaucracy');
  });

  it('refuses to write into a packs folder another pack run holds, and leaves its packs alone', async () => {
    const lockDir = await mkdtemp(join(tmpdir(), 'reader-pack-lock-'));
    try {
      // This test process is alive: its pid in the lock stands for a running pack.
      await writeFile(join(lockDir, '.lock'), `${process.pid}\n`);
      await writeFile(join(lockDir, 'kronstadt.pdf'), 'earlier pack');
      const io = captureIo();
      expect(await main(['pack', 'kronstadt', '--out', lockDir, '--reader', sample.out], io)).toBe(2);
      expect(io.err).toContain('.lock');
      expect(await readFile(join(lockDir, 'kronstadt.pdf'), 'utf8')).toBe('earlier pack');
    } finally {
      await rm(lockDir, { recursive: true, force: true });
    }
  });

  let project: string;
  afterAll(async () => {
    if (project) await rm(project, { recursive: true, force: true });
  });

  it('rebuilds a missing reader first, and warns for a topic that matches nothing', async () => {
    project = await mkdtemp(join(tmpdir(), 'reader-pack-'));
    await cp('content', join(project, 'content'), { recursive: true });
    const manifest = await readFile('reader.yaml', 'utf8');
    await writeFile(
      join(project, 'reader.yaml'),
      manifest.replace(/\nglossary:/, '\n  - id: nothing-here\n    title: Nothing here\n    terms: [xyzzyplugh]\n\nglossary:'),
    );
    const io = captureIo();
    const exit = await main(['pack', 'kronstadt', 'nothing-here', '--config', join(project, 'reader.yaml')], io);
    expect(exit, io.err).toBe(0);
    expect(io.err).toMatch(/reader\.anchors\.json or its build\.json is missing: building the full reader/);
    expect(io.err).toContain('warning: topic `nothing-here` matches nothing');
    expect(existsSync(join(project, 'out', 'reader.pdf'))).toBe(true);
    expect(existsSync(join(project, 'out', 'packs', 'kronstadt.pdf'))).toBe(true);
    expect(existsSync(join(project, 'out', 'packs', 'nothing-here.pdf'))).toBe(false);
  });
});
