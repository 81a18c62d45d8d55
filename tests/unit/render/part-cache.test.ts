import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDocument, PDFName } from 'pdf-lib';
import { afterEach, describe, expect, it } from 'vitest';
import { BANDS, markArtifacts, type PreparedPages } from '../../../src/accessibility/prepare-pages.ts';
import { emptyLayerCounts } from '../../../src/accessibility/text-layer.ts';
import { pageContent } from '../../../src/pdf/page-bytes.ts';
import { PartCache, printKey, type CachedPart } from '../../../src/render/part-cache.ts';

const dirs: string[] = [];
const fresh = () => {
  const dir = mkdtempSync(join(tmpdir(), 'part-cache-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

const part = (file?: string): CachedPart => ({
  pages: 2,
  places: { t1: [0, 10, 20] },
  continuations: { 1: ['went on'] },
  lost: [],
  pageErrors: [],
  refused: [],
  links: { refs: ['t2-p1'], across: ['t2-p1'] },
  ...(file ? { printed: { key: 'k', file, from: 0, to: 2 } } : {}),
});

/** Prepared pages with this text and these artifact counts, and a text layer that changed nothing. */
const prepared = (text: PreparedPages['text'], artifacts: PreparedPages['artifacts']): PreparedPages => ({
  text,
  artifacts,
  layer: text.map(() => ({ splits: [], decorations: [] })),
  layerCounts: emptyLayerCounts(),
});

async function onePagePdf(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.addPage([100, 100]);
  return doc.save();
}

describe('PartCache', () => {
  it('gives back a part and its print, with the prepared page text', async () => {
    const cache = new PartCache(fresh());
    const file = await cache.writePrinted(
      await onePagePdf(),
      prepared([{ mcids: new Map([[0, { text: 'Hi', runs: [] }]]), untagged: [] }], { Pagination: 1, Layout: 0 }),
    );
    await cache.write('a', part(file));
    const again = new PartCache(cache.dir);
    expect(again.read('a')).toEqual(part(file));
    const printed = await again.readPrinted(file);
    expect(printed.source.doc.getPageCount()).toBe(1);
    expect(printed.prepared?.text[0]?.mcids.get(0)?.text).toBe('Hi');
    expect(printed.prepared?.artifacts.Pagination).toBe(1);
  });

  it('puts back the content streams as prepared, instead of marking the pages again', async () => {
    const doc = await PDFDocument.create();
    const font = await doc.embedFont('Helvetica');
    for (const y of [10, 300]) doc.addPage([300, 400]).drawText('folio', { x: 20, y, font, size: 9 });
    const bytes = await doc.save();
    const marked = await PDFDocument.load(bytes);
    markArtifacts(marked, BANDS);
    // Streams that marking would never write tell a put-back stream from a page marked again.
    marked
      .getPages()
      .forEach((page, i) => page.node.set(PDFName.of('Contents'), marked.context.register(marked.context.flateStream(`/Artifact BMC EMC % page ${i}`))));
    const cache = new PartCache(fresh());
    const file = await cache.writePrinted(bytes, prepared([], { Pagination: 2, Layout: 0 }), marked);
    const printed = await new PartCache(cache.dir).readPrinted(file);
    expect([0, 1].map((i) => pageContent(printed.source.doc, i))).toEqual(['/Artifact BMC EMC % page 0', '/Artifact BMC EMC % page 1']);
    expect(readdirSync(cache.dir)).toContain(`${file}.streams`);
  });

  it('marks the pages again when the kept streams do not fit the print', async () => {
    const doc = await PDFDocument.create();
    const font = await doc.embedFont('Helvetica');
    doc.addPage([300, 400]).drawText('folio', { x: 20, y: 10, font, size: 9 });
    const bytes = await doc.save();
    const marked = await PDFDocument.load(bytes);
    markArtifacts(marked, BANDS);
    const cache = new PartCache(fresh());
    const file = await cache.writePrinted(bytes, prepared([], { Pagination: 1, Layout: 0 }), marked);
    writeFileSync(join(cache.dir, `${file}.streams`), 'truncated');
    const printed = await new PartCache(cache.dir).readPrinted(file);
    expect(pageContent(printed.source.doc, 0)).toBe(pageContent(marked, 0));
  });

  it('misses an entry whose print was deleted', async () => {
    const cache = new PartCache(fresh());
    const file = await cache.writePrinted(await onePagePdf(), undefined);
    await cache.write('a', part(file));
    rmSync(join(cache.dir, file));
    expect(new PartCache(cache.dir).read('a')).toBeUndefined();
  });

  it('keeps only what a build used', async () => {
    const cache = new PartCache(fresh());
    const file = await cache.writePrinted(await onePagePdf(), undefined);
    await cache.write('a', part(file));
    await cache.write('b', part());
    const next = new PartCache(cache.dir);
    next.read('a');
    next.prune();
    expect(readdirSync(cache.dir).sort()).toEqual(['a.json', file].sort());
    expect(existsSync(join(cache.dir, 'b.json'))).toBe(false);
  });
});

describe('printKey', () => {
  it('changes with the first page and with the numbers the links show, not otherwise', () => {
    const pages = { x: 5, y: 9 };
    const k = printKey(3, ['x', 'y'], pages);
    expect(printKey(3, ['x', 'y'], { ...pages })).toBe(k);
    expect(printKey(5, ['x', 'y'], pages)).not.toBe(k);
    expect(printKey(3, ['x', 'y'], { x: 5, y: 11 })).not.toBe(k);
    expect(printKey(3, ['x', 'y'], { x: 5, y: 9, z: 40 })).toBe(k);
  });
});
