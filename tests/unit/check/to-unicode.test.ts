import { describe, expect, it } from 'vitest';
import { toUnicodeMap } from '../../../src/check/to-unicode.ts';

const bytes = (...b: number[]) => Uint8Array.from(b);
const cmap = (body: string) =>
  new TextEncoder().encode(
    `/CIDInit /ProcSet findresource begin 12 dict begin begincmap\n${body}\nendcmap CMapName currentdict /CMap defineresource pop end end`,
  );

describe('toUnicodeMap', () => {
  it('reads bfchar entries, two-byte codes by the codespace', () => {
    const map = toUnicodeMap(cmap('1 begincodespacerange <0000> <FFFF> endcodespacerange\n2 beginbfchar <0003> <0041> <0004> <00AD> endbfchar'), 2);
    expect(map.decode(bytes(0, 3, 0, 4, 0, 3))).toBe('A\u00adA');
  });

  it('counts a bfrange up from its first destination, and reads one given as an array', () => {
    const map = toUnicodeMap(
      cmap('1 begincodespacerange <00> <FF> endcodespacerange\n2 beginbfrange <20> <22> <0061> <30> <31> [<0066006C> <00E9>] endbfrange'),
      1,
    );
    expect(map.decode(bytes(0x20, 0x21, 0x22, 0x30, 0x31))).toBe('abcfl\u00e9');
  });

  it('splits codes of mixed lengths by the codespace ranges', () => {
    const map = toUnicodeMap(cmap('2 begincodespacerange <00> <7F> <8000> <FFFF> endcodespacerange\n2 beginbfchar <41> <0041> <8001> <20AC> endbfchar'), 2);
    expect(map.decode(bytes(0x41, 0x80, 0x01, 0x41))).toBe('A\u20acA');
  });

  it('reads a simple font without a map as Latin-1, a composite one as nothing', () => {
    expect(toUnicodeMap(undefined, 1).decode(bytes(0x48, 0x69))).toBe('Hi');
    expect(toUnicodeMap(undefined, 2).decode(bytes(0, 0x48))).toBe('');
  });

  it('reads an unmapped code of a mapped font as nothing', () => {
    const map = toUnicodeMap(cmap('1 beginbfchar <0003> <0041> endbfchar'), 2);
    expect(map.decode(bytes(0, 3, 0, 9))).toBe('A');
  });
});

describe('toUnicodeMap without a ToUnicode stream', () => {
  it("reads a simple font's codes by the glyph names of its Differences", () => {
    const map = toUnicodeMap(
      undefined,
      1,
      new Map([
        [1, 'T'],
        [2, 'one'],
        [3, 'uni00E9'],
        [4, 'endash'],
      ]),
    );
    expect(map.decode(Uint8Array.from([1, 2, 3, 4]))).toBe('T1\u00e9\u2013');
  });
});
