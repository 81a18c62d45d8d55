/**
 * The text layer: what search, copy and screen readers read. Chromium marks every hyphenation
 * opportunity of our build-time hyphenation (U+00AD in the HTML) with a span whose ActualText is
 * U+00AD around an invisible space glyph. Readers then find "foun\u00ADda\u00ADtions", and
 * poppler's structure text stops at the first one. At a line that breaks there, Chromium draws
 * the hyphen after that span, as "-" text. And a line that ends at a space has no space at all:
 * tools that join the tagged text read "hasbeen".
 *
 * This pass rewrites each page's operations as they are scanned (with the text reader, which
 * tells it where glyphs stand, and the artifact marker, which writes them):
 * - an opportunity inside a line leaves no trace: its span and its glyph are dropped;
 * - the hyphen of a line that breaks at one is an incidental artifact (ISO 32000-1 14.8.2.2.3):
 *   its glyph becomes a Layout artifact between two pieces of the line's sequence, and finishing
 *   puts a Span whose ActualText is U+00AD (the soft hyphen the spec asks for) between the
 *   pieces in the tree. Viewers that search the page content still see "-" at a line end and
 *   join the word, as poppler, MuPDF and pdf.js do; every reader of the tags reads the word whole
 *   (poppler's structure text too, which shows a sequence's glyphs, not an element's
 *   ActualText). A sequence of its own, not a span nested in the line's: poppler ends a
 *   sequence's text at the first nested EMC;
 * - a line that ends without a space or hyphen gets a space glyph after its last glyph (the
 *   font's own space, which draws nothing), so words never run together;
 * - other nested spans inside tagged text (Chromium's ActualText for text-transformed glyphs)
 *   are unwrapped, their glyphs kept, for the same poppler reason. Where such a span gives one
 *   glyph a letter of another case (the small capitals Chromium draws for `font-variant-caps`
 *   as capitals, each with its source letter as ActualText), the glyph is drawn instead with a
 *   copy of its font whose ToUnicode maps it to that letter (the same font program): every
 *   tool then reads the source's case from the glyph itself, poppler's structure text too;
 * - a hard hyphen (the text's own U+002D) that ends a line is drawn with a copy of its font
 *   that reads it as U+2010 HYPHEN: poppler drops any line-final U+002D as a layout hyphen;
 * - a tagged sequence that paints only shapes (table rules, vector list bullets, side bars) is
 *   a Layout artifact, and leaves the tree.
 */
import type { ContentScanner } from '../pdf/content-stream.ts';
import type { FontInfo } from '../pdf/fonts.ts';
import type { PageTextReader } from '../pdf/page-text-reader.ts';
import { hexBytes, literalBytes, textString } from '../pdf/strings.ts';
import type { ContentWriter, Mark } from './content-writer.ts';

/** A piece of a cut sequence: an MCID, or a soft hyphen (its glyph an artifact; the tree holds its text). */
export type LayerPiece = number | { actualText: string };

/** What the text layer changed on a page that the structure tree must follow. */
export interface PageLayer {
  /** Sequences cut around a line-end hyphen: the MCID the tree knows, and its pieces in order. */
  splits: Array<[number, LayerPiece[]]>;
  /** Sequences that painted only shapes: Layout artifacts now, to be dropped from the tree. */
  decorations: number[];
  /**
   * Body text Chromium left untagged, tagged now under a fresh MCID (`adopt`): the tree puts it
   * just after the tagged sequence before it on the page (`prev`) when it stands on that one's
   * line (`sameLine`: a page number after "p. "), else just before the next one (`next`: a list
   * item's number before its text). Absent when the page has none.
   */
  orphans?: Orphan[];
  /**
   * Cased copies of fonts the page's rewritten content draws with (cased-fonts.ts): kept with the
   * layer, so that a print whose rewritten streams are put back from the layout cache gets its
   * copies back too (the print as Chromium made it has none). Absent when the page needs none.
   */
  cased?: Array<{ name: string; font: string; codes: Array<[number, string]> }>;
}

/** Body text Chromium left untagged, now tagged: see PageLayer.orphans. */
export interface Orphan {
  mcid: number;
  prev: number;
  next?: number;
  sameLine?: true;
}

