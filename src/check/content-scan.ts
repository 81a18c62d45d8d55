/**
 * The checker's own reading of a page's content streams (nothing shared with the writer's
 * src/pdf): each operator in turn, what is painted inside which marked content, and the text of
 * each shown string through its font's /ToUnicode map, as poppler and pdf.js read text. Form
 * XObjects are read as part of the page that draws them.
 */
import { Name, Stream, type Dict, type PdfFile, type Value } from './pdf-file.ts';
import { DELIM, WHITE, hexAt, latin1, literalAt, nameAt, regularEnd, skipSpace, type Read } from './pdf-syntax.ts';
import { toUnicodeMap, type CodeMap } from './to-unicode.ts';

/** Painting outside any tagged or artifact sequence, or a bad nesting, on a page. */
export type ContentFinding = 'untagged' | 'artifact-in-tagged' | 'tagged-in-artifact' | 'unreferenced-mcid';

export interface ScannedPage {
  /** The text of each marked-content sequence, by MCID: its glyphs' text as drawn, nothing added. */
  content: Map<number, string>;
  findings: Set<ContentFinding>;
  /** The MCIDs of the marked content it opened. */
  opened: number[];
  /** Fonts the page's text uses that are not embedded. */
  missingFonts: string[];
}

// Forms inside forms: deeper than this, or more drawn on one page, is a loop or an attack, not a page.
const MAX_FORM_DEPTH = 12;
const MAX_FORMS_PER_PAGE = 10_000;
const PAINT = new Set(['f', 'F', 'f*', 'B', 'B*', 'b', 'b*', 'S', 's', 'sh', 'EI']);
const SHOW = new Set(['Tj', 'TJ', "'", '"']);

/** A font as the scan uses it: how its codes read as text, and whether its program is in the file. */
interface ScanFont {
  name: string;
  map: CodeMap;
  embedded: boolean;
}

/** What the scan keeps per document: fonts and forms are read once, whichever page uses them. */
export class ContentScanner {
  readonly #file: PdfFile;
  // By the font's dictionary, which the file parses once: each page's /Font names it by a
  // reference of its own (a new Ref each time), so keyed by that the font was read on every page.
  // Then by the name it goes by there, which labels a font with no /BaseFont.
  readonly #fonts = new Map<Dict, Map<string, ScanFont>>();
  readonly #maps = new Map<Dict, Pick<ScanFont, 'map' | 'embedded'> & { base: string | undefined }>();
  // A form drawn on many pages (or many times on one) is unpacked once.
  readonly #forms = new Map<Stream, Uint8Array>();

  constructor(file: PdfFile) {
    this.#file = file;
  }

  /** Read one page (its /Contents, with its /Resources). */
  page(page: Dict): ScannedPage {
    const file = this.#file;
    const state = new PageState();
    const resources = this.#resources(page);
    const contents = file.get(page.get('Contents'));
    const streams = Array.isArray(contents) ? contents.map((c) => file.get(c)) : [contents];
    // A page's streams are one content stream, split anywhere (ISO 32000-1 7.8.2).
    const parts = streams.filter((s): s is Stream => s instanceof Stream).map((s) => file.bytes(s));
    this.#run(concat(parts), resources, state, 0);
    state.end();
    return { content: state.content, findings: state.findings, opened: [...state.opened], missingFonts: [...state.missing] };
  }

