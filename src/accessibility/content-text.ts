import { PDFArray, PDFDict, PDFName, PDFNumber, PDFRef, PDFStream, type PDFDocument, type PDFObject } from 'pdf-lib';
import type { Operation } from './content-stream.ts';
import { IDENTITY, multiply, type Matrix } from './matrix.ts';
import { pageOperations, streamBytes } from './page-content.ts';
import type { PageText, TextRun } from './page-text.ts';

/**
 * The text of every marked-content sequence, read straight from the content streams of the
 * PDF that Chromium (Skia) writes: Type0 fonts with Identity-H encoding and a ToUnicode map,
 * one operator stream per page, no text inside form XObjects. That is about 20× faster
 * than pdfjs's getTextContent (no font programs parsed, no second load of the file).
 * Anything outside that shape returns undefined and the caller falls back to pdfjs;
 * a test holds the two readers to the same result on a real book.
 */
export function readContentText(doc: PDFDocument): PageText[] | undefined {
  const fonts = new Map<string, FontInfo | null>();
  const pages: PageText[] = [];
  for (const [i, page] of doc.getPages().entries()) {
    const resources = page.node.Resources();
    const text = readPage(doc, pageOperations(doc, i), resources, fonts);
    if (!text) return undefined;
    pages.push(text);
  }
  return pages;
}

interface FontInfo {
  unicode: Map<number, string>;
  widths: Map<number, number>;
  defaultWidth: number;
}

function readPage(doc: PDFDocument, ops: Operation[], resources: PDFDict | undefined, fonts: Map<string, FontInfo | null>): PageText | undefined {
  const result: PageText = { mcids: new Map(), untagged: [] };
  const fontDict = resources ? lookupDict(doc, resources.get(PDFName.of('Font'))) : undefined;
  const xobjects = resources ? lookupDict(doc, resources.get(PDFName.of('XObject'))) : undefined;
  let ctm: Matrix = IDENTITY;
  const saved: Matrix[] = [];
  let tm: Matrix = IDENTITY;
  let tlm: Matrix = IDENTITY;
  let font: FontInfo | undefined;
  let size = 0;
  // Word spacing (Tw) never applies: it acts on the one-byte code 32, and these codes are two bytes.
  let charSpacing = 0;
  let scale = 1;
  let leading = 0;
  let rise = 0;
  const marks: Array<number | null> = [];
  // The run being built, and the MCID it belongs to (undefined: untagged).
  let run: TextRun | undefined;
  let runMcid: number | undefined;
  let runLine = NaN;

  let pendingSpace: number | undefined;
  const flush = () => {
    if (!run) return;
    if (pendingSpace !== undefined) run.str += ' ';
    pendingSpace = undefined;
    if (runMcid === undefined) {
      if (run.str.trim()) result.untagged.push(run);
    } else if (run.str.trim()) {
      const entry = result.mcids.get(runMcid) ?? { text: '', runs: [] };
      entry.text += run.str;
      entry.runs.push(run);
      result.mcids.set(runMcid, entry);
    } else {
      // A lone space is no content of its own (pdfjs drops it too); it still separates words.
      const entry = result.mcids.get(runMcid);
      if (entry) entry.text += run.str;
    }
    run = undefined;
  };

  const show = (codes: number[]) => {
    if (!font) throw new Unsupported();
    const mcid = marks.find((m): m is number => m !== null);
    for (const code of codes) {
      const trm = multiply(multiply([size * scale, 0, 0, size, 0, rise], tm), ctm);
      if (trm[1] !== 0 || trm[2] !== 0) throw new Unsupported(); // rotated or skewed text
      const x = trm[4];
      const y = trm[5];
      const glyphSize = Math.abs(trm[3]);
      const advance = ((font.widths.get(code) ?? font.defaultWidth) / 1000) * size + charSpacing;
      const userAdvance = advance * scale * multiply(tm, ctm)[0];
      const str = font.unicode.get(code) ?? '';
      const continues = run && runMcid === mcid && Math.abs(y - runLine) < 0.01 && Math.abs(glyphSize - run.size) < 0.01 && x - (run.x + run.width) < glyphSize * 0.5 && x - (run.x + run.width) > -glyphSize * 0.5;
      if (continues && run) {
        // Chromium draws an unbroken soft hyphen as a space glyph that the next glyph overlaps:
        // a space counts only where the next glyph really stands apart (pdfjs does the same).
        if (pendingSpace !== undefined && x - pendingSpace >= glyphSize * 0.1) run.str += ' ';
        pendingSpace = undefined;
      } else {
        // A new line within the same sequence reads as a space, as pdfjs's hasEOL does.
        if (run && runMcid === mcid && Math.abs(y - runLine) >= 0.01) pendingSpace ??= run.x + run.width;
        flush();
        run = { x, y, width: 0, size: glyphSize, str: '' };
        runMcid = mcid;
        runLine = y;
      }
      if (str === ' ') pendingSpace ??= x;
      else {
        // A run that opens with a space keeps it in its text but starts where the ink does.
        if (run!.str === ' ' && run!.width === 0) run!.x = x;
        run!.str += str;
        run!.width = x + userAdvance - run!.x;
      }
      tm = multiply([1, 0, 0, 1, advance * scale, 0], tm);
    }
  };

  try {
    for (const op of ops) {
      const o = op.operands;
      switch (op.op) {
        case 'q':
          saved.push(ctm);
          break;
        case 'Q':
          ctm = saved.pop() ?? IDENTITY;
          break;
        case 'cm':
          ctm = multiply(numbers(o, 6) as Matrix, ctm);
          break;
        case 'BT':
          tm = tlm = IDENTITY;
          break;
        case 'ET':
          break;
        case 'Tf': {
          const name = o[0]!.slice(1);
          size = Number(o[1]);
          font = fontInfo(doc, fontDict, name, fonts);
          break;
        }
        case 'Tc':
          charSpacing = Number(o[0]);
          break;
        case 'Tz':
          scale = Number(o[0]) / 100;
          break;
        case 'TL':
          leading = Number(o[0]);
          break;
        case 'Ts':
          rise = Number(o[0]);
          break;
        case 'Td':
        case 'TD': {
          const [tx, ty] = numbers(o, 2);
          if (op.op === 'TD') leading = -ty!;
          tm = tlm = multiply([1, 0, 0, 1, tx!, ty!], tlm);
          break;
        }
        case 'Tm':
          tm = tlm = numbers(o, 6) as Matrix;
          break;
        case 'T*':
          tm = tlm = multiply([1, 0, 0, 1, 0, -leading], tlm);
          break;
        case 'Tj':
          show(codesOf(o[0]!));
          break;
        case "'":
          tm = tlm = multiply([1, 0, 0, 1, 0, -leading], tlm);
          show(codesOf(o[0]!));
          break;
        case '"':
          charSpacing = Number(o[1]);
          tm = tlm = multiply([1, 0, 0, 1, 0, -leading], tlm);
          show(codesOf(o[2]!));
          break;
        case 'TJ':
          for (const part of arrayItems(o[0]!)) {
            if (typeof part === 'number') tm = multiply([1, 0, 0, 1, (-part / 1000) * size * scale, 0], tm);
            else show(codesOf(part));
          }
          break;
        case 'BDC': {
          const m = /\/MCID\s+(\d+)/.exec(o[1] ?? '');
          if (o[1]?.startsWith('/')) throw new Unsupported(); // properties by name: not Chromium's shape
          marks.push(m ? Number(m[1]) : null);
          break;
        }
        case 'BMC':
          marks.push(null);
          break;
        case 'EMC':
          marks.pop();
          break;
        case 'Do': {
          const x = xobjects ? doc.context.lookup(xobjects.get(PDFName.of(o[0]!.slice(1)))) : undefined;
          if (x instanceof PDFStream && x.dict.get(PDFName.of('Subtype')) === PDFName.of('Form')) throw new Unsupported();
          break;
        }
      }
    }
  } catch (error) {
    if (error instanceof Unsupported) return undefined;
    throw error;
  }
  flush();
  return result;
}