/** What the text layer did, for the build log and tests. */
export interface TextLayerCounts {
  /** Hyphenation opportunities inside a line removed (span and glyph). */
  opportunities: number;
  /** Line-end hyphens made soft hyphens. */
  lineEndHyphens: number;
  /** Line-end hyphens left as they were: not in a sequence of their own to cut. */
  hyphensLeft: number;
  /** Hard hyphens (the text's own) that end a line, drawn to read as U+2010 HYPHEN. */
  hardHyphens: number;
  /** Spaces drawn at line ends. */
  spaces: number;
  /** Line ends that needed a space but whose font has no space glyph. */
  spacesMissing: number;
  /** Other ActualText spans in tagged text, unwrapped. */
  unwrapped: number;
  /** Of those, glyphs drawn with a cased copy of their font, to read as their span's letter. */
  cased: number;
  /** Tagged sequences of shapes only, made artifacts. */
  decorations: number;
  /** Runs of body text Chromium left untagged, tagged now and adopted by the tree. */
  adopted: number;
}

export const emptyLayerCounts = (): TextLayerCounts => ({
  opportunities: 0,
  lineEndHyphens: 0,
  hyphensLeft: 0,
  hardHyphens: 0,
  spaces: 0,
  spacesMissing: 0,
  unwrapped: 0,
  cased: 0,
  decorations: 0,
  adopted: 0,
});

/**
 * One marked-content sequence open at the current operation. Made by `opened`, every field
 * present from the start (undefined when unset): objects of one shape keep the page loop's
 * compiled code (V8) from being thrown away when a new shape turns up.
 */
interface Open {
  kind: 'mcid' | 'soft-hyphen' | 'unwrap' | 'other';
  /** The MCID open now; `origin`, the one the tree knows, when the sequence was cut and goes on under a new one. */
  mcid?: number;
  origin?: number;
  tag?: string;
  /** Around its BDC operator (outermost MCID sequences): to make it an artifact. */
  before?: Mark;
  after?: Mark;
  shapes?: boolean;
  ink?: boolean;
  /** An unwrapped span's ActualText. */
  actual?: string;
}

/** The last glyph of tagged text, until the next glyph says whether a line ended after it. */
interface LastGlyph {
  /** Just after its show operation. */
  mark: Mark;
  y: number;
  end: number;
  size: number;
  text: string;
  mcid: number;
  /** The font's space code (-1: none). */
  space: number;
  /** The font (resource name) and size it was drawn in. */
  fontName: string;
  fontSize: number;
  /** A text positioning operator came after it: a glyph drawn at the mark moves nothing else. */
  moved: boolean;
  /** It is a hyphen-minus of the text's own: where it was drawn, to redraw it as U+2010 if a line ends after it. */
  hyphen?: HardHyphen;
}

/** A hyphen-minus glyph of tagged text: a mark just before its show operation, its font, size and code. */
interface HardHyphen {
  before: Mark;
  font: string;
  size: number;
  code: number;
}

const SHAPES = new Set(['S', 's', 'f', 'F', 'f*', 'B', 'B*', 'b', 'b*', 'sh']);
const SHOWS = new Set(['Tj', 'TJ', "'", '"']);
const MOVES = new Set(['Td', 'TD', 'Tm', 'T*', 'BT', 'ET']);
/** Glyph texts after which a line break joins, not separates: hyphens and dashes (and a space already there). */
// A slash too: a web address breaks after one (compose/url-breaks.ts), as "and/or" may.
const JOINS_AT_LINE_END = /^[-\u2010\u2011\u2012\u2013\u2014\u00ad\s/]$/;
const HYPHEN = /^[-\u2010]$/;
const SOFT_HYPHEN = '\u00ad';
/** What a hard hyphen at a line end reads: poppler takes a line-final U+002D for a layout hyphen and drops it ("Renwick-|Hale" -> "RenwickHale"). */
const HARD_HYPHEN = '\u2010';

const EMC = 'EMC';

function opened(kind: Open['kind'], mcid?: number, tag?: string, actual?: string): Open {
  return { kind, mcid, origin: undefined, tag, before: undefined, after: undefined, shapes: false, ink: false, actual };
}

