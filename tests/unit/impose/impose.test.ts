import { describe, expect, it } from 'vitest';
import { PDFDocument, PDFStream, degrees } from 'pdf-lib';
import { impose } from '../../../src/impose/index.ts';
import { A5, LABEL_X, numberedPdf } from '../../fixtures/impose/numbered-pages.ts';
import { labelX, pagesByHalf, readSides } from './read-back.ts';

const MM = 72 / 25.4;
const A4_LANDSCAPE = { width: 841.89, height: 595.28 };
/** x where an unshifted A5 page starts in the left half of an A4 sheet (centred, scale 1). */
const LEFT_ORIGIN = (A4_LANDSCAPE.width / 2 - A5.width) / 2;
const RIGHT_ORIGIN = A4_LANDSCAPE.width / 2 + LEFT_ORIGIN;

describe('impose booklet', () => {
  it('imposes 9 A5 pages on 3 A4 sheets in saddle-stitch order, read back from the PDF text', async () => {
    const r = await impose(await numberedPdf(9), { mode: 'booklet' });
    expect(r).toMatchObject({ sides: 6, pagesIn: 9, padded: 3 });
    const sides = await readSides(r.pdf);
    expect(sides).toHaveLength(2 * Math.ceil(9 / 4));
    for (const s of sides) {
      expect(s.width).toBeCloseTo(A4_LANDSCAPE.width, 1);
      expect(s.height).toBeCloseTo(A4_LANDSCAPE.height, 1);
    }
    // n = 12: sheet 1 front [12, 1], back [2, 11]; 10–12 are blank pads.
    expect(pagesByHalf(sides)).toEqual([
      { left: null, right: 1 },
      { left: 2, right: null },
      { left: null, right: 3 },
      { left: 4, right: 9 },
      { left: 8, right: 5 },
      { left: 6, right: 7 },
    ]);
    expect(r.layout).toEqual(pagesByHalf(sides).map((h, i) => ({ side: i + 1, ...h })));
  });

  it('puts every page of a 20-page book exactly once, front [20,1], back [2,19], upright at scale 1', async () => {
    const r = await impose(await numberedPdf(20), { mode: 'booklet' });
    expect(r).toMatchObject({ sides: 10, padded: 0 });
    const sides = await readSides(r.pdf);
    const halves = pagesByHalf(sides);
    expect(halves[0]).toEqual({ left: 20, right: 1 });
    expect(halves[1]).toEqual({ left: 2, right: 19 });
    const seen = halves.flatMap((h) => [h.left, h.right]).sort((a, b) => Number(a) - Number(b));
    expect(seen).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    for (const s of sides) {
      for (const run of s.runs.filter((x) => x.str.startsWith('PAGE'))) {
        // Upright and unscaled: 40 pt type with no rotation or mirroring.
        expect(run).toMatchObject({ a: 40, b: 0, d: 40 });
      }
    }
    // A5 on A4 is exact: each page centred in its half, no creep.
    expect(labelX(sides, 20)).toBeCloseTo(LEFT_ORIGIN + LABEL_X, 3);
    expect(labelX(sides, 1)).toBeCloseTo(RIGHT_ORIGIN + LABEL_X, 3);
  });

  it('pads with lined notes pages at the end of the book when asked', async () => {
    const r = await impose(await numberedPdf(9), { mode: 'booklet', padWith: 'notes' });
    const halves = pagesByHalf(await readSides(r.pdf));
    expect(halves.slice(0, 3)).toEqual([
      { left: 'notes', right: 1 },
      { left: 2, right: 'notes' },
      { left: 'notes', right: 3 },
    ]);
    expect(halves.flatMap((h) => [h.left, h.right]).filter((x) => x === 'notes')).toHaveLength(3);
  });

  it('imposes each signature as its own booklet, concatenated', async () => {
    const r = await impose(await numberedPdf(18), { mode: 'booklet', signature: 8 });
    expect(r).toMatchObject({ sides: 10, padded: 2 });
    const halves = pagesByHalf(await readSides(r.pdf));
    expect(halves.map((h) => [h.left, h.right])).toEqual([
      [8, 1],
      [2, 7],
      [6, 3],
      [4, 5],
      [16, 9],
      [10, 15],
      [14, 11],
      [12, 13],
      [null, 17],
      [18, null],
    ]);
  });

  it('shifts inner sheets outward by creep, linearly from the outermost to the centre sheet', async () => {
    const creepMm = 2;
    const r = await impose(await numberedPdf(20), { mode: 'booklet', creepMm });
    const sides = await readSides(r.pdf);
    // 5 sheets: sheet k (0-based) moves creep * k / 4 away from the spine.
    const cases: Array<[page: number, half: 'left' | 'right', sheet: number]> = [
      [20, 'left', 0],
      [1, 'right', 0],
      [16, 'left', 2],
      [5, 'right', 2],
      [12, 'left', 4],
      [9, 'right', 4],
      [10, 'left', 4],
      [11, 'right', 4],
    ];
    for (const [page, half, k] of cases) {
      const shift = (creepMm * MM * k) / 4;
      const expected = half === 'left' ? LEFT_ORIGIN + LABEL_X - shift : RIGHT_ORIGIN + LABEL_X + shift;
      expect(labelX(sides, page), `page ${page}`).toBeCloseTo(expected, 3);
    }
  });

  it('shifts each signature from 0 again, and a negative creep pushes pages toward the spine', async () => {
    const sides = await readSides((await impose(await numberedPdf(16), { mode: 'booklet', signature: 8, creepMm: -1.5 })).pdf);
    expect(labelX(sides, 1)).toBeCloseTo(RIGHT_ORIGIN + LABEL_X, 3);
    expect(labelX(sides, 9)).toBeCloseTo(RIGHT_ORIGIN + LABEL_X, 3);
    expect(labelX(sides, 13)).toBeCloseTo(RIGHT_ORIGIN + LABEL_X - 1.5 * MM, 3);
    expect(labelX(sides, 12)).toBeCloseTo(LEFT_ORIGIN + LABEL_X + 1.5 * MM, 3);
  });

  it('scales A5 down to fit half a letter sheet, centred', async () => {
    const r = await impose(await numberedPdf(4), { mode: 'booklet', sheet: 'letter' });
    const [front] = await readSides(r.pdf);
    expect(front!.width).toBe(792);
    expect(front!.height).toBe(612);
    const scale = 396 / A5.width;
    const run = front!.runs.find((x) => x.str === 'PAGE 1')!;
    expect(run.a).toBeCloseTo(40 * scale, 3);
    expect(run.x).toBeCloseTo(396 + LABEL_X * scale, 3);
    const yOrigin = (612 - A5.height * scale) / 2;
    expect(run.y).toBeCloseTo(yOrigin + 300 * scale, 3);
  });

  it('is deterministic: the same input imposes to the same bytes', async () => {
    const src = await numberedPdf(7);
    const a = await impose(src, { mode: 'booklet', padWith: 'notes' });
    const b = await impose(src, { mode: 'booklet', padWith: 'notes' });
    expect(Buffer.from(a.pdf).equals(Buffer.from(b.pdf))).toBe(true);
    expect((await PDFDocument.load(a.pdf)).getTitle()).toBe('fixture 7 (booklet)');
  });
});

