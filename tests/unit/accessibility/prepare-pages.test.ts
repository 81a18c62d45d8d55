// preparePages on four pages that Chromium printed (a title page, rules, running heads and
// folios, a page of 107 rules), font programs left out. expected.json holds what it gave
// (the text read, the text layer rewritten, the artifacts marked); write it again with
// UPDATE=1, and only for a change meant to alter the text, the text layer or the artifacts.
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDict, PDFDocument, PDFName } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { addLayerFonts, BANDS, markArtifacts, preparedFromJson, preparedToJson, preparePages } from '../../../src/accessibility/prepare-pages.ts';
import { pageStreams, restoreStreams } from '../../../src/render/print-streams.ts';
import { parseContentStream } from '../../../src/pdf/content-stream.ts';
import { pageBytes, pageContent } from '../../../src/pdf/page-bytes.ts';
import { readContentText } from '../../../src/pdf/page-text-reader.ts';
import { readPageTextWithPdfjs } from '../../../src/pdf/page-text.ts';
import { samplePdf } from './fixtures.ts';
import { taggingFindings } from './tagging.ts';

const dir = join(import.meta.dirname, 'fixtures', 'prepare-pages');
const input = readFileSync(join(dir, 'input.pdf'));
const load = () => PDFDocument.load(input, { updateMetadata: false });

interface Expected {
  artifacts: { Pagination: number; Layout: number };
  layerCounts: unknown;
  layer: unknown;
  /** sha256 of each page's decoded content once prepared. */
  content: string[];
  text: unknown;
}

const sha256 = (text: string) => createHash('sha256').update(text, 'latin1').digest('hex');

/** JSON with one marked-content sequence or untagged run a line, for a readable diff. */
function format(e: Expected): string {
  const pages = (e.text as Array<{ mcids: unknown[]; untagged: unknown[] }>).map((p) => {
    const lines = (items: unknown[]) => items.map((x) => `   ${JSON.stringify(x)}`).join(',\n');
    return `  {\n  "mcids": [\n${lines(p.mcids)}\n  ],\n  "untagged": [\n${lines(p.untagged)}\n  ]}`;
  });
  return `{\n "artifacts": ${JSON.stringify(e.artifacts)},\n "layerCounts": ${JSON.stringify(e.layerCounts)},\n "layer": ${JSON.stringify(e.layer)},\n "content": ${JSON.stringify(e.content, null, 2).replace(/\n/g, '\n ')},\n "text": [\n${pages.join(',\n')}\n ]\n}\n`;
}

async function prepared(): Promise<{ doc: PDFDocument; actual: Expected }> {
  const doc = await load();
  const result = preparePages(doc);
  if (!result) throw new Error('Expected the fixture to be read from its content streams');
  const content = doc.getPages().map((_, i) => sha256(pageContent(doc, i)));
  // Through JSON, as the layout cache keeps it: what a later build reads back.
  return { doc, actual: JSON.parse(JSON.stringify({ ...(preparedToJson(result) as object), content })) as Expected };
}

