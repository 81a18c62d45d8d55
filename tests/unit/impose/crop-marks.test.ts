import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PDFDocument } from 'pdf-lib';
import { addCropMarks } from '../../../src/impose/index.ts';
import { A5, LABEL_X, LABEL_Y, chromiumLikePdf, numberedPdf } from '../../fixtures/impose/numbered-pages.ts';
import { readSides } from './read-back.ts';

const MM = 72 / 25.4;
const dir = mkdtempSync(join(tmpdir(), 'crop-marks-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const boxOf = (b: { x: number; y: number; width: number; height: number }): number[] => [b.x, b.y, b.x + b.width, b.y + b.height];

/** Render page 1 in grey at `dpi` with poppler; returns a lookup of darkness (0 white … 255 black) at a PDF point. */
function render(pdf: Uint8Array, dpi: number): (x: number, y: number) => number {
  writeFileSync(join(dir, 'in.pdf'), pdf);
  execFileSync('pdftoppm', ['-gray', '-r', String(dpi), '-f', '1', '-l', '1', '-singlefile', join(dir, 'in.pdf'), join(dir, 'out')]);
  const img = readFileSync(join(dir, 'out.pgm'));
  const header = /^P5\s+(\d+)\s+(\d+)\s+255\s/.exec(img.subarray(0, 40).toString('latin1'))!;
  const [w, h] = [Number(header[1]), Number(header[2])];
  const data = img.subarray(header[0].length);
  return (x, y) => {
    // Darkest pixel within 2 px of the point (marks are hairlines, antialiased).
    const s = dpi / 72;
    let dark = 0;
    for (let dy = -2; dy <= 2; dy++) {
      for (let dx = -2; dx <= 2; dx++) {
        const px = Math.round(x * s) + dx;
        const py = Math.round(y * s) + dy;
        if (px < 0 || py < 0 || px >= w || py >= h) continue;
        dark = Math.max(dark, 255 - data[py * w + px]!);
      }
    }
    return dark;
  };
}

describe('addCropMarks', () => {
  it('sets TrimBox to the page, BleedBox to trim + 3 mm, and grows the MediaBox by bleed + marks', async () => {
    const out = await PDFDocument.load(await addCropMarks(await numberedPdf(3)));
    expect(out.getPageCount()).toBe(3);
    const m = (3 + 5) * MM;
    for (const page of out.getPages()) {
      const close = (got: number[], want: number[]): void => got.forEach((v, i) => expect(v).toBeCloseTo(want[i]!, 3));
      close(boxOf(page.getTrimBox()), [0, 0, A5.width, A5.height]);
      close(boxOf(page.getBleedBox()), [-3 * MM, -3 * MM, A5.width + 3 * MM, A5.height + 3 * MM]);
      close(boxOf(page.getMediaBox()), [-m, -m, A5.width + m, A5.height + m]);
      close(boxOf(page.getCropBox()), boxOf(page.getMediaBox()));
    }
  });

  it('honours bleed and mark length, and leaves page content where it was', async () => {
    const pdf = await addCropMarks(await numberedPdf(1), { bleedMm: 5, markLengthMm: 10 });
    const page = (await PDFDocument.load(pdf)).getPage(0);
    expect(page.getMediaBox().x).toBeCloseTo(-15 * MM, 3);
    expect(page.getBleedBox().width).toBeCloseTo(A5.width + 10 * MM, 3);
    const [side] = await readSides(pdf);
    const run = side!.runs.find((r) => r.str === 'PAGE 1')!;
    expect([run.x, run.y]).toEqual([LABEL_X, LABEL_Y]);
  });

  it('draws marks at the trim corners, outside the bleed, even after Chromium-style content', async () => {
    const pdf = await addCropMarks(await chromiumLikePdf());
    const dark = render(pdf, 144);
    const m = 8 * MM;
    // Image pixel (0,0) is the MediaBox's top-left corner: map PDF points to image points.
    const at = (x: number, y: number): number => dark(x + m, A5.height + m - y);
    const mid = 3 * MM + 2.5 * MM; // halfway along a mark
    for (const x of [0, A5.width]) {
      for (const y of [0, A5.height]) {
        const out = x === 0 ? -1 : 1;
        const up = y === 0 ? -1 : 1;
        expect(at(x + out * mid, y), `horizontal mark at ${x},${y}`).toBeGreaterThan(100);
        expect(at(x, y + up * mid), `vertical mark at ${x},${y}`).toBeGreaterThan(100);
        // Nothing inside the bleed: neither at the corner nor on the mark lines' extension.
        expect(at(x + out * 1.5 * MM, y + up * 1.5 * MM)).toBe(0);
        expect(at(x + out * 1.5 * MM, y)).toBe(0);
        expect(at(x, y + up * 1.5 * MM)).toBe(0);
      }
    }
    const [side] = await readSides(pdf);
    expect(side!.runs.find((r) => r.str === 'PAGE 1')).toMatchObject({ x: LABEL_X, y: LABEL_Y });
  });

  it('names unreadable input', async () => {
    await expect(addCropMarks(new Uint8Array([1, 2, 3]))).rejects.toMatchObject({ code: 'ImposeBadInput' });
    await expect(addCropMarks(await numberedPdf(1), { markLengthMm: 0 })).rejects.toMatchObject({ code: 'CropMarksBadOption' });
  });

  it('keeps the same boxes when run twice', async () => {
    const once = await addCropMarks(await numberedPdf(1));
    const twice = await addCropMarks(once);
    const [a, b] = await Promise.all([PDFDocument.load(once), PDFDocument.load(twice)]);
    expect(boxOf(b.getPage(0).getMediaBox())).toEqual(boxOf(a.getPage(0).getMediaBox()));
    expect(boxOf(b.getPage(0).getTrimBox())).toEqual(boxOf(a.getPage(0).getTrimBox()));
  });
});