  #resources(node: Dict): Dict | undefined {
    // Inherited from the page tree when the page has none of its own.
    for (let n: Dict | undefined = node, i = 0; n && i < 64; i++) {
      const r = this.#file.dict(n.get('Resources'));
      if (r) return r;
      n = this.#file.dict(n.get('Parent'));
    }
    return undefined;
  }

  #font(resources: Dict | undefined, name: string): ScanFont | undefined {
    const file = this.#file;
    const raw = file.dict(resources?.get('Font'))?.get(name);
    const dict = file.dict(raw);
    if (!raw || !dict) return undefined;
    let named = this.#fonts.get(dict);
    if (!named) this.#fonts.set(dict, (named = new Map()));
    const known = named.get(name);
    if (known) return known;
    let read = this.#maps.get(dict);
    if (!read) this.#maps.set(dict, (read = this.#readFont(dict)));
    const font = { name: read.base ?? name, map: read.map, embedded: read.embedded };
    named.set(name, font);
    return font;
  }

  #readFont(dict: Dict): Pick<ScanFont, 'map' | 'embedded'> & { base: string | undefined } {
    const file = this.#file;
    const subtype = file.name(dict.get('Subtype'));
    const base = file.name(dict.get('BaseFont'));
    const toUnicode = file.get(dict.get('ToUnicode'));
    const composite = subtype === 'Type0';
    const map = toUnicodeMap(
      toUnicode instanceof Stream ? file.bytes(toUnicode) : undefined,
      composite ? 2 : 1,
      composite ? undefined : this.#differences(dict),
    );
    // A Type 3 font's glyphs are content streams in the file; the others need a font program.
    let embedded = subtype === 'Type3';
    if (!embedded) {
      let described = dict;
      if (composite) described = file.dict(file.array(dict.get('DescendantFonts'))?.[0]) ?? dict;
      const descriptor = file.dict(described.get('FontDescriptor'));
      embedded = descriptor !== undefined && ['FontFile', 'FontFile2', 'FontFile3'].some((k) => descriptor.has(k));
    }
    return { base, map, embedded };
  }

  /** A simple font's /Encoding /Differences: code -> glyph name. */
  #differences(font: Dict): Map<number, string> | undefined {
    const list = this.#file.array(this.#file.dict(font.get('Encoding'))?.get('Differences'));
    if (!list) return undefined;
    const names = new Map<number, string>();
    let code = 0;
    for (const item of list) {
      if (typeof item === 'number') code = item;
      else if (item instanceof Name) names.set(code++, item.value);
    }
    return names;
  }

  #run(bytes: Uint8Array, resources: Dict | undefined, state: PageState, depth: number): void {
    const lexer = new Lexer(bytes);
    // Operands of the operator being read: the first `count` slots (the array is reused, as
    // setting an array's length to 0 costs a call into the engine every operator).
    const operands: Operand[] = [];
    let count = 0;
    const arg = (i: number): Operand | undefined => (i < count ? operands[i] : undefined);
    let font: ScanFont | undefined;
    for (let token = lexer.next(); token !== undefined; token = lexer.next()) {
      if (token !== OPERATOR) {
        operands[count++] = token;
        continue;
      }
      const op = lexer.op;
      switch (op) {
        case 'BMC':
          state.open(nameOf(arg(0)), null);
          break;
        case 'BDC': {
          const props = arg(1);
          const mcid = props instanceof Map ? props.get('MCID') : typeof props === 'string' ? this.#mcid(resources, props) : undefined;
          state.open(nameOf(arg(0)), typeof mcid === 'number' ? mcid : null);
          break;
        }
        case 'EMC':
          state.close();
          break;
        case 'Tf': {
          const name = arg(0);
          font = typeof name === 'string' ? this.#font(resources, name) : undefined;
          if (font && !font.embedded) state.missing.add(font.name);
          break;
        }
        case 'Do': {
          state.paint();
          const name = arg(0);
          const form = typeof name === 'string' ? this.#form(resources, name) : undefined;
          if (form && depth < MAX_FORM_DEPTH && state.forms++ < MAX_FORMS_PER_PAGE)
            this.#run(this.#formBytes(form), this.#file.dict(form.dict.get('Resources')) ?? resources, state, depth + 1);
          break;
        }
        case 'BI':
          lexer.skipInlineImage();
          state.paint();
          break;
        default:
          if (SHOW.has(op)) {
            state.paint();
            const shown = op === 'TJ' ? arg(0) : arg(count - 1);
            state.text(font, shown);
          } else if (PAINT.has(op)) state.paint();
      }
      count = 0;
    }
  }

  /** The MCID of a property list named in /Properties. */
  #mcid(resources: Dict | undefined, name: string): number | undefined {
    return this.#file.number(this.#file.dict(this.#file.dict(resources?.get('Properties'))?.get(name))?.get('MCID'));
  }

  #form(resources: Dict | undefined, name: string): Stream | undefined {
    const x = this.#file.get(this.#file.dict(resources?.get('XObject'))?.get(name));
    return x instanceof Stream && this.#file.name(x.dict.get('Subtype')) === 'Form' ? x : undefined;
  }

  #formBytes(form: Stream): Uint8Array {
    let bytes = this.#forms.get(form);
    if (!bytes) this.#forms.set(form, (bytes = this.#file.bytes(form)));
    return bytes;
  }
}