describe('preparePages', () => {
  it('reads the same text and marks the same artifacts as before', async () => {
    const { actual } = await prepared();
    const file = join(dir, 'expected.json');
    if (process.env.UPDATE || !existsSync(file)) writeFileSync(file, format(actual));
    expect(actual).toEqual(JSON.parse(readFileSync(file, 'utf8')));
  });

  it('leaves every stream balanced, with no content outside a tagged or artifact sequence', async () => {
    const { doc } = await prepared();
    doc.getPages().forEach((_, i) => {
      const content = pageBytes(doc, i);
      const ops = parseContentStream(content);
      let depth = 0;
      for (const op of ops) {
        if (op.op === 'BDC' || op.op === 'BMC') depth++;
        if (op.op === 'EMC') expect(--depth).toBeGreaterThanOrEqual(0);
      }
      expect(depth).toBe(0);
      expect(taggingFindings(content)).toEqual([]);
    });
  });

  it('reads the text that the rewritten pages hold, and leaves nothing for markArtifacts to mark', async () => {
    // One scan reads, rewrites and marks: what it read must be what a fresh read of its result gives.
    const { doc } = await prepared();
    const result = preparePages(await load())!;
    const again = readContentText(doc)!;
    const texts = (pages: typeof again) => pages.map((p) => [...p.mcids].map(([m, t]) => [m, t.text.replace(/\s+/g, ' ').trim()]));
    expect(texts(again)).toEqual(texts(result.text));
    const before = doc.getPages().map((_, i) => pageContent(doc, i));
    expect(markArtifacts(doc, BANDS)).toEqual({ Pagination: 0, Layout: 0 });
    doc.getPages().forEach((_, i) => expect(pageContent(doc, i)).toBe(before[i]));
  });

  it('reads small capitals in their source case, in poppler and pdf.js alike (struct text: tests/e2e/accessibility.test.ts)', async () => {
    // Chromium draws `font-variant-caps: all-small-caps` as capitals, each lowercase letter in a
    // span whose ActualText is the letter: poppler's structure text stopped at the first span,
    // and, the spans unwrapped, read "EDITED BY THE READER PRESS SAMPLE". The glyphs now read
    // as the source has them.
    const { doc } = await prepared();
    const file = join(mkdtempSync(join(tmpdir(), 'prepare-pages-')), 'prepared.pdf');
    writeFileSync(file, await doc.save());
    const poppler = execFileSync('pdftotext', ['-f', '1', '-l', '1', file, '-'], { encoding: 'utf8' });
    expect(poppler).toContain('Edited by The Reader Press sample');
    const pdfjs = await readPageTextWithPdfjs(new Uint8Array(readFileSync(file)));
    expect([...pdfjs[0]!.mcids.values()].map((m) => m.text).join(' ')).toContain('Edited by The Reader Press sample');
  });

  it('a print whose prepared streams come back from the layout cache gets the cased font copies they draw with', async () => {
    // The layout cache keeps the print as Chromium made it and the streams as prepared; put back
    // on the print, the streams name fonts (F6c1…) only preparing added. Without them poppler and
    // pdf.js read a non-embedded Helvetica and the PDF/UA claim fell (the revert of 96e6610).
    const { doc } = await prepared();
    const streams = pageStreams(doc)!;
    const json = JSON.parse(JSON.stringify(preparedToJson(preparePages(await load())!))) as unknown;
    const print = await load();
    const blob = Buffer.concat(streams.map((s) => s.bytes));
    expect(
      restoreStreams(
        print,
        blob,
        streams.map(({ filter, bytes }) => ({ filter, length: bytes.length })),
      ),
    ).toBe(true);
    addLayerFonts(print, preparedFromJson(json).layer);
    let copies = 0;
    print.getPages().forEach((page, i) => {
      const fonts = page.node.Resources()!.lookup(PDFName.of('Font'), PDFDict);
      for (const name of new Set([...pageContent(print, i).matchAll(/\/(\w+) [\d.]+ Tf/g)].map((m) => m[1]!))) {
        expect(fonts.has(PDFName.of(name)), `page ${i + 1} draws with /${name}`).toBe(true);
        if (/c\d+$/.test(name)) copies++;
      }
    });
    expect(copies).toBeGreaterThan(0);
    const file = join(mkdtempSync(join(tmpdir(), 'prepare-pages-')), 'restored.pdf');
    writeFileSync(file, await print.save());
    expect(execFileSync('pdftotext', ['-f', '1', '-l', '1', file, '-'], { encoding: 'utf8' })).toContain('Edited by The Reader Press sample');
  });

  it('writes each operation on a line of its own, artifact operators between', async () => {
    const { doc } = await prepared();
    const lines = pageContent(doc, 1).split('\n');
    expect(lines.some((l) => /^\/Artifact <<\/Type \/Pagination \/Subtype \/(Header|Footer)>> BDC$/.test(l))).toBe(true);
    expect(lines).toContain('/Artifact <</Type /Layout>> BDC');
    // Chromium writes `… Td <…> Tj` on one line; the two become two lines.
    expect(lines.filter((l) => / Td /.test(l))).toEqual([]);
  });

  it('changes nothing in a PDF whose text it cannot read (pdfjs then reads it)', async () => {
    // A Type3 font: not Chromium's shape.
    const doc = await PDFDocument.load(await samplePdf('untagged'), { updateMetadata: false });
    const before = doc.getPages().map((p) => p.node.get(PDFName.of('Contents')));
    expect(preparePages(doc)).toBeUndefined();
    expect(doc.getPages().map((p) => p.node.get(PDFName.of('Contents')))).toEqual(before);
  });
});
