// The sample reader imposed as a booklet (the booklet output of `reader build --impose booklet`,
// run on a finished PDF as an up-to-date build runs it),
// read back with pdfjs: which reader page lies in each half of each sheet side.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { loadPdfJs } from '../../src/util/pdfjs.ts';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { finishOutputs } from '../../src/pipeline/index.ts';
import { checkPdf } from '../../src/check/index.ts';
import { pdfinfo } from './pdf-read.ts';
import { PDFDict, PDFDocument, PDFHexString, PDFName, PDFString } from 'pdf-lib';

const sample = inject('sample');

/** The text of each page, or of each half of each page, as a fingerprint of what is printed there. */
async function texts(pdf: Uint8Array, halves: boolean): Promise<string[]> {
  const doc = await (await loadPdfJs()).getDocument({ data: pdf.slice(), verbosity: 0 }).promise;
  const out: string[] = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const page = await doc.getPage(i);
    const width = page.view[2]! - page.view[0]!;
    const parts: string[][] = halves ? [[], []] : [[]];
    for (const item of (await page.getTextContent()).items) {
      if (!('str' in item) || !item.str.trim()) continue;
      const x = (item.transform as number[])[4]!;
      parts[halves && x >= width / 2 ? 1 : 0]!.push(item.str.trim());
    }
    out.push(...parts.map((p) => p.join(' ')));
  }
  await doc.destroy();
  return out;
}

describe('booklet imposition of the sample', () => {
  let source: string[];
  let halves: string[];
  let n: number;
  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'reader-booklet-'));
    const pdf = join(dir, 'reader.pdf');
    copyFileSync(sample.pdf, pdf);
    // A build's output folder: its record says the tool wrote the PDF (imposition writes only there).
    writeFileSync(join(dir, '.reader-out.json'), JSON.stringify({ tool: 'reader-press', version: 1, wrote: ['reader.pdf'], temp: [] }));
    const [booklet] = await finishOutputs(pdf, { impose: { mode: 'booklet', sheet: 'A4' } });
    expect(booklet).toBe(join(dir, 'reader-booklet.pdf'));
    source = await texts(new Uint8Array(readFileSync(pdf)), false);
    halves = await texts(new Uint8Array(readFileSync(booklet!)), true);
    n = Math.ceil(source.length / 4) * 4;
  });

  it('has twice ceil(pages/4) sides', () => {
    expect(halves.length / 2).toBe(2 * Math.ceil(source.length / 4));
  });

  it('puts reader pages n and 1 on the front of sheet 1, and 2 and n-1 on its back', () => {
    const page = (k: number) => (k <= source.length ? source[k - 1]! : '');
    expect(halves[0]).toBe(page(n));
    expect(halves[1]).toBe(page(1));
    expect(halves[2]).toBe(page(2));
    expect(halves[3]).toBe(page(n - 1));
    expect(halves[1]).toContain(sample.report.title);
  });

  it('prints every reader page exactly once, and pads only with blank pages', () => {
    const printed = halves.filter(Boolean).sort();
    const expected = source.filter(Boolean).sort();
    expect(printed).toEqual(expected);
    expect(halves.filter((h) => !h).length).toBe(source.filter((s) => !s).length + (n - source.length));
  });
});

/** pdftotext's words, lower case, soft hyphens kept (so that one inside a word shows). */
const words = (file: string): string[] =>
  (
    execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8', maxBuffer: 64 << 20 })
      .toLowerCase()
      .match(/[\p{L}\u00ad]+/gu) ?? []
  ).sort();

const langOf = (doc: PDFDocument) => doc.catalog.lookupMaybe(PDFName.of('Lang'), PDFString, PDFHexString)?.decodeText();

// Issue #19: every copy of the book reads as the book. The booklet and 2-up copies are for the
// printer (pages out of reading order, untagged, no PDF/UA claim) but carry the reader's text layer;
// the crop-marked copy keeps the tags and must pass the check it claims.
describe('the imposed and crop-marked copies of the sample', () => {
  let dir: string;
  let reader: string[];
  let lang: string | undefined;
  const out: Record<string, string> = {};
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'reader-copies-'));
    const pdf = join(dir, 'reader.pdf');
    copyFileSync(sample.pdf, pdf);
    copyFileSync(sample.pdf.replace(/\.pdf$/, '.html'), join(dir, 'reader.html'));
    writeFileSync(join(dir, '.reader-out.json'), JSON.stringify({ tool: 'reader-press', version: 1, wrote: ['reader.pdf'], temp: [] }));
    const written = [
      ...(await finishOutputs(pdf, { impose: { mode: 'booklet', sheet: 'A4' }, marks: 'crop' })),
      ...(await finishOutputs(pdf, { impose: { mode: '2up', sheet: 'A4' } })),
    ];
    for (const file of written) out[/^reader-(.+)\.pdf$/.exec(basename(file))![1]!] = file;
    expect(Object.keys(out).sort()).toEqual(['2up', 'booklet', 'crop']);
    reader = words(pdf);
    lang = langOf(await PDFDocument.load(readFileSync(pdf), { updateMetadata: false }));
  });

  it('the crop-marked copy passes the whole check, its marks artifacts, and keeps its PDF/UA claim', async () => {
    const results = await checkPdf(new Uint8Array(readFileSync(out.crop!)), { sourceHtml: readFileSync(join(dir, 'reader.html'), 'utf8') });
    expect(results.filter((r) => !r.ok && !r.skipped).map((r) => `${r.rule} ${r.detail}`)).toEqual([]);
    expect(results.find((r) => r.rule === 'reader:text-layer')?.ok).toBe(true);
    expect(pdfinfo(out.crop!).Tagged).toBe('yes');
  });

  for (const copy of ['booklet', '2up'] as const) {
    it(`the ${copy} carries the reader's text layer: the same words, none with a soft hyphen inside`, () => {
      const imposed = words(out[copy]!);
      expect(imposed.filter((w) => /\u00ad./.test(w))).toEqual([]);
      expect(imposed).toEqual(reader);
    });

    it(`the ${copy} is a print copy: untagged, no PDF/UA claim, with the book's title shown and its language`, async () => {
      const info = pdfinfo(out[copy]!);
      expect(info.Tagged).toBe('no');
      expect(info.Title).toBe(`${sample.report.title} (${copy})`);
      const doc = await PDFDocument.load(readFileSync(out[copy]!), { updateMetadata: false });
      expect(doc.catalog.get(PDFName.of('Metadata'))).toBeUndefined();
      expect(langOf(doc)).toBe(lang);
      expect(lang).toMatch(/^[a-z]{2}/);
      expect(String(doc.catalog.lookupMaybe(PDFName.of('ViewerPreferences'), PDFDict)?.get(PDFName.of('DisplayDocTitle')))).toBe('true');
    });
  }
});
