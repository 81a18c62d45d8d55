import { PDFName, PDFStream, type PDFDict, type PDFDocument } from 'pdf-lib';
import { ContentScanner } from './content-stream.ts';
import { fontInfo, lookupDict, Unsupported, type FontInfo } from './fonts.ts';
import { copyMatrix, IDENTITY, multiplyInto, mutableMatrix, translateInPlace, type MutableMatrix } from './matrix.ts';
import { pageBytes } from './page-bytes.ts';
import type { PageText, TextRun } from './page-text-types.ts';
import { hexBytes, literalBytes } from './strings.ts';

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
    const reader = new PageTextReader(doc, page.node.Resources(), fonts);
    const ops = new ContentScanner(pageBytes(doc, i));
    try {
      while (ops.next()) reader.read(ops);
    } catch (error) {
      if (error instanceof Unsupported) return undefined;
      throw error;
    }
    pages.push(reader.finish());
  }
  return pages;
}

/**
 * One page's text, read one operation at a time. After a show operation, the fields under
 * "the last show" say where its glyphs stood: finishing's text-layer pass reads them to find
 * line ends without reading the page a second time.
 */
export class PageTextReader {
  // The last show operation: its first glyph's origin, its last glyph's origin and end (device
  // space), the last glyph's size and text, and how many glyphs it drew.
  /** Glyphs the last show operation drew. */
  shown = 0;
  firstX = 0;
  firstY = 0;
  lastX = 0;
  lastY = 0;
  /** Where the last glyph's advance ended. */
  lastEnd = 0;
  lastSize = 0;
  lastText = '';
  /** The resource name of the current font (`F4`), and the font. */
  fontName = '';
  font: FontInfo | undefined;
  /** Horizontal scaling (Tz / 100). */
  scale = 1;
  private result: PageText = { mcids: new Map(), untagged: [] };
  private fontDict: PDFDict | undefined;
  private xobjects: PDFDict | undefined;
  // The matrices change in place, once a glyph, rather than as new arrays.
  private ctm = mutableMatrix(IDENTITY);
  private saved: MutableMatrix[] = [];
  private tm = mutableMatrix(IDENTITY);
  private tlm = mutableMatrix(IDENTITY);
  /** Scratch: the text rendering matrix of a glyph, and its parameters. */
  private trm = mutableMatrix(IDENTITY);
  private params = mutableMatrix(IDENTITY);
  private size = 0;
  /** The size of the current font (Tf's operand). */
  get fontSize(): number {
    return this.size;
  }
  // Word spacing (Tw) never applies: it acts on the one-byte code 32, and these codes are two bytes.
  private charSpacing = 0;
  private leading = 0;
  private rise = 0;
  private marks: Array<number | null> = [];
  /** The entry of `marks` that `renumber` changes (-1: none yet). */
  private outer = -1;
  /** The outermost MCID of the marked content open now (undefined: untagged content). */
  mcid: number | undefined;
  // The run being built, and the MCID it belongs to (undefined: untagged).
  private run: TextRun | undefined;
  private runMcid: number | undefined;
  private runLine = NaN;
  private pendingSpace: number | undefined;
  private byName = new Map<string, FontInfo>();

  constructor(
    private doc: PDFDocument,
    resources: PDFDict | undefined,
    private fonts: Map<string, FontInfo | null>,
  ) {
    this.fontDict = resources ? lookupDict(doc, resources.get(PDFName.of('Font'))) : undefined;
    this.xobjects = resources ? lookupDict(doc, resources.get(PDFName.of('XObject'))) : undefined;
  }

