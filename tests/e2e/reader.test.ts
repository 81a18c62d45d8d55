// The sample reader, built once by global-setup in the real Chromium, read back from the PDF.
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { loadManifest } from '../../src/manifest/load.ts';
import { pdffonts, pdfinfo, pdftotextPages, printedFolio } from './pdf-read.ts';

const sample = inject('sample');
const pages = pdftotextPages(sample.pdf);
const layoutPages = pdftotextPages(sample.pdf, true);
/** Page text without soft hyphens, so words compare as written. */
const plain = (s: string) => s.replace(/\u00AD/g, '').replace(/\s+/g, ' ');
const { manifest } = await loadManifest('reader.yaml');

describe('the sample reader PDF', () => {
  it('writes reader.pdf, reader.html and build.json', () => {
    for (const f of ['reader.pdf', 'reader.html', 'build.json', 'assets/paged.polyfill.js']) expect(existsSync(join(sample.out, f)), f).toBe(true);
  });

  it('writes the normalize report: each text, source beside result, with its changes', async () => {
    const html = await readFile(join(sample.out, 'normalize-report.html'), 'utf8');
    for (const t of manifest.texts) expect(html).toContain(`<section id="${t.id}">`);
    expect(html).toContain('I925');
    expect(html).not.toMatch(/<script/i);
  });

  it('has the manifest title and is tagged', () => {
    const info = pdfinfo(sample.pdf);
    expect(info.Title).toBe(manifest.title);
    expect(info.Tagged).toBe('yes');
    expect(info['Page size']).toMatch(/A5/);
  });

  it('embeds every font, and only the fonts we ship', () => {
    const fonts = pdffonts(sample.pdf);
    expect(fonts.length).toBeGreaterThan(0);
    for (const f of fonts) {
      expect(f.emb, f.name).toBe('yes');
      expect(f.name, 'a system font was used as a fallback').toMatch(/\+(Literata|AtkinsonHyperlegible)/);
    }
  });

  it('holds all five texts in reading order, each opening on a right-hand (odd) page', () => {
    const starts = manifest.texts.map((t) => sample.anchors[t.id]!);
    expect(starts.every((p) => typeof p === 'number')).toBe(true);
    expect([...starts].sort((a, b) => a - b)).toEqual(starts);
    for (const [i, t] of manifest.texts.entries()) {
      const page = starts[i]!;
      expect(page % 2, `${t.id} starts on page ${page}`).toBe(1);
      expect(plain(pages[page]!)).toContain(plain(t.title));
      expect(plain(pages[page]!)).toContain(t.author);
    }
  });

  it("prints contents page numbers equal to the printed folio of each text's title page", () => {
    const contentsPage = pages.findIndex((p) => /^\s*Contents\s*$/m.test(p));
    expect(contentsPage).toBeGreaterThan(0);
    const toc = pages[contentsPage]!.split('\n')
      .map((l) => l.trim())
      .filter(Boolean);
    for (const t of manifest.texts) {
      // The title may wrap; its page number is the first number-only line after its first words.
      const firstWords = plain(t.title).split(' ').slice(0, 3).join(' ');
      const at = toc.findIndex((l) => plain(l).includes(firstWords));
      expect(at, `${t.title} in the contents`).toBeGreaterThanOrEqual(0);
      const number = Number(toc.slice(at).find((l) => /^\d+$/.test(l)));
      const label = `Text ${manifest.texts.indexOf(t) + 1}`;
      // The label is set in small capitals; the text layer reads it in its source case, "Text 1".
      const titlePage = pages.findIndex(
        (p, i) => i > contentsPage && plain(p).toLowerCase().includes(label.toLowerCase()) && plain(p).includes(plain(t.title)),
      );
      expect(titlePage, `${t.title} title page`).toBeGreaterThan(0);
      expect(printedFolio(layoutPages[titlePage]!), `folio printed on ${t.title}'s page`).toBe(number);
    }
  });

  it("lists the concordance's indexes in the contents, each with the folio of the page it starts on", () => {
    const contentsPage = pages.findIndex((p) => /^\s*Contents\s*$/m.test(p));
    const toc = pages[contentsPage]!.split('\n')
      .map((l) => l.trim())
      .filter(Boolean);
    const concordance = pages.findIndex((p, i) => i > contentsPage && /^\s*Concordance\s*$/m.test(p));
    expect(concordance).toBeGreaterThan(contentsPage);
    for (const heading of ['Sources cited', 'Topic index', 'Index of names']) {
      const at = toc.indexOf(heading);
      expect(at, `${heading} in the contents`).toBeGreaterThan(0);
      const number = Number(toc.slice(at).find((l) => /^\d+$/.test(l)));
      const page = pages.findIndex((p, i) => i >= concordance && p.split('\n').some((l) => l.trim() === heading));
      expect(page, `${heading} heading`).toBeGreaterThanOrEqual(concordance);
      expect(printedFolio(layoutPages[page]!), `folio of the page where ${heading} starts`).toBe(number);
    }
  });

  it('sets running heads: the reader title on left pages, the text title on right pages', () => {
    const start = sample.anchors[manifest.texts[3]!.id]!; // the long text: many pages of running heads
    const left = pages[start + 1]!.split('\n')[0]!.trim();
    const right = pages[start + 2]!.split('\n')[0]!.trim();
    expect(left).toBe(manifest.title);
    expect(plain(right)).toBe(plain(manifest.texts[3]!.title));
    // No running head on a text's opening page.
    expect(pages[start]!.split('\n')[0]!.trim()).not.toBe(manifest.title);
  });

  it('puts the notes of text 5 at the foot of the page that calls them', () => {
    const id = 'martinez-2021';
    const notePage = sample.anchors[`${id}-note-5`];
    expect(notePage).toBeGreaterThan(sample.anchors[id]!);
    const lines = pages[notePage!]!.split('\n')
      .map((l) => l.trim())
      .filter(Boolean);
    const noteLine = lines.findIndex((l) => /^5 Broué, El Partido Bolchevique, 67/.test(plain(l)));
    expect(noteLine, 'note 5 printed on its page').toBeGreaterThan(0);
    // The note sits below the body text: only the folio (and maybe other notes) follow it.
    expect(lines.length - noteLine).toBeLessThanOrEqual(6);
  });

  it('never writes a source file', async () => {
    const after: Record<string, string> = {};
    for (const name of (await readdir('content')).sort())
      after[name] = createHash('sha256')
        .update(await readFile(join('content', name)))
        .digest('hex');
    expect(after).toEqual(sample.hashesBefore);
    expect(Object.keys(after)).toHaveLength(5);
  });

  it('reports texts, words, pages, timings and warnings in build.json', async () => {
    const report = JSON.parse(await readFile(join(sample.out, 'build.json'), 'utf8'));
    expect(report.texts.map((t: { id: string }) => t.id)).toEqual(manifest.texts.map((t) => t.id));
    expect(report.pages).toBe(pages.length - 1);
    for (const t of report.texts) expect(t.words).toBeGreaterThan(1000);
    for (const stage of ['ingest', 'normalize', 'analyze', 'compose', 'layout', 'print']) expect(report.timings[stage], stage).toBeGreaterThanOrEqual(0);
    expect(Array.isArray(report.warnings)).toBe(true);
    expect(report.refusedRequests).toEqual([]);
  });

  it('writes an accessible HTML edition: one document, each note after its call, linked both ways', async () => {
    const html = await readFile(join(sample.out, 'reader.accessible.html'), 'utf8');
    expect(html).toMatch(/<html lang="en"/);
    expect(html).not.toMatch(/<script|pagedjs/i);
    for (const t of manifest.texts) expect(html).toContain(`id="${t.id}"`);
    // Text 5's notes: each call links to its note, and each note links back.
    const calls = html.match(/<a[^>]*class="note-call"[^>]*href="#martinez-2021-note-\d+"/g) ?? [];
    expect(calls.length).toBeGreaterThanOrEqual(8);
    expect(html.match(/role="doc-backlink"/g)?.length ?? 0).toBeGreaterThanOrEqual(8);
  });

  it('loses no block in layout: every paragraph, item and note reached a visible place on a page', () => {
    expect(sample.report.lostBlocks).toBe(0);
    expect(sample.report.warnings.filter((w) => w.rule === 'layout-lost-content')).toEqual([]);
  });
});
