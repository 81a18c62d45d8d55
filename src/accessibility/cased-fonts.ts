import { deflateSync } from 'node:zlib';
import { PDFName, type PDFDocument, type PDFPage } from 'pdf-lib';
import { fontInfo, lookupDict, type FontInfo } from '../pdf/fonts.ts';

/**
 * A page's cased font copies (text-layer.ts): for each, its resource name, the font it copies
 * and the codes whose text differs from the font's.
 */
export type CasedFonts = Map<string, { font: string; codes: Map<number, string> }>;

/**
 * Add each cased copy to the page's fonts: the font's dictionary with a ToUnicode of its own
 * (every code of the font's, those of `codes` changed), the same descendant font and font
 * program. A copy's name is its page's own, so a /Font dictionary shared by pages stays right.
 */
export function addCasedFonts(doc: PDFDocument, page: PDFPage, copies: CasedFonts, fonts: Map<string, FontInfo | null>): void {
  if (!copies.size) return;
  const resources = page.node.Resources();
  const fontDict = resources ? lookupDict(doc, resources.get(PDFName.of('Font'))) : undefined;
  if (!fontDict) return;
  for (const [name, { font, codes }] of copies) {
    const original = lookupDict(doc, fontDict.get(PDFName.of(font)));
    if (!original) continue;
    const unicode = fontInfo(doc, fontDict, font, fonts).unicode.slice();
    for (const [code, text] of codes) unicode[code] = text;
    const copy = original.clone(doc.context);
    // node:zlib, not pdf-lib's pure-JS deflate (flateStream): a copy's map holds every code of its font.
    const cmap = deflateSync(Buffer.from(toUnicodeCMap(unicode), 'latin1'));
    copy.set(PDFName.of('ToUnicode'), doc.context.register(doc.context.stream(cmap, { Filter: 'FlateDecode' })));
    fontDict.set(PDFName.of(name), doc.context.register(copy));
  }
}

/** A ToUnicode CMap (bfchar entries, 100 a block) for two-byte codes. */
export function toUnicodeCMap(unicode: readonly (string | undefined)[]): string {
  const hex = (s: string) =>
    Array.from(s)
      .flatMap((c) => {
        const cp = c.codePointAt(0)!;
        return cp > 0xffff ? [0xd800 + ((cp - 0x10000) >> 10), 0xdc00 + ((cp - 0x10000) & 0x3ff)] : [cp];
      })
      .map((u) => u.toString(16).toUpperCase().padStart(4, '0'))
      .join('');
  const entries: string[] = [];
  unicode.forEach((text, code) => {
    if (text) entries.push(`<${code.toString(16).toUpperCase().padStart(4, '0')}> <${hex(text)}>`);
  });
  const blocks: string[] = [];
  for (let i = 0; i < entries.length; i += 100) {
    const block = entries.slice(i, i + 100);
    blocks.push(`${block.length} beginbfchar\n${block.join('\n')}\nendbfchar`);
  }
  return [
    '/CIDInit /ProcSet findresource begin',
    '12 dict begin',
    'begincmap',
    '/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def',
    '/CMapName /Adobe-Identity-UCS def',
    '/CMapType 2 def',
    '1 begincodespacerange',
    '<0000> <FFFF>',
    'endcodespacerange',
    ...blocks,
    'endcmap',
    'CMapName currentdict /CMap defineresource pop',
    'end',
    'end',
    '',
  ].join('\n');
}
