// The text layer on pages written the way Chromium writes them: a Type0 font with Identity-H
// codes and a ToUnicode map (here code = the character's own code point), one glyph per Tj
// placed by Td, soft-hyphen spans with ActualText U+00AD around a space glyph.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';
import { PDFDocument, PDFName, PDFString } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { preparePages } from '../../../src/accessibility/prepare-pages.ts';
import { actualTextOf } from '../../../src/accessibility/text-layer.ts';
import { pageContent } from '../../../src/pdf/page-bytes.ts';
import { readPageTextWithPdfjs } from '../../../src/pdf/page-text.ts';
import { taggingFindings } from './tagging.ts';

const hex = (c: string) => `<${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}>`;
const SHY = '/Span<</ActualText <FEFF00AD> >> BDC';

/** A line of text as Chromium draws it: `Tm` at the line start, then each glyph (6 pt wide) placed by Td. */
function line(text: string, x: number, y: number): string {
  const ops = ['BT', '/F1 12 Tf', `1 0 0 1 ${x} ${y} Tm`];
  [...text].forEach((ch, i) => {
    if (ch === '~') ops.push(SHY, '6 0 Td', hex(' ') + ' Tj', 'EMC', '0 0 Td');
    else ops.push(...(i > 0 && text[i - 1] !== '~' ? ['6 0 Td'] : []), `${hex(ch)} Tj`);
  });
  ops.push('ET');
  return ops.join('\n');
}

/** The hyphen Chromium draws at a line that breaks at a soft hyphen: a text object of its own at the line's end. */
const hyphenAt = (x: number, y: number) => ['BT', '/F1 12 Tf', `1 0 0 1 ${x} ${y} Tm`, `${hex('-')} Tj`, 'ET'].join('\n');

/**
 * A page of `content` with font F1 (codes U+0020–U+00FF); with `spaceless`, also F2, a subset
 * as Chromium makes for some glyphs (`ź`), whose codes have no space (U+0021–U+00FF).
 */
async function pageWith(content: string, spaceless = false): Promise<PDFDocument> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  const ctx = doc.context;
  const fonts: Record<string, unknown> = { F1: type0(doc, '0020') };
  if (spaceless) fonts.F2 = type0(doc, '0021');
  const page = doc.addPage([400, 600]);
  page.node.set(PDFName.of('Resources'), ctx.obj({ Font: ctx.obj(fonts as never) }));
  page.node.set(PDFName.of('Contents'), ctx.register(ctx.stream(deflateSync(Buffer.from(content, 'latin1')), { Filter: 'FlateDecode' })));
  return doc;
}

/** A Type0 font mapping codes `from`..U+00FF to themselves. */
function type0(doc: PDFDocument, from: string) {
  const ctx = doc.context;
  const cmap = `/CIDInit /ProcSet findresource begin 12 dict begin begincmap 1 begincodespacerange <0000> <FFFF> endcodespacerange 1 beginbfrange <${from}> <00FF> <${from}> endbfrange endcmap end end`;
  const cid = ctx.obj({
    Type: 'Font',
    Subtype: 'CIDFontType2',
    BaseFont: 'AAAAAA+Test',
    // Strings, not names: poppler reads no font whose CIDSystemInfo has names.
    CIDSystemInfo: { Registry: PDFString.of('Adobe'), Ordering: PDFString.of('Identity'), Supplement: 0 },
    DW: 500,
    // Not embedded (poppler wants a descriptor all the same).
    FontDescriptor: ctx.obj({
      Type: 'FontDescriptor',
      FontName: 'AAAAAA+Test',
      Flags: 32,
      FontBBox: [0, -200, 1000, 800],
      ItalicAngle: 0,
      Ascent: 800,
      Descent: -200,
      CapHeight: 700,
      StemV: 80,
    }),
  });
  return ctx.register(
    ctx.obj({
      Type: 'Font',
      Subtype: 'Type0',
      BaseFont: 'AAAAAA+Test',
      Encoding: 'Identity-H',
      DescendantFonts: [cid],
      ToUnicode: ctx.register(ctx.stream(cmap)),
    }),
  );
}