  /** Take the scanner's current operation; throws Unsupported for content outside Chromium's shape. */
  read(ops: ContentScanner): void {
    switch (ops.op) {
      case 'q':
        this.saved.push(this.ctm.slice());
        break;
      case 'Q':
        copyMatrix(this.ctm, this.saved.pop() ?? IDENTITY);
        break;
      case 'cm':
        multiplyInto(this.ctm, lastNumbers(ops, 6), this.ctm);
        break;
      case 'BT':
        this.setLine(IDENTITY);
        break;
      case 'Tf':
        this.size = ops.number(1);
        this.fontName = ops.operand(0).slice(1);
        this.font = this.fontNamed(this.fontName);
        break;
      case 'Tc':
        this.charSpacing = ops.number(0);
        break;
      case 'Tz':
        this.scale = ops.number(0) / 100;
        break;
      case 'TL':
        this.leading = ops.number(0);
        break;
      case 'Ts':
        this.rise = ops.number(0);
        break;
      case 'Td':
      case 'TD': {
        if (ops.count < 2) throw new Unsupported();
        const tx = ops.number(ops.count - 2);
        const ty = ops.number(ops.count - 1);
        if (ops.op === 'TD') this.leading = -ty;
        translateInPlace(this.tlm, tx, ty);
        copyMatrix(this.tm, this.tlm);
        break;
      }
      case 'Tm':
        this.setLine(lastNumbers(ops, 6));
        break;
      case 'T*':
        this.nextLine();
        break;
      case 'Tj':
        this.shown = 0;
        this.show(ops, 0);
        break;
      case "'":
        this.shown = 0;
        this.nextLine();
        this.show(ops, 0);
        break;
      case '"':
        this.shown = 0;
        this.charSpacing = ops.number(1);
        this.nextLine();
        this.show(ops, 2);
        break;
      case 'TJ':
        this.shown = 0;
        for (const part of arrayItems(ops.operand(0))) {
          if (typeof part === 'number') translateInPlace(this.tm, (-part / 1000) * this.size * this.scale, 0);
          else this.showCodes(codesOf(part));
        }
        break;
      case 'BDC':
        if (ops.count > 1 && ops.bytes[ops.operandStart(1)] === 0x2f) throw new Unsupported(); // properties by name: not Chromium's shape
        this.mark(ops.count > 1 ? mcidOf(ops.bytes, ops.operandStart(1), ops.operandEnd(1)) : null);
        break;
      case 'BMC':
        this.mark(null);
        break;
      case 'EMC':
        if (this.marks.length - 1 === this.outer) this.outer = -1;
        this.marks.pop();
        this.mcid = this.marks.find((m): m is number => m !== null);
        break;
      case 'Do': {
        const x = this.xobjects ? this.doc.context.lookup(this.xobjects.get(PDFName.of(ops.operand(0).slice(1)))) : undefined;
        if (x instanceof PDFStream && x.dict.get(PDFName.of('Subtype')) === PDFName.of('Form')) throw new Unsupported();
        break;
      }
    }
  }

  /** The page's text, once every operation has been read. */
  finish(): PageText {
    this.flush();
    return this.result;
  }

  /** How deep the marked content open now is nested. */
  get depth(): number {
    return this.marks.length;
  }

  /**
   * From here on, the outermost marked content is MCID `mcid` (null: an artifact): finishing cut
   * the sequence that was open and goes on in another. Glyphs read from now count toward it.
   */
  renumber(mcid: number | null): void {
    const outer = this.outer < 0 ? this.marks.findIndex((m) => m !== null) : this.outer;
    if (outer < 0) return;
    this.outer = outer;
    this.marks[outer] = mcid;
    this.mcid = this.marks.find((m): m is number => m !== null);
  }

  /**
   * The last `from` read in MCID `mcid` reads `to` from now on: finishing drew that glyph anew,
   * with a copy of its font that maps its code to `to`.
   */
  retextLast(mcid: number, from: string, to: string): void {
    const runs = [...(this.result.mcids.get(mcid)?.runs ?? []), ...(this.run && this.runMcid === mcid ? [this.run] : [])];
    const run = runs.reverse().find((r) => r.str.includes(from));
    if (!run) return;
    const at = run.str.lastIndexOf(from);
    run.str = run.str.slice(0, at) + to + run.str.slice(at + from.length);
    const entry = this.result.mcids.get(mcid);
    if (!entry || !entry.runs.includes(run)) return;
    const inText = entry.text.lastIndexOf(from);
    if (inText >= 0) entry.text = entry.text.slice(0, inText) + to + entry.text.slice(inText + from.length);
  }

