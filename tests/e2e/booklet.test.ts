// The sample reader imposed as a booklet (the booklet output of `reader build --impose booklet`,
// run on a finished PDF as an up-to-date build runs it),
// read back with pdfjs: which reader page lies in each half of each sheet side.
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadPdfJs } from '../../src/util/pdfjs.ts';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { finishOutputs } from '../../src/pipeline/index.ts';

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
