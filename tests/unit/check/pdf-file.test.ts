import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { PDFDocument, PDFHexString, PDFName, PDFString } from 'pdf-lib';
import { Name, PdfFile, Ref, Stream, textString } from '../../../src/check/pdf-file.ts';
import { checkPdf } from '../../../src/check/index.ts';
import { samplePdf } from '../accessibility/fixtures.ts';

const ascii = (s: string) => new TextEncoder().encode(s);

/** A PDF written by hand: objects at the offsets its table gives, or (`shift`) all off by some bytes. */
function handPdf(objects: string[], shift = 0): Uint8Array {
  let out = '%PDF-1.7\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(out.length + shift);
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Uint8Array.from(Buffer.from(out, 'latin1'));
}

const PAGES = [
  '<< /Type /Catalog /Pages 2 0 R /Lang (fr) >>',
  '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
  '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 10 10] >>',
];

describe('PdfFile', () => {
  it('reads objects by the cross-reference table: names, references, strings, numbers', () => {
    const file = new PdfFile(handPdf(PAGES));
    expect(file.text(file.catalog.get('Lang'))).toBe('fr');
    expect(file.pages()).toHaveLength(1);
    expect(file.catalog.get('Pages')).toBeInstanceOf(Ref);
    expect(file.array(file.pages()[0]!.dict.get('MediaBox'))).toEqual([0, 0, 10, 10]);
    expect(file.name(file.pages()[0]!.dict.get('Type'))).toBe('Page');
    expect(Name.of('Page')).toBe(Name.of('Page'));
  });

  it('finds objects in the bytes when the cross-reference offsets are wrong', () => {
    const file = new PdfFile(handPdf(PAGES, 7));
    expect(file.pages()).toHaveLength(1);
    expect(file.text(file.catalog.get('Lang'))).toBe('fr');
  });

  it('reads a stream by its /Length, or to endstream when the length is wrong, and inflates it', () => {
    const data = 'BT (Hello) Tj ET';
    const z = Buffer.from(deflateSync(Buffer.from(data))).toString('latin1');
    const good = new PdfFile(handPdf([...PAGES, `<< /Length ${z.length} /Filter /FlateDecode >>\nstream\n${z}\nendstream`]));
    const s = good.get(new Ref(4, 0));
    expect(s).toBeInstanceOf(Stream);
    expect(Buffer.from(good.bytes(s as Stream)).toString()).toBe(data);
    const wrong = new PdfFile(handPdf([...PAGES, `<< /Length 3 >>\nstream\n${data}\nendstream`]));
    expect(Buffer.from(wrong.bytes(wrong.get(new Ref(4, 0)) as Stream)).toString()).toBe(data);
  });

  it('reads cross-reference streams and object streams (pdf-lib writes them so), giving the same check as the table form', async () => {
    const bytes = await samplePdf();
    const doc = await PDFDocument.load(bytes);
    const streamed = await doc.save({ useObjectStreams: true });
    expect(Buffer.from(streamed).toString('latin1')).toContain('/ObjStm');
    const a = await checkPdf(bytes);
    const b = await checkPdf(streamed);
    expect(b).toEqual(a);
    expect(b.filter((r) => !r.ok)).toEqual([]);
  });

  it('decodes text strings: UTF-16 with its mark, PDFDocEncoding otherwise', async () => {
    expect(textString(Uint8Array.from([0xfe, 0xff, 0x00, 0x48, 0x01, 0x41]))).toBe('HŁ');
    expect(textString(Uint8Array.from([0x48, 0x84, 0x93, 0xe9]))).toBe('H—ﬁé');
    const doc = await PDFDocument.create();
    doc.addPage();
    doc.catalog.set(PDFName.of('Lang'), PDFHexString.fromText('Ł'));
    doc.catalog.set(PDFName.of('X'), PDFString.of('a\\(b\\)\\101'));
    const file = new PdfFile(await doc.save({ useObjectStreams: false }));
    expect(file.text(file.catalog.get('Lang'))).toBe('Ł');
    expect(file.text(file.catalog.get('X'))).toBe('a(b)A');
  });

  it('refuses what is not a PDF, and an encrypted one, with a reason', () => {
    expect(() => new PdfFile(ascii('hello'))).toThrow(/%PDF-/);
    const encrypted = handPdf(PAGES);
    const text = Buffer.from(encrypted).toString('latin1').replace('/Root 1 0 R', '/Root 1 0 R /Encrypt << /Filter /Standard >>');
    expect(() => new PdfFile(Buffer.from(text, 'latin1'))).toThrow(/encrypted/);
  });

  it('ends a page tree that loops', () => {
    const file = new PdfFile(handPdf(['<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [2 0 R 3 0 R] >>', '<< /Type /Page /Parent 2 0 R >>']));
    expect(file.pages()).toHaveLength(1);
  });
});