  /** The font of a Tf operand, looked up once a page by name. */
  /**
   * A font of this page that has a space glyph, and its resource name: a line end drawn in a
   * subset that has none (Chromium puts some glyphs, `ź` among them, in a subset of their own)
   * gets its space from it. Undefined if no font of the page has one.
   */
  spaceFont(): { name: string; space: number } | undefined {
    if (this.spaceFontFound === undefined) {
      this.spaceFontFound = null;
      for (const key of this.fontDict?.keys() ?? []) {
        const name = key.asString().slice(1);
        let info: FontInfo | undefined;
        try {
          info = this.fontNamed(name);
        } catch {
          continue;
        }
        if (info.space >= 0) {
          this.spaceFontFound = { name, space: info.space };
          break;
        }
      }
    }
    return this.spaceFontFound ?? undefined;
  }
  private spaceFontFound: { name: string; space: number } | null | undefined;

  private fontNamed(name: string): FontInfo {
    let font = this.byName.get(name);
    if (!font) this.byName.set(name, (font = fontInfo(this.doc, this.fontDict, name, this.fonts)));
    return font;
  }

  private mark(mcid: number | null): void {
    this.marks.push(mcid);
    this.mcid ??= mcid ?? undefined;
  }

  /** Tm: the text matrix and the text line matrix both become m. */
  private setLine(m: ArrayLike<number>): void {
    copyMatrix(this.tlm, m);
    copyMatrix(this.tm, m);
  }

  private nextLine(): void {
    translateInPlace(this.tlm, 0, -this.leading);
    copyMatrix(this.tm, this.tlm);
  }

  /** Show string operand k: hex strings decoded in place, anything else through codesOf. */
  private show(ops: ContentScanner, k: number): void {
    if (k >= ops.count) throw new Unsupported();
    const b = ops.bytes;
    const start = ops.operandStart(k);
    const end = ops.operandEnd(k);
    if (!isPlainHex(b, start, end)) return this.showCodes(codesOf(ops.operand(k)));
    if (!this.font) throw new Unsupported();
    // <…>: two hex digits a byte, two bytes a code; a lone trailing byte is no code.
    for (let i = start + 1; i + 4 < end; i += 4)
      this.glyph((hexDigit(b[i]!) << 12) | (hexDigit(b[i + 1]!) << 8) | (hexDigit(b[i + 2]!) << 4) | hexDigit(b[i + 3]!));
  }

  private showCodes(codes: number[]): void {
    if (!this.font) throw new Unsupported();
    for (const code of codes) this.glyph(code);
  }

  private glyph(code: number): void {
    const font = this.font!;
    const { size, scale, tm, ctm, trm, params } = this;
    const mcid = this.mcid;
    params[0] = size * scale;
    params[3] = size;
    params[5] = this.rise;
    multiplyInto(trm, multiplyInto(trm, params, tm), ctm);
    if (trm[1] !== 0 || trm[2] !== 0) throw new Unsupported(); // rotated or skewed text
    const x = trm[4]!;
    const y = trm[5]!;
    const glyphSize = Math.abs(trm[3]!);
    const advance = ((font.widths[code] ?? font.defaultWidth) / 1000) * size + this.charSpacing;
    // (tm × ctm)[0], as multiply computes it.
    const userAdvance = advance * scale * (tm[0]! * ctm[0]! + tm[1]! * ctm[2]!);
    const str = font.unicode[code] ?? '';
    if (this.shown++ === 0) {
      this.firstX = x;
      this.firstY = y;
    }
    this.lastX = x;
    this.lastY = y;
    this.lastEnd = x + userAdvance;
    this.lastSize = glyphSize;
    this.lastText = str;
    let run = this.run;
    const continues =
      run &&
      this.runMcid === mcid &&
      Math.abs(y - this.runLine) < 0.01 &&
      Math.abs(glyphSize - run.size) < 0.01 &&
      x - (run.x + run.width) < glyphSize * 0.5 &&
      x - (run.x + run.width) > -glyphSize * 0.5;
    if (continues && run) {
      // Chromium draws an unbroken soft hyphen as a space glyph that the next glyph overlaps:
      // a space counts only where the next glyph really stands apart (pdfjs does the same).
      if (this.pendingSpace !== undefined && x - this.pendingSpace >= glyphSize * 0.1) run.str += ' ';
      this.pendingSpace = undefined;
    } else {
      // A new line within the same sequence reads as a space, as pdfjs's hasEOL does; so does a
      // run set apart on its line (a grid column, a table cell), as pdfjs adds one at a wide gap.
      const gap = run ? x - (run.x + run.width) : 0;
      if (run && this.runMcid === mcid && (Math.abs(y - this.runLine) >= 0.01 || Math.abs(gap) >= glyphSize * 0.5)) this.pendingSpace ??= run.x + run.width;
      this.flush();
      run = this.run = { x, y, width: 0, size: glyphSize, str: '' };
      this.runMcid = mcid;
      this.runLine = y;
    }
    if (str === ' ') this.pendingSpace ??= x;
    else {
      // A run that opens with a space keeps it in its text but starts where the ink does.
      if (run.str === ' ' && run.width === 0) run.x = x;
      run.str += str;
      run.width = x + userAdvance - run.x;
    }
    translateInPlace(tm, advance * scale, 0);
  }

