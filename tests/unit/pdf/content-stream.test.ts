import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ContentScanner, parseContentStream } from '../../../src/pdf/content-stream.ts';
import { markUntaggedAsArtifacts } from '../../../src/accessibility/artifacts.ts';

const scan = (text: string) => new ContentScanner(Buffer.from(text, 'latin1'));

describe('ContentScanner', () => {
  it('reads numbers as Number() does, whatever their shape', () => {
    const token = fc
      .array(fc.constantFrom('0', '1', '7', '9', '.', '-', '+', 'e', 'x', '123456789', '0000000'), { minLength: 1, maxLength: 12 })
      .map((p) => p.join(''));
    fc.assert(
      fc.property(fc.array(token, { minLength: 1, maxLength: 6 }), (tokens) => {
        const ops = scan(`${tokens.join(' ')} Td`);
        expect(ops.next()).toBe(true);
        for (let k = 0; k < ops.count; k++) expect(Object.is(ops.number(k), Number(ops.operand(k)))).toBe(true);
      }),
    );
  });

  it('rounds every decimal of up to 15 digits as Number() does', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 999_999_999_999_999 }), fc.nat(15), fc.boolean(), (mantissa, decimals, negative) => {
        const digits = String(mantissa);
        const at = Math.max(0, digits.length - decimals);
        const text = `${negative ? '-' : ''}${digits.slice(0, at)}.${digits.slice(at)}`;
        const ops = scan(`${text} Tz`);
        ops.next();
        expect(ops.number(0)).toBe(Number(text));
      }),
    );
  });

  it('gives each operation its operator, operand spans and raw span', () => {
    const ops = scan('q .5 0 0 -.5 0 595 cm\nBT /F4 9 Tf 7.35 0 Td <0053> Tj ET');
    const seen: string[] = [];
    while (ops.next()) seen.push(`${ops.op}(${Array.from({ length: ops.count }, (_, k) => ops.operand(k)).join(',')})`);
    expect(seen).toEqual(['q()', 'cm(.5,0,0,-.5,0,595)', 'BT()', 'Tf(/F4,9)', 'Td(7.35,0)', 'Tj(<0053>)', 'ET()']);
  });

  it('keeps an inline image whole, binary data and all', () => {
    const ops = parseContentStream('q BI /W 1 /H 1 ID \x00EI) Tj\n EI Q');
    expect(ops.map((o) => o.op)).toEqual(['q', 'BI', 'Q']);
    expect(ops[1]!.raw).toBe('BI /W 1 /H 1 ID \x00EI) Tj\n EI');
  });

  it('does not read an image again when no ID follows BI', () => {
    expect(parseContentStream('x EI y BI /W 1').map((o) => o.op)).toEqual(['x', 'EI', 'y', 'BI']);
  });
});

describe('markUntaggedAsArtifacts output', () => {
  const opts = { pageHeight: 600, topBand: 46, bottomBand: 52 };

  it('puts one operation on each line, comments dropped, and changes nothing else', () => {
    const src = '/P <</MCID 0>> BDC BT 1 0 0 1 50 300 Tm\t(a) Tj\r\n% a comment\n2 0 Td (b) Tj ET EMC';
    expect(markUntaggedAsArtifacts(src, opts)).toEqual({
      text: '/P <</MCID 0>> BDC\nBT\n1 0 0 1 50 300 Tm\n(a) Tj\n2 0 Td\n(b) Tj\nET\nEMC',
      added: { Pagination: 0, Layout: 0 },
    });
  });
});