/** The marked content open on a page, and what has been found so far. */
class PageState {
  readonly content = new Map<number, string>();
  readonly findings = new Set<ContentFinding>();
  readonly opened = new Set<number>();
  readonly missing = new Set<string>();
  /** Forms drawn so far. */
  forms = 0;
  // Marked content open: 'artifact', an MCID, or null for other sequences.
  readonly #stack: Array<number | 'artifact' | null> = [];
  #artifacts = 0;
  #tagged = 0;
  // The outermost MCID open, where shown text goes, and its text so far (Chromium shows a glyph at a time).
  #into: number | undefined;
  #text = '';
  #shown = false;

  open(tag: string | undefined, mcid: number | null): void {
    const kind = tag === 'Artifact' ? 'artifact' : mcid;
    if (kind === 'artifact' && this.#tagged > 0) this.findings.add('artifact-in-tagged');
    if (typeof kind === 'number') {
      if (this.#artifacts > 0) this.findings.add('tagged-in-artifact');
      this.opened.add(kind);
      if (this.#tagged++ === 0) {
        this.#into = kind;
        this.#text = this.content.get(kind) ?? '';
      }
    }
    if (kind === 'artifact') this.#artifacts++;
    this.#stack.push(kind);
  }

  close(): void {
    const kind = this.#stack.pop();
    if (kind === 'artifact') this.#artifacts--;
    else if (typeof kind === 'number' && --this.#tagged === 0) this.#flush();
  }

  /** Keep the text of the MCID that closes (or is open when the page ends). */
  #flush(): void {
    if (this.#into !== undefined && this.#shown) this.content.set(this.#into, this.#text);
    this.#into = undefined;
    this.#text = '';
    this.#shown = false;
  }

  /** The page has ended: keep the text of a sequence left open. */
  end(): void {
    this.#flush();
  }

  paint(): void {
    if (this.#artifacts === 0 && this.#tagged === 0) this.findings.add('untagged');
  }

  /** Glyphs count toward the outermost MCID open, as a reader of the tags takes them. */
  text(font: ScanFont | undefined, shown: Operand | undefined): void {
    if (this.#into === undefined || !font) return;
    this.#shown = true;
    if (shown instanceof Uint8Array) this.#text += font.map.decode(shown);
    else if (Array.isArray(shown)) for (const part of shown) if (part instanceof Uint8Array) this.#text += font.map.decode(part);
  }
}

const nameOf = (o: Operand | undefined) => (typeof o === 'string' ? o : undefined);

function concat(parts: Uint8Array[]): Uint8Array {
  if (parts.length === 1) return parts[0]!;
  // A newline between parts, so that a token never runs from one stream into the next.
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length + 1, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    out[at + p.length] = 0x0a;
    at += p.length + 1;
  }
  return out;
}

/** An operand: a number, a name (string, without its slash), a string's bytes, an array or a dictionary. */
type Operand = number | string | Uint8Array | boolean | null | Operand[] | Map<string, unknown>;

/** What the lexer returns for an operator; its name is then `lexer.op`. */
const OPERATOR = Symbol('operator');

// Operator names, interned by their bytes (every operator is 1 to 3 bytes): a page has thousands.
const OPERATORS = new Map<number, string>();
// Short names, interned by their length and bytes (below 2^53: exact as a number).
const NAMES = new Map<number, string>();

/** A content-stream tokenizer (ISO 32000-1 7.2, 7.8.2): operands as values, each operator as OPERATOR with its name in `op`. */
class Lexer {
  #pos = 0;
  readonly #b: Uint8Array;
  /** The last operator read. */
  op = '';
  constructor(bytes: Uint8Array) {
    this.#b = bytes;
  }

  next(): Operand | typeof OPERATOR | undefined {
    const b = this.#b;
    for (;;) {
      this.#skipSpace();
      if (this.#pos >= b.length) return undefined;
      const c = b[this.#pos]!;
      if (c === 0x5d /* ] */ || c === 0x7d || c === 0x29 /* stray ) */) {
        this.#pos++;
        continue;
      }
      if (c === 0x3e /* > */) {
        // A stray '>' or the '>>' closing nothing.
        this.#pos++;
        continue;
      }
      return this.#value();
    }
  }

  #skipSpace(): void {
    this.#pos = skipSpace(this.#b, this.#pos);
  }

  #value(): Operand | typeof OPERATOR {
    const b = this.#b;
    const c = b[this.#pos]!;
    if (c === 0x2f /* / */) return this.#name();
    if (c === 0x28 /* ( */) return this.#string(literalAt(b, this.#pos));
    if (c === 0x3c /* < */) {
      if (b[this.#pos + 1] === 0x3c) return this.#dict();
      return this.#string(hexAt(b, this.#pos));
    }
    if (c === 0x5b /* [ */) {
      this.#pos++;
      const items: Operand[] = [];
      for (;;) {
        this.#skipSpace();
        if (this.#pos >= b.length) return items;
        if (b[this.#pos] === 0x5d) {
          this.#pos++;
          return items;
        }
        const v = this.#value();
        if (v !== OPERATOR) items.push(v);
      }
    }
    if ((c >= 0x30 && c <= 0x39) || c === 0x2b || c === 0x2d || c === 0x2e) return this.#number();
    const start = this.#pos;
    this.#pos = regularEnd(b, start + 1);
    const length = this.#pos - start;
    if (length <= 3) {
      const key = b[start]! | ((length > 1 ? b[start + 1]! : 0) << 8) | ((length > 2 ? b[start + 2]! : 0) << 16);
      let op = OPERATORS.get(key);
      if (op === undefined) OPERATORS.set(key, (op = latin1(b, start, this.#pos)));
      this.op = op;
      return OPERATOR;
    }
    const word = latin1(b, start, this.#pos);
    if (word === 'true') return true;
    if (word === 'false') return false;
    if (word === 'null') return null;
    this.op = word;
    return OPERATOR;
  }

  /** A number (7.3.3): digits with at most one point and a sign; anything else in it ends it as 0. */
  #number(): number {
    const b = this.#b;
    let negative = false;
    let value = 0;
    let scale = 0;
    let bad = false;
    const first = b[this.#pos]!;
    if (first === 0x2d || first === 0x2b) {
      negative = first === 0x2d;
      this.#pos++;
    }
    while (this.#pos < b.length) {
      const c = b[this.#pos]!;
      if (c >= 0x30 && c <= 0x39) {
        value = value * 10 + (c - 0x30);
        if (scale) scale *= 10;
      } else if (c === 0x2e && !scale) scale = 1;
      else if (WHITE[c] || DELIM[c]) break;
      else bad = true;
      this.#pos++;
    }
    if (bad) return 0;
    const n = scale ? value / scale : value;
    return negative ? -n : n;
  }

  #string(read: Read): Uint8Array {
    this.#pos = read.end;
    return read.bytes;
  }

  #name(): string {
    const b = this.#b;
    const end = regularEnd(b, this.#pos + 1);
    const length = end - this.#pos - 1;
    // Names of up to 6 bytes (fonts, tags, /MCID), interned by their bytes like the operators.
    if (length <= 6) {
      let key = length;
      for (let i = this.#pos + 1; i < end; i++) key = key * 256 + b[i]!;
      let name = NAMES.get(key);
      if (name === undefined) NAMES.set(key, (name = nameAt(b, this.#pos).name));
      this.#pos = end;
      return name;
    }
    const { name } = nameAt(b, this.#pos);
    this.#pos = end;
    return name;
  }

  #dict(): Map<string, unknown> {
    const b = this.#b;
    this.#pos += 2;
    const out = new Map<string, unknown>();
    for (;;) {
      this.#skipSpace();
      if (this.#pos >= b.length) return out;
      if (b[this.#pos] === 0x3e && b[this.#pos + 1] === 0x3e) {
        this.#pos += 2;
        return out;
      }
      const key = this.#value();
      this.#skipSpace();
      if (b[this.#pos] === 0x3e && b[this.#pos + 1] === 0x3e) continue;
      const value = this.#value();
      if (typeof key === 'string' && value !== OPERATOR) out.set(key, value);
    }
  }

  /** After BI: skip the image's parameters and data, to the EI that ends it (a white space before and after). */
  skipInlineImage(): void {
    const b = this.#b;
    const id = findWord(b, this.#pos, 'ID');
    let at = id < 0 ? b.length : id + 3;
    for (; at < b.length - 1; at++) if (b[at] === 0x45 && b[at + 1] === 0x49 && WHITE[b[at - 1]!] && (at + 2 >= b.length || WHITE[b[at + 2]!])) break;
    this.#pos = Math.min(b.length, at + 2);
  }
}

function findWord(b: Uint8Array, from: number, word: string): number {
  const c0 = word.charCodeAt(0);
  const c1 = word.charCodeAt(1);
  for (let i = from; i < b.length - 1; i++)
    if (b[i] === c0 && b[i + 1] === c1 && (i === 0 || WHITE[b[i - 1]!]) && (i + 2 >= b.length || WHITE[b[i + 2]!])) return i;
  return -1;
}