  private flush(): void {
    const run = this.run;
    if (!run) return;
    if (this.pendingSpace !== undefined) run.str += ' ';
    this.pendingSpace = undefined;
    const { result, runMcid } = this;
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
    this.run = undefined;
  }
}

/** The last n operands as numbers. */
function lastNumbers(ops: ContentScanner, n: number): number[] {
  if (ops.count < n) throw new Unsupported();
  const out: number[] = [];
  for (let k = ops.count - n; k < ops.count; k++) out.push(ops.number(k));
  return out;
}

/** As `/\/MCID\s+(\d+)/` finds it in a property list's bytes; null if it does not. */
function mcidOf(b: Buffer, start: number, end: number): number | null {
  for (let at = start; at + 5 <= end; at++) {
    if (b[at] !== 0x2f || b[at + 1] !== 0x4d || b[at + 2] !== 0x43 || b[at + 3] !== 0x49 || b[at + 4] !== 0x44) continue;
    let i = at + 5;
    while (i < end && isJsSpace(b[i]!)) i++;
    if (i === at + 5) continue;
    const digits = i;
    while (i < end && b[i]! >= 0x30 && b[i]! <= 0x39) i++;
    if (i > digits) return Number(b.toString('latin1', digits, i));
  }
  return null;
}

/** White space as JavaScript's `\s` reads a latin1 byte. */
function isJsSpace(c: number): boolean {
  return (c >= 0x09 && c <= 0x0d) || c === 0x20 || c === 0xa0;
}

/** `<…>` with only hex digits, a whole number of two-byte codes: Chromium's show strings. */
function isPlainHex(b: Buffer, start: number, end: number): boolean {
  if (b[start] !== 0x3c || b[end - 1] !== 0x3e || (end - start - 2) % 4 !== 0) return false;
  for (let i = start + 1; i < end - 1; i++) if (hexDigit(b[i]!) < 0) return false;
  return true;
}

function hexDigit(c: number): number {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  const lower = c | 0x20;
  return lower >= 0x61 && lower <= 0x66 ? lower - 0x61 + 10 : -1;
}

/** Two-byte codes of a hex or literal string operand (Identity-H). */
function codesOf(token: string): number[] {
  const bytes = token.startsWith('<') ? hexBytes(token.slice(1, -1)) : literalBytes(token);
  const codes: number[] = [];
  for (let i = 0; i + 1 < bytes.length; i += 2) codes.push((bytes[i]! << 8) | bytes[i + 1]!);
  return codes;
}

/** Items of a TJ array: strings (raw tokens) and numbers. */
function arrayItems(token: string): Array<string | number> {
  const items: Array<string | number> = [];
  const re = /<[^>]*>|\((?:\\.|[^\\)])*\)|[-+]?(?:\d+\.?\d*|\.\d+)/gs;
  for (const m of token.slice(1, -1).matchAll(re)) items.push(m[0].startsWith('<') || m[0].startsWith('(') ? m[0] : Number(m[0]));
  return items;
}