export class TextLayer {
  private stack: Open[] = [];
  /** A soft-hyphen span just closed, and no glyph yet: the line may end here. */
  private afterSoftHyphen = false;
  /** …and the text object ended after it: the next glyph may be the line-end hyphen. */
  private hyphenNext = false;
  /** Before the current text object's BT (to open the hyphen's own sequence there). */
  private textObject: Mark | undefined;
  /** The hyphen's own sequence is open: close it at the text object's end and go on in a new one. */
  private hyphenOpen: { piece: LayerPiece[]; tag: string } | undefined;
  private last: LastGlyph | undefined;
  /** A hyphen-minus about to be drawn in tagged text (set in `take`, handed to `last` in `glyphs`). */
  private hyphenAhead: HardHyphen | undefined;
  private splits = new Map<number, LayerPiece[]>();
  private decorations: number[] = [];
  /** Sequences whose text needs a space at its end in the page text (the space drawn after its last glyph). */
  readonly spaced: number[] = [];
  /** The MCID of the last outermost tagged sequence begun on the page, as the tree knows it. */
  private lastTagged: number | undefined;
  private orphans: Orphan[] = [];
  /**
   * Cased copies of fonts this page draws with: the copy's resource name, the font's own, and
   * the text of each code that differs (the caller adds the copies to the page's resources).
   */
  readonly cased = new Map<string, { font: string; codes: Map<number, string> }>();
  /** A glyph being drawn with a cased copy: the font and size to go back to after it. */
  private restore: { font: string; size: number; info: FontInfo } | undefined;

  constructor(
    private reader: PageTextReader,
    private out: ContentWriter,
    private nextMcid: number,
    private counts: TextLayerCounts,
    /** Makes the resource name of a font's cased copy on this page. */
    private casedName: (font: string) => string = (font) => `${font}c`,
  ) {}

  /**
   * Before the reader reads the operation and the artifact marker writes it: false leaves it out
   * of the page (a soft-hyphen span, its glyph, an unwrapped span's operators).
   */
  take(ops: ContentScanner): boolean {
    const op = ops.op;
    const top = this.stack.at(-1);
    if (op === 'BDC' || op === 'BMC') return this.begin(ops);
    if (op === EMC) return this.end();
    if (top?.kind === 'soft-hyphen' && SHOWS.has(op)) return false;
    if (top?.kind === 'unwrap' && top.actual !== undefined && SHOWS.has(op)) this.useCased(ops, top.actual);
    if (SHOWS.has(op)) {
      if (this.hyphenNext && this.isHyphen(ops)) {
        this.openHyphen();
        // The word goes on after the hyphen: no space after the glyph before it.
        if (this.last) this.forgetLast(this.last);
      } else this.hardHyphenAhead(ops);
      this.afterSoftHyphen = this.hyphenNext = false;
      this.ink();
    } else if (SHAPES.has(op)) this.outer()?.kind === 'mcid' && (this.outer()!.shapes = true);
    else if (op === 'Do' || op === 'BI') this.ink();
    else if (op === 'ET' && this.afterSoftHyphen) {
      this.afterSoftHyphen = false;
      this.hyphenNext = true;
    }
    return true;
  }

  /** After the operation was read and written (marks are taken around what was written). */
  after(ops: ContentScanner): void {
    const op = ops.op;
    if (this.restore && SHOWS.has(op)) {
      const { font, size, info } = this.restore;
      this.restore = undefined;
      this.out.insert(Buffer.from(`/${font} ${size} Tf`, 'latin1'));
      this.reader.font = info;
    }
    if (this.last && MOVES.has(op)) this.last.moved = true;
    if (op === 'BT') {
      if (this.textObject) this.out.forget(this.textObject);
      this.textObject = this.out.markSource(ops.start, 'before');
    } else if (op === 'ET' && this.hyphenOpen) this.closeHyphen();
    else if (op === 'BDC' && this.stack.length === 1 && this.stack[0]!.kind === 'mcid' && !this.stack[0]!.before) {
      // Around the BDC just written, so that a sequence of shapes can become an artifact.
      const before = this.out.markSource(ops.start, 'before');
      const after = before && this.out.markSource(ops.end, 'after');
      if (before && after) {
        this.stack[0]!.before = before;
        this.stack[0]!.after = after;
      } else if (before) this.out.forget(before);
    } else if (SHOWS.has(op) && this.reader.shown > 0) this.glyphs();
    if (this.hyphenAhead && SHOWS.has(op)) {
      // Not handed on: not a tagged glyph of its own.
      this.out.forget(this.hyphenAhead.before);
      this.hyphenAhead = undefined;
    }
  }