describe('the text layer', () => {
  it('drops a hyphenation opportunity inside a line, span and glyph', async () => {
    const doc = await pageWith(['/P <</MCID 0>> BDC', line('foun~da~tions', 50, 500), 'EMC'].join('\n'));
    const prepared = preparePages(doc)!;
    const content = pageContent(doc, 0);
    expect(content).not.toContain('ActualText');
    expect(content).not.toContain(`${hex(' ')} Tj`.slice(0, 6) + '0020');
    expect(prepared.layerCounts.opportunities).toBe(2);
    expect(prepared.text[0]!.mcids.get(0)!.text.trim()).toBe('foundations');
    // Positions are kept: the glyph after an opportunity still stands where Chromium put it.
    expect(content.match(/ Td/g)!.length).toBe(line('foun~da~tions', 50, 500).match(/ Td/g)!.length);
  });

  it('makes the hyphen of a line that breaks at an opportunity an artifact, between two pieces of the line', async () => {
    const doc = await pageWith(['/P <</MCID 0>> BDC', line('contradic~', 50, 500), hyphenAt(110, 500), line('tions.', 50, 485), 'EMC'].join('\n'));
    const prepared = preparePages(doc)!;
    expect(prepared.layerCounts).toMatchObject({ opportunities: 1, lineEndHyphens: 1, hyphensLeft: 0 });
    expect(prepared.layer[0]!.splits).toEqual([[0, [0, { actualText: '\u00ad' }, 1]]]);
    const content = pageContent(doc, 0);
    expect(content).toMatch(/EMC\n\/Artifact <<\/Type \/Layout>> BDC\nBT\n\/F1 12 Tf\n1 0 0 1 110 500 Tm\n<002D> Tj\nET\nEMC\n\/P <<\/MCID 1>> BDC\nBT/);
    expect(taggingFindings(content)).toEqual([]);
    // No space after "contradic": the word goes on after the hyphen.
    expect(prepared.layerCounts.spaces).toBe(1);
    expect(prepared.text[0]!.mcids.get(0)!.text).toBe('contradic');
    expect(prepared.text[0]!.mcids.get(1)!.text.trim()).toBe('tions.');
  });

  it('draws a space after the last glyph of a line that ends without one, and after the page’s last line', async () => {
    const doc = await pageWith(
      ['/P <</MCID 0>> BDC', line('has', 50, 500), line('been', 50, 485), 'EMC', '/P <</MCID 1>> BDC', line('next', 50, 460), 'EMC'].join('\n'),
    );
    const prepared = preparePages(doc)!;
    const content = pageContent(doc, 0);
    // After "has" and "been" (the next line, the next paragraph) and "next" (the page's end): three spaces, each in its own line's text object.
    expect(prepared.layerCounts.spaces).toBe(3);
    expect(content.match(new RegExp(`${hex('s')} Tj\\n${hex(' ')} Tj\\nET`, 'g'))).toHaveLength(1);
    expect(content).toContain(`${hex('n')} Tj\n${hex(' ')} Tj\nET\nEMC\n/P <</MCID 1>> BDC`);
    expect(prepared.text[0]!.mcids.get(0)!.text).toBe('has been ');
    expect(prepared.text[0]!.mcids.get(1)!.text).toBe('next ');
  });

  it('draws the space of a line that ends in a font subset with no space glyph with another font of the page, then goes back', async () => {
    const doc = await pageWith(
      ['/P <</MCID 0>> BDC', line('Lodz', 50, 500).replace('/F1 12 Tf', '/F2 12 Tf'), line('und Riga', 50, 485), 'EMC'].join('\n'),
      true,
    );
    const prepared = preparePages(doc)!;
    const content = pageContent(doc, 0);
    expect(prepared.layerCounts.spacesMissing).toBe(0);
    expect(content).toContain(`${hex('z')} Tj\n/F1 12 Tf ${hex(' ')} Tj /F2 12 Tf\nET`);
    expect(prepared.text[0]!.mcids.get(0)!.text).toBe('Lodz und Riga ');
  });

  it('leaves a line ending in a hyphen or dash joined to the next', async () => {
    const doc = await pageWith(
      ['/P <</MCID 0>> BDC', line('counter-', 50, 500), line('revolution', 50, 485), line('1918–', 50, 470), line('1921', 50, 455), 'EMC'].join('\n'),
    );
    const prepared = preparePages(doc)!;
    // After "revolution" and "1921" (the page's end); none after a hyphen or dash.
    expect(prepared.layerCounts.spaces).toBe(2);
    expect(pageContent(doc, 0)).toContain(`${hex('-')} Tj\n/F1 12 Tf\nET\nBT`);
    expect(pageContent(doc, 0)).toContain(`${hex('–')} Tj\nET\nBT`);
  });

  it('draws a hard hyphen that ends a line to read U+2010, which poppler keeps (it drops a line-final U+002D)', async () => {
    // "Renwick-Hale" broken at its own hyphen: pdftotext read "RenwickHale". A hyphen inside a
    // line, and the layout hyphen of a soft break, stay as they were.
    const doc = await pageWith(
      [
        '/P <</MCID 0>> BDC',
        line('Mary Renwick-', 50, 500),
        line('Hale and co-op', 50, 485),
        line('contradic~', 50, 470),
        hyphenAt(110, 470),
        line('tions.', 50, 455),
        'EMC',
      ].join('\n'),
    );
    const prepared = preparePages(doc)!;
    expect(prepared.layerCounts).toMatchObject({ hardHyphens: 1, lineEndHyphens: 1 });
    const content = pageContent(doc, 0);
    expect(content).toContain(`/F1c1 12 Tf\n${hex('-')} Tj\n/F1 12 Tf\nET`);
    expect(content.match(/F1c1/g)).toHaveLength(1);
    expect(prepared.layer[0]!.cased).toEqual([{ name: 'F1c1', font: 'F1', codes: [[0x2d, '\u2010']] }]);
    expect(prepared.text[0]!.mcids.get(0)!.text).toMatch(/^Mary Renwick\u2010 ?Hale and co-op /);
    expect(taggingFindings(content)).toEqual([]);
    const file = join(mkdtempSync(join(tmpdir(), 'text-layer-')), 'hard.pdf');
    writeFileSync(file, await doc.save());
    const poppler = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' });
    expect(poppler).toContain('Renwick\u2010\nHale and co-op');
    const pdfjs = await readPageTextWithPdfjs(new Uint8Array(readFileSync(file)));
    expect(pdfjs[0]!.mcids.get(0)!.text).toMatch(/Renwick\u2010\s*Hale and co-op/);
  });

  it('makes a tagged sequence that paints only shapes an artifact, and unwraps other spans inside tagged text', async () => {
    const doc = await pageWith(
      [
        '/Lbl <</MCID 0>> BDC',
        '10 10 m 12 12 l f',
        'EMC',
        '/P <</MCID 1>> BDC',
        line('T', 50, 500).replace('ET', `/Span<</ActualText (e) >> BDC\n6 0 Td\n${hex('E')} Tj\nEMC\nET`),
        'EMC',
      ].join('\n'),
    );
    const prepared = preparePages(doc)!;
    const content = pageContent(doc, 0);
    expect(prepared.layer[0]!.decorations).toEqual([0]);
    expect(content.startsWith('/Artifact <</Type /Layout>> BDC\n10 10 m')).toBe(true);
    expect(content).not.toContain('ActualText');
    expect(prepared.layerCounts).toMatchObject({ decorations: 1, unwrapped: 1 });
    expect(taggingFindings(content)).toEqual([]);
  });

  it('reads ActualText written as hex (UTF-16 with its mark) or as a literal', () => {
    expect(actualTextOf('<</ActualText <FEFF00AD> >>')).toBe('\u00ad');
    expect(actualTextOf('<</ActualText (e) /MCID 3>>')).toBe('e');
    expect(actualTextOf('<</ActualText (a\\)b)>>')).toBe('a)b');
    expect(actualTextOf('<</MCID 3>>')).toBeUndefined();
  });
});