class Unsupported extends Error {}

function numbers(operands: string[], n: number): number[] {
  if (operands.length < n) throw new Unsupported();
  return operands.slice(-n).map(Number);
}

/** Two-byte codes of a hex or literal string operand (Identity-H). */
function codesOf(token: string): number[] {
  const bytes = token.startsWith('<') ? hexBytes(token.slice(1, -1)) : literalBytes(token);
  const codes: number[] = [];
  for (let i = 0; i + 1 < bytes.length; i += 2) codes.push((bytes[i]! << 8) | bytes[i + 1]!);
  return codes;
}

function hexBytes(hex: string): number[] {
  const clean = hex.replace(/\s+/g, '');
  const out: number[] = [];
  for (let i = 0; i < clean.length; i += 2) out.push(parseInt(clean.slice(i, i + 2).padEnd(2, '0'), 16));
  return out;
}

const ESCAPES: Record<string, number> = { n: 10, r: 13, t: 9, b: 8, f: 12, '(': 40, ')': 41, '\\': 92 };

function literalBytes(token: string): number[] {
  const s = token.slice(1, -1);
  const out: number[] = [];
  for (let i = 0; i < s.length; i++) {
    const ch = s[i]!;
    if (ch !== '\\') {
      out.push(s.charCodeAt(i) & 0xff);
      continue;
    }
    const next = s[++i] ?? '';
    if (next in ESCAPES) out.push(ESCAPES[next]!);
    else if (/[0-7]/.test(next)) {
      let oct = next;
      while (oct.length < 3 && /[0-7]/.test(s[i + 1] ?? '')) oct += s[++i];
      out.push(parseInt(oct, 8) & 0xff);
    } else if (next === '\r' && s[i + 1] === '\n') i++;
    else if (next !== '\n' && next !== '\r') out.push(next.charCodeAt(0) & 0xff);
  }
  return out;
}

/** Items of a TJ array: strings (raw tokens) and numbers. */
function arrayItems(token: string): Array<string | number> {
  const items: Array<string | number> = [];
  const re = /<[^>]*>|\((?:\\.|[^\\)])*\)|[-+]?(?:\d+\.?\d*|\.\d+)/gs;
  for (const m of token.slice(1, -1).matchAll(re)) items.push(m[0].startsWith('<') || m[0].startsWith('(') ? m[0] : Number(m[0]));
  return items;
}

function lookupDict(doc: PDFDocument, obj: PDFObject | undefined): PDFDict | undefined {
  const v = obj instanceof PDFRef ? doc.context.lookup(obj) : obj;
  return v instanceof PDFDict ? v : undefined;
}

function fontInfo(doc: PDFDocument, fontDict: PDFDict | undefined, name: string, cache: Map<string, FontInfo | null>): FontInfo {
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
  return { unicode: parseToUnicode(streamBytes(toUnicode).toString('latin1')), widths: parseWidths(doc, doc.context.lookup(cid.get(PDFName.of('W')))), defaultWidth: dw instanceof PDFNumber ? dw.asNumber() : 1000 };
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
  for (let i = 0; i < items.length; ) {
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