  /** The page is read: the last line's space, and what the tree must follow. */
  finish(): PageLayer {
    if (this.last) this.lineEnds(this.last, 'page end');
    this.last = undefined;
    // Entries added one by one, not spread in: a spread object literal here, of a shape that
    // changes from page to page, threw away the page loop's optimized code (preparePages inlines
    // this) and had it compiled again, several times a book.
    const layer: PageLayer = { splits: [...this.splits], decorations: this.decorations };
    if (this.cased.size) layer.cased = [...this.cased].map(([name, { font, codes }]) => ({ name, font, codes: [...codes] }));
    if (this.orphans.length) layer.orphans = this.orphans;
    return layer;
  }

  /**
   * Untagged text in the body of the page, outside any sequence (the artifact marker asks): a
   * fresh MCID for it, which the tree adopts into a neighbour's element. Only after a tagged
   * sequence, so that it always has one; before any, it stays an artifact.
   */
  adopt(y: number): number | undefined {
    if (this.stack.length > 0 || this.lastTagged === undefined) return undefined;
    const mcid = this.nextMcid++;
    const last = this.last;
    const sameLine = last !== undefined && last.mcid === this.lastTagged && Math.abs(last.y - y) < last.size * 0.3;
    this.orphans.push({ mcid, prev: this.lastTagged, ...(sameLine ? { sameLine: true as const } : {}) });
    this.counts.adopted++;
    return mcid;
  }

  private begin(ops: ContentScanner): boolean {
    const props = ops.op === 'BDC' && ops.count > 1 ? ops.operand(1) : '';
    const tag = ops.operand(0);
    const mcid = /\/MCID\s+(\d+)/.exec(props)?.[1];
    const actual = mcid === undefined && props.includes('/ActualText') ? actualTextOf(props) : undefined;
    if (actual === SOFT_HYPHEN) {
      this.stack.push(opened('soft-hyphen'));
      return false;
    }
    if (actual !== undefined && this.inTagged()) {
      this.stack.push(opened('unwrap', undefined, undefined, actual));
      this.counts.unwrapped++;
      return false;
    }
    if (mcid !== undefined && this.stack.length === 0) {
      this.lastTagged = Number(mcid);
      for (const o of this.orphans) o.next ??= this.lastTagged;
    }
    this.stack.push(mcid !== undefined ? opened('mcid', Number(mcid), tag) : opened('other'));
    return true;
  }

  private end(): boolean {
    const open = this.stack.pop();
    if (!open) return true;
    if (open.kind === 'soft-hyphen') {
      // Where the line goes on, the opportunity was invisible; where it ends, the hyphen follows.
      this.afterSoftHyphen = true;
      this.counts.opportunities++;
      // A line or page that ends here ends inside a word (its hyphen, if any, drawn apart): no space.
      if (this.last) this.last.text = SOFT_HYPHEN;
      return false;
    }
    if (open.kind === 'unwrap') return false;
    if (open.before && open.after) {
      if (open.shapes && !open.ink) {
        this.out.replace(open.before, open.after, DECORATION);
        this.decorations.push(open.mcid!);
        this.counts.decorations++;
      }
      this.out.forget(open.before);
      this.out.forget(open.after);
    }
    return true;
  }

  /** A tagged (MCID) sequence is open. */
  private inTagged(): boolean {
    for (const o of this.stack) if (o.kind === 'mcid') return true;
    return false;
  }

  /** The outermost sequence open. */
  private outer(): Open | undefined {
    return this.stack[0];
  }

  private ink(): void {
    const outer = this.outer();
    if (outer) outer.ink = true;
  }

  /**
   * A show operation inside an unwrapped span draws one glyph whose text is `actual` in another
   * case (a synthesized small capital): draw it with the font's cased copy, where that code reads
   * `actual`, and read it so. A code the copy already maps to other text keeps its font.
   */
  private useCased(ops: ContentScanner, actual: string): void {
    const font = this.reader.font;
    const name = this.reader.fontName;
    if (!font || ops.op !== 'Tj' || ops.count < 1 || [...actual].length !== 1) return;
    const b = ops.bytes;
    const start = ops.operandStart(0);
    if (ops.operandEnd(0) - start !== 6 || b[start] !== 0x3c) return;
    const code = hexCode(b, start + 1);
    const drawn = font.unicode[code] ?? '';
    if (!drawn || drawn === actual || drawn.toLowerCase() !== actual.toLowerCase()) return;
    const copyName = this.casedName(name);
    const copy = this.cased.get(copyName) ?? { font: name, codes: new Map<number, string>() };
    if ((copy.codes.get(code) ?? actual) !== actual) return;
    copy.codes.set(code, actual);
    this.cased.set(copyName, copy);
    const size = this.reader.fontSize;
    this.out.insert(Buffer.from(`/${copyName} ${size} Tf`, 'latin1'));
    this.restore = { font: name, size, info: font };
    const unicode = font.unicode.slice();
    unicode[code] = actual;
    this.reader.font = { ...font, unicode };
    this.counts.cased++;
  }

