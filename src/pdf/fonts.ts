import { PDFArray, PDFDict, PDFName, PDFNumber, PDFRef, PDFStream, type PDFDocument, type PDFObject } from 'pdf-lib';
import { streamBytes } from './page-bytes.ts';
import { hexBytes } from './strings.ts';

/** What reading text needs of a Type0/Identity-H font: each code's text and width. */
export interface FontInfo {
  /** Text by code (arrays, not maps: looked up once a glyph). */
  unicode: string[];
  widths: number[];
  defaultWidth: number;
  /** A code whose text is a space (U+0020), or -1: a space that finishing adds at a line end is drawn with it. */
  space: number;
}

/** Content outside the shape of Chromium's PDFs (another font type, text in a form XObject…): callers fall back to pdfjs. */
export class Unsupported extends Error {}

/** A dictionary, or the dictionary a reference points at; undefined for anything else. */
export function lookupDict(doc: PDFDocument, obj: PDFObject | undefined): PDFDict | undefined {
  const v = obj instanceof PDFRef ? doc.context.lookup(obj) : obj;
  return v instanceof PDFDict ? v : undefined;
}

/** The font `name` of a page's /Font dictionary, parsed once per document (`cache`, by reference); throws Unsupported for a font outside Chromium's shape. */
export function fontInfo(doc: PDFDocument, fontDict: PDFDict | undefined, name: string, cache: Map<string, FontInfo | null>): FontInfo {
  const ref = fontDict?.get(PDFName.of(name));
  const key = ref instanceof PDFRef ? ref.toString() : `${name}@${String(fontDict)}`;
  let info = cache.get(key);
  if (info === undefined) {
    info = parseFont(doc, lookupDict(doc, ref)) ?? null;
    cache.set(key, info);
  }
  if (!info) throw new Unsupported();
  return info;
}

function parseFont(doc: PDFDocument, font: PDFDict | undefined): FontInfo | undefined {
  if (!font || font.get(PDFName.of('Subtype')) !== PDFName.of('Type0') || font.get(PDFName.of('Encoding')) !== PDFName.of('Identity-H')) return undefined;
  const toUnicode = doc.context.lookup(font.get(PDFName.of('ToUnicode')));
  if (!(toUnicode instanceof PDFStream)) return undefined;
  const descendants = doc.context.lookup(font.get(PDFName.of('DescendantFonts')));
  const cid = descendants instanceof PDFArray ? lookupDict(doc, descendants.get(0)) : undefined;
  if (!cid) return undefined;
  const dw = doc.context.lookup(cid.get(PDFName.of('DW')));
  const unicode = byCode(parseToUnicode(streamBytes(toUnicode).toString('latin1')));
  return {
    unicode,
    widths: byCode(parseWidths(doc, doc.context.lookup(cid.get(PDFName.of('W'))))),
    defaultWidth: dw instanceof PDFNumber ? dw.asNumber() : 1000,
    space: unicode.indexOf(' '),
  };
}

/** A map's entries in an array indexed by the (numeric) keys. */
function byCode<T>(map: Map<number, T>): T[] {
  const out: T[] = [];
  for (const [code, value] of map) out[code] = value;
  return out;
}

/** A ToUnicode CMap's bfchar and bfrange entries: code -> text. */
export function parseToUnicode(cmap: string): Map<number, string> {
  const map = new Map<number, string>();
  const utf16 = (hex: string) => {
    const b = hexBytes(hex);
    let s = '';
    for (let i = 0; i + 1 < b.length; i += 2) s += String.fromCharCode((b[i]! << 8) | b[i + 1]!);
    return s;
  };
  for (const section of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const m of section[1]!.matchAll(/<([0-9a-fA-F\s]+)>\s*<([0-9a-fA-F\s]*)>/g)) map.set(parseInt(m[1]!.replace(/\s+/g, ''), 16), utf16(m[2]!));
  }
  for (const section of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    for (const m of section[1]!.matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>\s*(<[0-9a-fA-F\s]*>|\[[^\]]*\])/g)) {
      const lo = parseInt(m[1]!, 16);
      const hi = parseInt(m[2]!, 16);
      if (m[3]!.startsWith('[')) {
        const dsts = [...m[3]!.matchAll(/<([0-9a-fA-F\s]*)>/g)].map((d) => utf16(d[1]!));
        for (let c = lo; c <= hi && c - lo < dsts.length; c++) map.set(c, dsts[c - lo]!);
      } else {
        const base = utf16(m[3]!.slice(1, -1));
        // The last UTF-16 unit increments across the range.
        for (let c = lo; c <= hi; c++) map.set(c, base.slice(0, -1) + String.fromCharCode(base.charCodeAt(base.length - 1) + (c - lo)));
      }
    }
  }
  return map;
}

/** A CIDFont's /W array: `c [w1 w2 …]` or `cFirst cLast w`. */
function parseWidths(doc: PDFDocument, w: PDFObject | undefined): Map<number, number> {
  const widths = new Map<number, number>();
  if (!(w instanceof PDFArray)) return widths;
  const items = w.asArray().map((x) => (x instanceof PDFRef ? doc.context.lookup(x) : x));
  for (let i = 0; i < items.length;) {
    const first = items[i];
    const next = items[i + 1];
    if (!(first instanceof PDFNumber)) break;
    if (next instanceof PDFArray) {
      next.asArray().forEach((x, k) => {
        if (x instanceof PDFNumber) widths.set(first.asNumber() + k, x.asNumber());
      });
      i += 2;
    } else if (next instanceof PDFNumber && items[i + 2] instanceof PDFNumber) {
      for (let c = first.asNumber(); c <= next.asNumber(); c++) widths.set(c, (items[i + 2] as PDFNumber).asNumber());
      i += 3;
    } else break;
  }
  return widths;
}