describe('impose output size', () => {
  it('carries each source page once: one form XObject per page plus one content stream per side', async () => {
    const r = await impose(await numberedPdf(20), { mode: 'booklet' });
    const doc = await PDFDocument.load(r.pdf);
    const streams = doc.context.enumerateIndirectObjects().filter(([, o]) => o instanceof PDFStream);
    // Without pruning, embedPages leaves each source page's original content stream behind too (+20).
    expect(streams.length).toBe(r.sides + r.pagesIn);
  });
});

describe('impose 2up', () => {
  it('lays pages in reading order with an odd last page alone on the left', async () => {
    const r = await impose(await numberedPdf(5), { mode: '2up' });
    expect(r).toMatchObject({ sides: 3, pagesIn: 5, padded: 1 });
    expect(pagesByHalf(await readSides(r.pdf))).toEqual([
      { left: 1, right: 2 },
      { left: 3, right: 4 },
      { left: 5, right: null },
    ]);
  });

  it('ignores creep (there is no fold)', async () => {
    const sides = await readSides((await impose(await numberedPdf(4), { mode: '2up', creepMm: 3 })).pdf);
    expect(labelX(sides, 3)).toBeCloseTo(LEFT_ORIGIN + LABEL_X, 3);
  });
});

describe('impose errors', () => {
  it('names bad input and options', async () => {
    await expect(impose(new TextEncoder().encode('not a pdf'), { mode: 'booklet' })).rejects.toMatchObject({ code: 'ImposeBadInput' });
    const src = await numberedPdf(4);
    const rotated = await PDFDocument.load(src);
    rotated.getPage(1).setRotation(degrees(90));
    await expect(impose(await rotated.save(), { mode: 'booklet' })).rejects.toMatchObject({ code: 'ImposeBadInput', message: /page 2 is rotated/ });
    await expect(impose(src, { mode: 'booklet', signature: 6 })).rejects.toMatchObject({ code: 'ImposeBadSignature' });
    await expect(impose(src, { mode: 'fold' as 'booklet' })).rejects.toMatchObject({ code: 'ImposeBadOption' });
    await expect(impose(src, { mode: 'booklet', sheet: 'A3' as 'A4' })).rejects.toMatchObject({ code: 'ImposeBadOption' });
  });
});