  /** The show operation draws one hyphen glyph (after a soft-hyphen span and the end of its text object). */
  private isHyphen(ops: ContentScanner): boolean {
    const code = this.oneGlyph(ops);
    return code !== undefined && HYPHEN.test(this.reader.font!.unicode[code] ?? '');
  }

  /** The code of the one glyph a `<XXXX> Tj` draws (Chromium's way), with a font set; else undefined. */
  private oneGlyph(ops: ContentScanner): number | undefined {
    if (!this.reader.font || ops.op !== 'Tj' || ops.count < 1) return undefined;
    const b = ops.bytes;
    const start = ops.operandStart(0);
    if (ops.operandEnd(0) - start !== 6 || b[start] !== 0x3c) return undefined;
    return hexCode(b, start + 1);
  }

  /** A hyphen-minus of tagged text is about to be drawn: mark the place before it (a line may end after it). */
  private hardHyphenAhead(ops: ContentScanner): void {
    if (!this.inTagged()) return;
    const code = this.oneGlyph(ops);
    if (code === undefined || this.reader.font!.unicode[code] !== '-') return;
    this.hyphenAhead = { before: this.out.mark(), font: this.reader.fontName, size: this.reader.fontSize, code };
  }

  /**
   * A hard hyphen ends a line: draw it with the font's copy (cased-fonts.ts) whose ToUnicode reads
   * that code as U+2010 HYPHEN, the same glyph. ISO 32000-1 14.8.2.2.3 has the producer tell a
   * hard hyphen from a soft one so that no reader has to guess; poppler guesses all the same,
   * dropping any line-final U+002D as a layout hyphen, while U+2010 is a hyphen no reader drops
   * (pdftotext, MuPDF and pdf.js keep "Renwick‐|Hale"). Layout hyphens are soft hyphens apart.
   */
  private hardHyphenEnds(hyphen: HardHyphen, after: Mark, mcid: number): void {
    const copyName = this.casedName(hyphen.font);
    const copy = this.cased.get(copyName) ?? { font: hyphen.font, codes: new Map<number, string>() };
    if ((copy.codes.get(hyphen.code) ?? HARD_HYPHEN) !== HARD_HYPHEN) return;
    copy.codes.set(hyphen.code, HARD_HYPHEN);
    this.cased.set(copyName, copy);
    this.out.insertAt(hyphen.before, Buffer.from(`/${copyName} ${hyphen.size} Tf`, 'latin1'));
    this.out.insertAt(after, Buffer.from(`/${hyphen.font} ${hyphen.size} Tf`, 'latin1'));
    this.reader.retextLast(mcid, '-', HARD_HYPHEN);
    this.counts.hardHyphens++;
  }

  /**
   * The hyphen's text object becomes a sequence of its own: the line's sequence closes before
   * its BT and goes on, under a new MCID, after its ET. Only where the line's sequence is the
   * one open (Chromium's shape); otherwise the hyphen stays as it was.
   */
  private openHyphen(): void {
    const outer = this.outer();
    if (this.stack.length !== 1 || outer?.kind !== 'mcid' || !this.textObject) {
      this.counts.hyphensLeft++;
      return;
    }
    // Every cut of one sequence goes on the list of the MCID the tree knows.
    const original = outer.origin ?? outer.mcid!;
    outer.origin = original;
    const pieces = this.splits.get(original) ?? [original];
    this.splits.set(original, pieces);
    this.out.insertAt(this.textObject, Buffer.from('EMC\n/Artifact <</Type /Layout>> BDC', 'latin1'));
    pieces.push({ actualText: SOFT_HYPHEN });
    this.reader.renumber(null);
    this.hyphenOpen = { piece: pieces, tag: outer.tag ?? '/Span' };
    // The line's own sequence ends at the hyphen: it is no longer one that paints shapes only.
    outer.before && this.out.forget(outer.before);
    outer.after && this.out.forget(outer.after);
    outer.before = undefined;
    outer.after = undefined;
    this.counts.lineEndHyphens++;
  }

