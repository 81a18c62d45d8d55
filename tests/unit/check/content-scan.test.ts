import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { PDFDocument, PDFName } from 'pdf-lib';
import { ContentScanner } from '../../../src/check/content-scan.ts';
import { PdfFile } from '../../../src/check/pdf-file.ts';
import { readPdf } from '../../../src/check/read.ts';
import { loadPdfJs } from '../../../src/util/pdfjs.ts';
import { samplePdf } from '../accessibility/fixtures.ts';

const CMAP = `/CIDInit /ProcSet findresource begin 12 dict begin begincmap
1 begincodespacerange <0000> <FFFF> endcodespacerange
4 beginbfchar <0001> <0048> <0002> <0069> <0003> <00AD> <0004> <0021> endbfchar
endcmap CMapName currentdict /CMap defineresource pop end end`;

/** A one-page PDF with the given content, an embedded Type 0 font F1 (codes 1-4: H i U+00AD !), a Type 1 font F2 not embedded, and a form Fm1. */
async function pagePdf(content: string, form = 'BT /F1 9 Tf <00010002> Tj ET', drawsItself = false): Promise<{ bytes: Uint8Array }> {
  const doc = await PDFDocument.create();
  const ctx = doc.context;
  const page = doc.addPage([200, 200]);
  const program = ctx.register(ctx.stream(new Uint8Array(16)));
  const descriptor = ctx.obj({ Type: 'FontDescriptor', FontName: 'Test', FontFile2: program });
  const cid = ctx.obj({ Type: 'Font', Subtype: 'CIDFontType2', BaseFont: 'Test', FontDescriptor: descriptor });
  const f1 = ctx.obj({
    Type: 'Font',
    Subtype: 'Type0',
    BaseFont: 'Test',
    Encoding: 'Identity-H',
    DescendantFonts: [cid],
    ToUnicode: ctx.register(ctx.flateStream(CMAP)),
  });
  const f2 = ctx.obj({ Type: 'Font', Subtype: 'Type1', BaseFont: 'Helvetica' });
  const fm1 = ctx.nextRef();
  ctx.assign(
    fm1,
    ctx.stream(form, {
      Type: 'XObject',
      Subtype: 'Form',
      BBox: [0, 0, 10, 10],
      Resources: { Font: { F1: f1 }, ...(drawsItself ? { XObject: { Fm1: fm1 } } : {}) },
    }),
  );
  const resources = ctx.obj({ Font: { F1: f1, F2: f2 }, XObject: { Fm1: fm1 }, Properties: { MC9: { MCID: 9 } } });
  page.node.set(PDFName.of('Resources'), resources);
  // Split over two streams, the second compressed, as a page's contents may be.
  const half = content.indexOf('\n');
  const first = ctx.register(ctx.stream(content.slice(0, half)));
  const second = ctx.register(ctx.stream(deflateSync(Buffer.from(content.slice(half + 1), 'latin1')), { Filter: 'FlateDecode' }));
  page.node.set(PDFName.of('Contents'), ctx.obj([first, second]));
  const bytes = await doc.save({ useObjectStreams: false });
  return { bytes };
}

const scan = async (content: string, form?: string, drawsItself?: boolean) => {
  const { bytes } = await pagePdf(content, form, drawsItself);
  const file = new PdfFile(bytes);
  return new ContentScanner(file).page(file.pages()[0]!.dict);
};

