// Small tagged PDFs built with pdf-lib: one that meets the checklist, and a way to break one rule at a time.
import { deflateSync } from 'node:zlib';
import { PDFDocument, PDFHexString, PDFName, PDFString } from 'pdf-lib';
import { xmpPacket } from '../../../src/accessibility/metadata.ts';

export type Break =
  | 'none'
  | 'untagged'
  | 'nonstandard'
  | 'marked'
  | 'metadata'
  | 'displaydoctitle'
  | 'lang'
  | 'li'
  | 'heading'
  | 'noteid'
  | 'linktag'
  | 'linkcontents'
  | 'tabs'
  | 'outline'
  | 'pdfuaid'
  | 'nesting';

/** A one-page tagged PDF: H1, P with a link, a note, a list; `broken` breaks one rule. */
export async function samplePdf(broken: Break = 'none'): Promise<Uint8Array> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  const ctx = doc.context;
  const page = doc.addPage([420, 595]);
  // A Type 3 font: exempt from embedding (7.21.4.1-1), and its glyph names give pdfjs the text.
  const box = ctx.register(ctx.stream('500 0 d0 0 0 400 600 re f'));
  const names: Record<string, string> = { ' ': 'space', '1': 'one', '2': 'two' };
  for (const ch of 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ') names[ch] = ch;
  const codes = Object.keys(names)
    .map((c) => c.charCodeAt(0))
    .sort((a, b) => a - b);
  const first = codes[0]!;
  const last = codes.at(-1)!;
  const differences: unknown[] = [];
  for (const c of codes) differences.push(c, PDFName.of(names[String.fromCharCode(c)]!));
  const font = ctx.register(
    ctx.obj({
      Type: 'Font',
      Subtype: 'Type3',
      FontBBox: [0, 0, 500, 700],
      FontMatrix: [0.001, 0, 0, 0.001, 0, 0],
      FirstChar: first,
      LastChar: last,
      Widths: Array.from({ length: last - first + 1 }, () => 500),
      Encoding: ctx.obj({ Type: 'Encoding', Differences: differences as never }),
      CharProcs: ctx.obj(Object.fromEntries(Object.values(names).map((n) => [n, box]))),
      Resources: ctx.obj({}),
    } as never),
  );
  page.node.set(PDFName.of('Resources'), ctx.obj({ Font: ctx.obj({ F1: font }) }));
  const content = [
    '/H1 <</MCID 0>> BDC BT /F1 12 Tf 50 550 Td (Title) Tj ET EMC',
    broken === 'heading' ? '/H3 <</MCID 1>> BDC BT /F1 12 Tf 50 530 Td (Skip) Tj ET EMC' : '/H2 <</MCID 1>> BDC BT /F1 12 Tf 50 530 Td (Section) Tj ET EMC',
    '/P <</MCID 2>> BDC BT /F1 12 Tf 50 500 Td (Body) Tj ET EMC',
    '/Note <</MCID 3>> BDC BT /F1 12 Tf 50 480 Td (1 note) Tj ET EMC',
    '/LI <</MCID 4>> BDC BT /F1 12 Tf 50 460 Td (item) Tj ET EMC',
    broken === 'untagged' ? 'BT /F1 12 Tf 50 20 Td (12) Tj ET' : '/Artifact <</Type /Pagination>> BDC BT /F1 12 Tf 50 20 Td (12) Tj ET EMC',
    broken === 'nesting' ? '/P <</MCID 5>> BDC /Artifact BMC 0 0 1 1 re f EMC EMC' : '/P <</MCID 5>> BDC EMC',
  ].join('\n');
  page.node.set(PDFName.of('Contents'), ctx.register(ctx.stream(deflateSync(Buffer.from(content, 'latin1')), { Filter: 'FlateDecode' })));
  const annot = ctx.register(
    ctx.obj({
      Type: 'Annot',
      Subtype: 'Link',
      Rect: [50, 495, 80, 510],
      Border: [0, 0, 0],
      A: { S: 'URI', URI: PDFString.of('https://example.org') },
      ...(broken === 'linkcontents' ? {} : { Contents: PDFHexString.fromText('Body, example.org') }),
      StructParent: 1,
    }),
  );
  page.node.set(PDFName.of('Annots'), ctx.obj([annot]));
  if (broken !== 'tabs') page.node.set(PDFName.of('Tabs'), PDFName.of('S'));
  page.node.set(PDFName.of('StructParents'), ctx.obj(0));

  const elem = (s: string, k: unknown, extra: Record<string, unknown> = {}) =>
    ctx.register(ctx.obj({ Type: 'StructElem', S: s, Pg: page.ref, K: k as never, ...extra } as never));
  const h1 = elem('H1', 0);
  const h2 = elem(broken === 'heading' ? 'H3' : 'H2', 1);
  const link = elem(broken === 'linktag' ? 'Span' : 'Link', [ctx.obj({ Type: 'OBJR', Obj: annot })]);
  const p = elem(broken === 'nonstandard' ? 'Para' : 'P', [2, link]);
  const note = elem('Note', 3, broken === 'noteid' ? {} : { ID: PDFString.of('n1') });
  const lbody = elem('LBody', 4);
  const li = elem('LI', broken === 'li' ? 4 : [lbody]);
  const l = elem('L', [li]);
  const p2 = elem('P', 5);
  const docElem = elem('Document', [h1, h2, p, note, l, p2]);
  const parents = [h1, h2, p, note, broken === 'li' ? li : lbody, p2];
  const root = ctx.register(
    ctx.obj({ Type: 'StructTreeRoot', K: docElem, ParentTree: ctx.obj({ Nums: [0, ctx.obj(parents), 1, link] }), ParentTreeNextKey: 2 }),
  );
  doc.catalog.set(PDFName.of('StructTreeRoot'), root);
  if (broken !== 'marked') doc.catalog.set(PDFName.of('MarkInfo'), ctx.obj({ Marked: true }));
  if (broken !== 'lang') doc.catalog.set(PDFName.of('Lang'), PDFString.of('en'));
  if (broken !== 'displaydoctitle') doc.catalog.set(PDFName.of('ViewerPreferences'), ctx.obj({ DisplayDocTitle: true }));
  if (broken !== 'metadata') {
    const xmp = xmpPacket({ title: 'Sample', language: 'en', creators: ['Editor'] }, broken !== 'pdfuaid');
    doc.catalog.set(PDFName.of('Metadata'), ctx.register(ctx.stream(new TextEncoder().encode(xmp), { Type: 'Metadata', Subtype: 'XML' })));
  }
  if (broken !== 'outline') {
    const outlines = ctx.nextRef();
    const item = ctx.register(ctx.obj({ Title: PDFHexString.fromText('Title'), Parent: outlines, Dest: [page.ref, 'XYZ', null, 560, null] }));
    ctx.assign(outlines, ctx.obj({ Type: 'Outlines', First: item, Last: item, Count: 1 }));
    doc.catalog.set(PDFName.of('Outlines'), outlines);
  }
  return doc.save({ useObjectStreams: false });
}