  private closeHyphen(): void {
    const { piece, tag } = this.hyphenOpen!;
    this.hyphenOpen = undefined;
    const next = this.nextMcid++;
    this.out.insert(Buffer.from(`EMC\n${tag} <</MCID ${next}>> BDC`, 'latin1'));
    piece.push(next);
    this.reader.renumber(next);
    this.outer()!.mcid = next;
  }

  /** A show operation drew glyphs: did a line end between the last tagged glyph and these? */
  private glyphs(): void {
    const r = this.reader;
    const last = this.last;
    if (last) {
      const size = Math.max(last.size, r.lastSize);
      const sameLine = Math.abs(r.firstY - last.y) < size * 0.3;
      const gap = r.firstX - last.end;
      // The reader's own test for a run set apart (page-text-reader.ts), so its text agrees.
      if (!sameLine && last.hyphen) this.hardHyphenEnds(last.hyphen, last.mark, last.mcid);
      else if (!sameLine || Math.abs(gap) >= size * 0.5) this.lineEnds(last, r.mcid);
      this.forgetLast(last);
    }
    const hyphen = this.hyphenAhead;
    this.hyphenAhead = undefined;
    if (r.mcid === undefined) {
      if (hyphen) this.out.forget(hyphen.before);
      return;
    }
    this.last = {
      mark: this.out.mark(),
      y: r.lastY,
      end: r.lastEnd,
      size: r.lastSize,
      text: r.lastText,
      mcid: r.mcid,
      space: r.font?.space ?? -1,
      fontName: r.fontName,
      fontSize: r.fontSize,
      moved: false,
      hyphen: hyphen && r.shown === 1 ? hyphen : undefined,
    };
    if (hyphen && !this.last.hyphen) this.out.forget(hyphen.before);
  }

  private forgetLast(last: LastGlyph): void {
    this.out.forget(last.mark);
    if (last.hyphen) this.out.forget(last.hyphen.before);
    this.last = undefined;
  }

  /**
   * A line (or a run set apart on its line) ends after `last`, and `next` is the sequence of the
   * glyph that follows: give it a space unless it ends in one, a hyphen or a dash.
   */
  private lineEnds(last: LastGlyph, next: number | undefined | 'page end'): void {
    if (JOINS_AT_LINE_END.test(last.text) || last.text === '') return;
    // A subset with no space glyph of its own: the space of another font of the page, then back.
    const other = last.space < 0 ? this.reader.spaceFont() : undefined;
    if (last.space < 0 && !other) {
      this.counts.spacesMissing++;
      return;
    }
    // A glyph drawn where the next one is not placed anew would push that one along: leave it.
    if (!last.moved && next !== 'page end') return;
    const hex = (code: number) => `<${code.toString(16).toUpperCase().padStart(4, '0')}> Tj`;
    const drawn = other ? `/${other.name} ${last.fontSize} Tf ${hex(other.space)} /${last.fontName} ${last.fontSize} Tf` : hex(last.space);
    this.out.insertAt(last.mark, Buffer.from(drawn, 'latin1'));
    this.counts.spaces++;
    // Within one sequence the reader already reads a break as a space; across two, the first one's text ends here.
    if (next !== last.mcid) this.spaced.push(last.mcid);
  }
}

/**
 * The four hex digits at `at` as a number, as parseInt(…, 16) reads them. Read from the bytes:
 * a string made of them for each glyph shown (thousands a page) cost more than the rest of the test.
 */
function hexCode(b: Buffer, at: number): number {
  let code = 0;
  for (let i = at; i < at + 4; i++) {
    const c = b[i]!;
    const d = c >= 0x30 && c <= 0x39 ? c - 0x30 : c >= 0x41 && c <= 0x46 ? c - 0x37 : c >= 0x61 && c <= 0x66 ? c - 0x57 : -1;
    if (d < 0) return parseInt(b.toString('latin1', at, at + 4), 16);
    code = code * 16 + d;
  }
  return code;
}

const DECORATION = Buffer.from('/Artifact <</Type /Layout>> BDC', 'latin1');

/**
 * The /ActualText of a marked-content property list (a dictionary's text): a hex string
 * (UTF-16BE with a BOM, or bytes) or a literal string. Undefined if there is none to read.
 */
export function actualTextOf(props: string): string | undefined {
  const token = /\/ActualText\s*(<[0-9A-Fa-f\s]*>|\((?:\\.|[^\\)])*\))/s.exec(props)?.[1];
  if (!token) return undefined;
  return textString(token.startsWith('<') ? hexBytes(token.slice(1, -1)) : literalBytes(token));
}