describe('ContentScanner', () => {
  it('reads the text of each MCID through the font’s ToUnicode, forms and named properties included', async () => {
    const page = await scan(
      '/P <</MCID 0>> BDC BT /F1 12 Tf 10 10 Td <0001 0002> Tj [<0003> -20 <0004>] TJ ET EMC\n' +
        '/Span <</MCID 1 /Lang (en)>> BDC /Fm1 Do EMC /P /MC9 BDC BT /F1 9 Tf (\\000\\001) Tj ET EMC',
    );
    expect(Object.fromEntries(page.content)).toEqual({ 0: 'Hi\u00ad!', 1: 'Hi', 9: 'H' });
    expect(page.opened.sort()).toEqual([0, 1, 9]);
    expect([...page.findings]).toEqual([]);
    expect(page.missingFonts).toEqual([]);
  });

  it('finds painting outside marked content, an inline image among it, past data that reads like operators', async () => {
    const page = await scan('/Artifact BMC 0 0 5 5 re f EMC\nBI /W 2 /H 1 /BPC 8 /CS /G ID (EMC) BDC EI /P <</MCID 0>> BDC EMC');
    expect([...page.findings]).toEqual(['untagged']);
    expect(page.opened).toEqual([0]);
  });

  it('finds an artifact inside tagged content and tagged content inside an artifact', async () => {
    expect([...(await scan('/P <</MCID 0>> BDC /Artifact BMC\n0 0 5 5 re f EMC EMC')).findings]).toEqual(['artifact-in-tagged']);
    expect([...(await scan('/Artifact BMC /P <</MCID 0>> BDC\n0 0 5 5 re f EMC EMC')).findings]).toEqual(['tagged-in-artifact']);
  });

  it('names a font whose program is not in the file, and reads its codes as Latin-1', async () => {
    const page = await scan('/P <</MCID 0>> BDC BT /F2 12 Tf (a\\(b\\)) Tj\nET EMC 0 0 1 1 re n');
    expect(page.missingFonts).toEqual(['Helvetica']);
    expect(page.content.get(0)).toBe('a(b)');
    // A path ended with n paints nothing.
    expect([...page.findings]).toEqual([]);
  });

  it('reads a form that draws itself to a bounded depth, and a page that draws forms without end to a bounded count', async () => {
    const once = await scan('/P <</MCID 0>> BDC /Fm1 Do EMC\n', 'BT /F1 9 Tf <0001> Tj ET /Fm1 Do', true);
    expect(once.content.get(0)).toBe('H'.repeat(12));
    // Ten draws of itself per level: 10^12 forms unbounded.
    const many = await scan('/P <</MCID 0>> BDC /Fm1 Do EMC\n', `BT /F1 9 Tf <0001> Tj ET ${'/Fm1 Do '.repeat(10)}`, true);
    expect(many.content.get(0)!.length).toBeLessThanOrEqual(10_001);
  });
});

describe('readPdf', () => {
  // pdf.js is a reader nobody here wrote: on the same tagged PDF, the text it finds inside each
  // MCID must be the text the checker's own scan finds.
  it('reads the same text per MCID as pdf.js', async () => {
    const bytes = await samplePdf();
    const view = await readPdf(bytes.slice());
    const pdfjs = await loadPdfJs();
    const doc = await pdfjs.getDocument({ data: bytes.slice(), disableFontFace: true, verbosity: 0 }).promise;
    const theirs = new Map<string, string>();
    for (let n = 1; n <= doc.numPages; n++) {
      const text = await (await doc.getPage(n)).getTextContent({ includeMarkedContent: true });
      const open: string[] = [];
      for (const item of text.items as Array<{ type?: string; id?: string; str?: string }>) {
        if (item.type === 'beginMarkedContentProps' || item.type === 'beginMarkedContent') open.push(item.id ?? '');
        else if (item.type === 'endMarkedContent') open.pop();
        else if (item.str !== undefined) {
          const id = open.find((x) => x);
          if (id) theirs.set(`${n - 1}:${id.replace(/^.*_mc/, '')}`, (theirs.get(`${n - 1}:${id.replace(/^.*_mc/, '')}`) ?? '') + item.str);
        }
      }
    }
    await doc.destroy();
    const ours = new Map(view.pages.flatMap((p, i) => [...p.content].filter(([, s]) => s).map(([id, s]) => [`${i}:${id}`, s] as const)));
    const squeeze = (m: Map<string, string>) => Object.fromEntries([...m].map(([k, s]) => [k, s.replace(/\s+/g, '')]).filter(([, s]) => s));
    expect(ours.size).toBeGreaterThan(3);
    expect(squeeze(ours)).toEqual(squeeze(theirs));
  });
});
