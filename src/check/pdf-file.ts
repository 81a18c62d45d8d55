/**
 * The checker's own reader of a PDF file's objects (ISO 32000-1 7.3, 7.5): the cross-reference
 * tables and streams, object streams, and each object parsed when it is first looked up. It
 * shares no code with the writer, nor its library (pdf-lib): a fault in how the writer's side
 * reads or writes objects is not repeated here. A file whose cross-reference data is damaged is
 * read by finding its objects in the bytes, as viewers do.
 */
import { inflateSync } from 'node:zlib';
import { DELIM, WHITE, hexAt, latin1, literalAt, nameAt, regularEnd, skipSpace, type Read } from './pdf-syntax.ts';

/** A name object (`/Type`), one instance per name: compare with `===`. */
export class Name {
  static readonly #all = new Map<string, Name>();
  private constructor(readonly value: string) {}
  static of(value: string): Name {
    let name = Name.#all.get(value);
    if (!name) Name.#all.set(value, (name = new Name(value)));
    return name;
  }
}

/** An indirect reference (`12 0 R`). */
export class Ref {
  constructor(
    readonly num: number,
    readonly gen: number,
  ) {}
  /** As pdf.js names an annotation or object: `12R`, `12R3` with a generation. */
  get id(): string {
    return `${this.num}R${this.gen ? this.gen : ''}`;
  }
}

/** A string object: its bytes, and its text as a text string (7.9.2.2). */
export class Str {
  constructor(readonly bytes: Uint8Array) {}
  get text(): string {
    return textString(this.bytes);
  }
}

export class Stream {
  constructor(
    readonly dict: Dict,
    readonly raw: Uint8Array,
  ) {}
}

export type Dict = Map<string, Value>;
export type Value = number | boolean | null | Name | Str | Ref | Value[] | Dict | Stream;

// A stream that unpacks to more is a bomb (the CLI refuses such a PDF before the check).
const MAX_STREAM = 256 << 20;
const MAX_PREV = 64;

/** A keyword in the bytes (`obj`, `R`, `stream`, an operator), as the parser meets it. */
class Keyword {
  constructor(readonly word: string) {}
}

/** Where an object is: at an offset of the file, or inside an object stream. */
type Entry = { offset: number } | { stream: number; index: number };

export class PdfFile {
  readonly #b: Uint8Array;
  readonly #xref = new Map<number, Entry>();
  readonly #cache = new Map<number, Value>();
  readonly #loading = new Set<number>();
  readonly #objStreams = new Map<number, { first: number; offsets: Map<number, number>; bytes: Uint8Array }>();
  readonly trailer: Dict;

  constructor(bytes: Uint8Array) {
    this.#b = bytes;
    if (latin1(bytes, 0, Math.min(1024, bytes.length)).indexOf('%PDF-') < 0) throw new Error('no %PDF- header');
    let trailer: Dict | undefined;
    try {
      trailer = this.#readXref();
    } catch {
      trailer = undefined;
    }
    if (!trailer?.get('Root')) trailer = this.#reconstruct();
    this.trailer = trailer;
    if (trailer.get('Encrypt') !== undefined) throw new Error('the PDF is encrypted');
  }

  /** The value itself: a reference looked up (a missing object reads as null). */
  get(v: Value | undefined): Value | undefined {
    if (!(v instanceof Ref)) return v;
    return this.object(v.num);
  }

  dict(v: Value | undefined): Dict | undefined {
    const x = this.get(v);
    return x instanceof Map ? x : x instanceof Stream ? x.dict : undefined;
  }

  array(v: Value | undefined): Value[] | undefined {
    const x = this.get(v);
    return Array.isArray(x) ? x : undefined;
  }

  number(v: Value | undefined): number | undefined {
    const x = this.get(v);
    return typeof x === 'number' ? x : undefined;
  }

  name(v: Value | undefined): string | undefined {
    const x = this.get(v);
    return x instanceof Name ? x.value : undefined;
  }

  text(v: Value | undefined): string | undefined {
    const x = this.get(v);
    return x instanceof Str ? x.text : undefined;
  }

  get catalog(): Dict {
    const root = this.dict(this.trailer.get('Root'));
    if (!root) throw new Error('no document catalog');
    return root;
  }

  /** The pages in order, by a walk of the page tree (a loop in it ends that branch). */
  pages(): Array<{ ref: Ref | undefined; dict: Dict }> {
    const out: Array<{ ref: Ref | undefined; dict: Dict }> = [];
    const seen = new Set<Dict>();
    const walk = (node: Value | undefined, depth: number) => {
      const dict = this.dict(node);
      if (!dict || seen.has(dict) || depth > 64) return;
      seen.add(dict);
      const kids = this.array(dict.get('Kids'));
      if (this.name(dict.get('Type')) === 'Pages' || (kids && this.name(dict.get('Type')) !== 'Page')) {
        for (const kid of kids ?? []) walk(kid, depth + 1);
      } else out.push({ ref: node instanceof Ref ? node : undefined, dict });
    };
    walk(this.catalog.get('Pages'), 0);
    return out;
  }

  /** A stream's data, its filters undone (Flate, with or without a PNG predictor). */
  bytes(stream: Stream): Uint8Array {
    const filters = this.#list(stream.dict.get('Filter')).map((f) => this.name(f));
    const parms = this.#list(stream.dict.get('DecodeParms')).map((p) => this.dict(p));
    let data = stream.raw;
    filters.forEach((filter, i) => {
      if (filter === 'FlateDecode' || filter === 'Fl') {
        data = inflateSync(data, { maxOutputLength: MAX_STREAM, finishFlush: 2 /* Z_SYNC_FLUSH: a truncated stream gives what it has */ });
        const p = parms[i];
        const predictor = this.number(p?.get('Predictor')) ?? 1;
        if (predictor >= 10)
          data = pngUnpredict(data, this.number(p?.get('Columns')) ?? 1, this.number(p?.get('Colors')) ?? 1, this.number(p?.get('BitsPerComponent')) ?? 8);
      } else throw new Error(`the ${filter ?? 'unnamed'} filter is not read by the checker`);
    });
    return data;
  }

  #list(v: Value | undefined): Value[] {
    const x = this.get(v);
    return x === undefined || x === null ? [] : Array.isArray(x) ? x : [x];
  }

  /** Object `num`, parsed on first use. */
  object(num: number): Value | undefined {
    if (this.#cache.has(num)) return this.#cache.get(num);
    const entry = this.#xref.get(num);
    if (!entry || this.#loading.has(num)) return null;
    this.#loading.add(num);
    let value: Value | undefined = null;
    try {
      value = 'offset' in entry ? this.#objectAt(entry.offset, num) : this.#objectInStream(entry.stream, entry.index, num);
    } catch {
      // Not where the cross-reference says: where the bytes have it, if anywhere.
      const found = entry && 'offset' in entry ? this.#found().get(num) : undefined;
      try {
        value = found !== undefined ? this.#objectAt(found, num) : null;
      } catch {
        value = null;
      }
    } finally {
      this.#loading.delete(num);
    }
    this.#cache.set(num, value);
    return value;
  }

  #objectAt(offset: number, num: number): Value {
    const p = new Parser(this.#b, offset, this);
    const n = p.value();
    p.value(); // generation
    const kw = p.value();
    if (n !== num || !(kw instanceof Keyword) || kw.word !== 'obj') throw new Error(`object ${num} is not at offset ${offset}`);
    return p.objectBody();
  }

  #objectInStream(streamNum: number, index: number, num: number): Value {
    let os = this.#objStreams.get(streamNum);
    if (!os) {
      const s = this.object(streamNum);
      if (!(s instanceof Stream)) throw new Error(`object stream ${streamNum} missing`);
      const bytes = this.bytes(s);
      const n = this.number(s.dict.get('N')) ?? 0;
      const first = this.number(s.dict.get('First')) ?? 0;
      const head = new Parser(bytes, 0, this);
      const offsets = new Map<number, number>();
      for (let i = 0; i < n; i++) {
        const k = head.value();
        const off = head.value();
        if (typeof k === 'number' && typeof off === 'number') offsets.set(k, off);
      }
      os = { first, offsets, bytes };
      this.#objStreams.set(streamNum, os);
    }
    const off = os.offsets.get(num);
    if (off === undefined) throw new Error(`object ${num} not in object stream ${streamNum} (index ${index})`);
    return new Parser(os.bytes, os.first + off, this).value() as Value;
  }

  /** The cross-reference sections from the last, following /Prev (and /XRefStm); later entries win. */
  #readXref(): Dict | undefined {
    const tail = latin1(this.#b, Math.max(0, this.#b.length - 2048), this.#b.length);
    const m = /startxref\s+(\d+)/g;
    let offset: number | undefined;
    for (let x = m.exec(tail); x; x = m.exec(tail)) offset = Number(x[1]);
    if (offset === undefined) return undefined;
    let trailer: Dict | undefined;
    const seen = new Set<number>();
    for (let i = 0; offset !== undefined && i < MAX_PREV && !seen.has(offset); i++) {
      seen.add(offset);
      const section = this.#section(offset);
      trailer ??= section;
      const stm = section.get('XRefStm');
      if (typeof stm === 'number' && !seen.has(stm)) {
        seen.add(stm);
        this.#section(stm);
      }
      const prev = section.get('Prev');
      offset = typeof prev === 'number' ? prev : undefined;
    }
    return trailer;
  }

  /** One cross-reference section (a table with its trailer, or a stream): its entries added where none is yet. */
  #section(offset: number): Dict {
    const p = new Parser(this.#b, offset, this);
    const first = p.value();
    if (first instanceof Keyword && first.word === 'xref') {
      for (;;) {
        const start = p.value();
        if (start instanceof Keyword) {
          if (start.word !== 'trailer') throw new Error('no trailer');
          const trailer = p.value();
          if (!(trailer instanceof Map)) throw new Error('bad trailer');
          return trailer;
        }
        const count = p.value();
        if (typeof start !== 'number' || typeof count !== 'number') throw new Error('bad xref subsection');
        for (let k = 0; k < count; k++) {
          const off = p.value();
          p.value();
          const type = p.value();
          const num = start + k;
          if (type instanceof Keyword && type.word === 'n' && typeof off === 'number' && !this.#xref.has(num)) this.#xref.set(num, { offset: off });
          else if (!this.#xref.has(num)) this.#xref.set(num, { offset: -1 });
        }
      }
    }
    // A cross-reference stream: `n g obj << /Type /XRef … >> stream`.
    p.value();
    p.value();
    const obj = p.objectBody();
    if (!(obj instanceof Stream)) throw new Error('no cross-reference stream');
    const w = (this.array(obj.dict.get('W')) ?? []).map((x) => (typeof x === 'number' ? x : 0));
    const size = this.number(obj.dict.get('Size')) ?? 0;
    const index = (this.array(obj.dict.get('Index')) ?? [0, size]).map((x) => (typeof x === 'number' ? x : 0));
    const data = this.bytes(obj);
    const width = w.reduce((a, b) => a + b, 0);
    let at = 0;
    const field = (n: number, dflt: number) => {
      if (n === 0) return dflt;
      let v = 0;
      for (let i = 0; i < n; i++) v = v * 256 + (data[at++] ?? 0);
      return v;
    };
    for (let s = 0; s + 1 < index.length; s += 2) {
      for (let k = 0; k < index[s + 1]! && at + width <= data.length; k++) {
        const num = index[s]! + k;
        const type = field(w[0] ?? 0, 1);
        const a = field(w[1] ?? 0, 0);
        const b = field(w[2] ?? 0, 0);
        if (this.#xref.has(num)) continue;
        if (type === 1) this.#xref.set(num, { offset: a });
        else if (type === 2) this.#xref.set(num, { stream: a, index: b });
        else this.#xref.set(num, { offset: -1 });
      }
    }
    return obj.dict;
  }

  #scanned: Map<number, number> | undefined;

  /** Every `n g obj` in the bytes, by object number (the last wins). */
  #found(): Map<number, number> {
    if (this.#scanned) return this.#scanned;
    const found = new Map<number, number>();
    const text = latin1(this.#b, 0, this.#b.length);
    const re = /(?:^|[\r\n\s])(\d+)\s+(\d+)\s+obj\b/g;
    for (let m = re.exec(text); m; m = re.exec(text)) found.set(Number(m[1]), m.index + m[0].indexOf(m[1]!));
    this.#scanned = found;
    return found;
  }

  /** Damaged cross-references: every `n g obj` in the bytes (the last wins), the trailer with a /Root. */
  #reconstruct(): Dict {
    this.#xref.clear();
    this.#cache.clear();
    for (const [num, offset] of this.#found()) this.#xref.set(num, { offset });
    const text = latin1(this.#b, 0, this.#b.length);
    let trailer: Dict | undefined;
    const tr = /trailer\s*<</g;
    for (let m = tr.exec(text); m; m = tr.exec(text)) {
      const t = new Parser(this.#b, m.index + 7, this).value();
      if (t instanceof Map && t.get('Root')) trailer = t;
    }
    if (!trailer)
      for (const num of this.#xref.keys()) {
        const o = this.object(num);
        if (o instanceof Stream && o.dict.get('Root') && this.name(o.dict.get('Type')) === 'XRef') trailer = o.dict;
        else if (o instanceof Map && this.name(o.get('Type')) === 'Catalog') trailer = new Map([['Root', new Ref(num, 0)]]);
      }
    if (!trailer) throw new Error('no trailer and no catalog');
    return trailer;
  }
}

/** The object syntax (7.3): values, with `n g R` references and streams. */
class Parser {
  #pos: number;
  constructor(
    readonly b: Uint8Array,
    at: number,
    readonly file: PdfFile,
  ) {
    this.#pos = at;
  }

  /** After `n g obj`: the value, and its stream data if a stream follows. */
  objectBody(): Value {
    const value = this.value();
    const save = this.#pos;
    const kw = this.value();
    if (!(kw instanceof Keyword) || kw.word !== 'stream' || !(value instanceof Map)) {
      this.#pos = save;
      return value instanceof Keyword ? null : value;
    }
    const b = this.b;
    // The data starts after the end of line that follows the keyword (CR LF or LF).
    let start = this.#pos;
    if (b[start] === 0x0d) start++;
    if (b[start] === 0x0a) start++;
    const length = this.file.number(value.get('Length'));
    let end = length !== undefined && length >= 0 ? start + length : -1;
    if (end < 0 || end > b.length || !/^\s*endstream/.test(latin1(b, end, Math.min(b.length, end + 20)))) {
      // A wrong /Length: the data ends at `endstream`.
      const at = indexOfWord(b, 'endstream', start);
      end = at < 0 ? b.length : at;
      while (end > start && (b[end - 1] === 0x0a || b[end - 1] === 0x0d)) end--;
    }
    return new Stream(value, b.subarray(start, end));
  }

  value(): Value | Keyword {
    const b = this.b;
    this.#skip();
    if (this.#pos >= b.length) throw new Error('unexpected end of file');
    const c = b[this.#pos]!;
    if (c === 0x2f) return this.#name();
    if (c === 0x28) return new Str(this.#string(literalAt(b, this.#pos)));
    if (c === 0x3c) {
      if (b[this.#pos + 1] === 0x3c) return this.#dict();
      return new Str(this.#string(hexAt(b, this.#pos)));
    }
    if (c === 0x5b) {
      this.#pos++;
      const items: Array<Value | Keyword> = [];
      for (;;) {
        this.#skip();
        if (this.#pos >= b.length) throw new Error('unterminated array');
        if (b[this.#pos] === 0x5d) {
          this.#pos++;
          return this.#refs(items);
        }
        const v = this.value();
        if (v instanceof Keyword) {
          if (v.word === 'R') items.push(v);
          else if (v.word === 'endobj') throw new Error('unterminated array');
          continue;
        }
        items.push(v);
      }
    }
    if ((c >= 0x30 && c <= 0x39) || c === 0x2b || c === 0x2d || c === 0x2e) {
      const n = Number(this.#word());
      const save = this.#pos;
      // `n g R` at the top (inside arrays and dictionaries, #refs joins them).
      if (Number.isInteger(n)) {
        this.#skip();
        const d = this.b[this.#pos];
        if (d !== undefined && d >= 0x30 && d <= 0x39) {
          const g = Number(this.#word());
          this.#skip();
          if (this.b[this.#pos] === 0x52 && (this.#pos + 1 >= b.length || WHITE[b[this.#pos + 1]!] || DELIM[b[this.#pos + 1]!])) {
            this.#pos++;
            return new Ref(n, g);
          }
        }
      }
      this.#pos = save;
      return Number.isNaN(n) ? 0 : n;
    }
    if (c === 0x29 || c === 0x3e || c === 0x5d || c === 0x7d || c === 0x7b) {
      this.#pos++;
      return this.value();
    }
    const word = this.#word();
    if (word === 'true') return true;
    if (word === 'false') return false;
    if (word === 'null') return null;
    return new Keyword(word);
  }

  /** An array's items with `n g R` triples joined (a number read alone stays a number). */
  #refs(items: Array<Value | Keyword>): Value[] {
    const out: Value[] = [];
    for (const item of items) {
      if (item instanceof Keyword) {
        const g = out.pop();
        const n = out.pop();
        if (typeof n === 'number' && typeof g === 'number') out.push(new Ref(n, g));
        continue;
      }
      out.push(item);
    }
    return out;
  }

  #skip(): void {
    this.#pos = skipSpace(this.b, this.#pos);
  }

  /** A keyword or number's characters. */
  #word(): string {
    const start = this.#pos;
    this.#pos = regularEnd(this.b, start);
    return latin1(this.b, start, this.#pos);
  }

  #name(): Name {
    const { name, end } = nameAt(this.b, this.#pos);
    this.#pos = end;
    return Name.of(name);
  }

  #string(read: Read): Uint8Array {
    this.#pos = read.end;
    return read.bytes;
  }

  #dict(): Dict {
    const b = this.b;
    this.#pos += 2;
    const out: Dict = new Map();
    for (;;) {
      this.#skip();
      if (this.#pos >= b.length) throw new Error('unterminated dictionary');
      if (b[this.#pos] === 0x3e && b[this.#pos + 1] === 0x3e) {
        this.#pos += 2;
        return out;
      }
      const key = this.value();
      if (key instanceof Keyword && key.word === 'endobj') throw new Error('unterminated dictionary');
      if (!(key instanceof Name)) continue;
      this.#skip();
      if (b[this.#pos] === 0x3e && b[this.#pos + 1] === 0x3e) continue;
      const value = this.value();
      if (!(value instanceof Keyword)) out.set(key.value, value);
    }
  }
}

function indexOfWord(b: Uint8Array, word: string, from: number): number {
  const first = word.charCodeAt(0);
  for (let i = b.indexOf(first, from); i >= 0; i = b.indexOf(first, i + 1)) {
    let ok = true;
    for (let k = 1; k < word.length && ok; k++) ok = b[i + k] === word.charCodeAt(k);
    if (ok) return i;
  }
  return -1;
}

/** PNG predictors (7.4.4.4), row by row, each row led by its filter type. */
function pngUnpredict(data: Uint8Array, columns: number, colors: number, bits: number): Uint8Array {
  const bpp = Math.max(1, Math.ceil((colors * bits) / 8));
  const rowLength = Math.ceil((columns * colors * bits) / 8);
  const rows = Math.floor(data.length / (rowLength + 1));
  const out = new Uint8Array(rows * rowLength);
  for (let r = 0; r < rows; r++) {
    const type = data[r * (rowLength + 1)]!;
    const src = r * (rowLength + 1) + 1;
    const dst = r * rowLength;
    for (let i = 0; i < rowLength; i++) {
      const x = data[src + i]!;
      const left = i >= bpp ? out[dst + i - bpp]! : 0;
      const up = r > 0 ? out[dst - rowLength + i]! : 0;
      const upLeft = r > 0 && i >= bpp ? out[dst - rowLength + i - bpp]! : 0;
      let v = x;
      if (type === 1) v = x + left;
      else if (type === 2) v = x + up;
      else if (type === 3) v = x + ((left + up) >> 1);
      else if (type === 4) {
        const p = left + up - upLeft;
        const pa = Math.abs(p - left);
        const pb = Math.abs(p - up);
        const pc = Math.abs(p - upLeft);
        v = x + (pa <= pb && pa <= pc ? left : pb <= pc ? up : upLeft);
      }
      out[dst + i] = v & 0xff;
    }
  }
  return out;
}

// PDFDocEncoding where it differs from Latin-1 (D.2): 0x18-0x1f and 0x80-0x9f.
const PDF_DOC: Record<number, number> = {
  0x18: 0x02d8,
  0x19: 0x02c7,
  0x1a: 0x02c6,
  0x1b: 0x02d9,
  0x1c: 0x02dd,
  0x1d: 0x02db,
  0x1e: 0x02da,
  0x1f: 0x02dc,
  0x80: 0x2022,
  0x81: 0x2020,
  0x82: 0x2021,
  0x83: 0x2026,
  0x84: 0x2014,
  0x85: 0x2013,
  0x86: 0x0192,
  0x87: 0x2044,
  0x88: 0x2039,
  0x89: 0x203a,
  0x8a: 0x2212,
  0x8b: 0x2030,
  0x8c: 0x201e,
  0x8d: 0x201c,
  0x8e: 0x201d,
  0x8f: 0x2018,
  0x90: 0x2019,
  0x91: 0x201a,
  0x92: 0x2122,
  0x93: 0xfb01,
  0x94: 0xfb02,
  0x95: 0x0141,
  0x96: 0x0152,
  0x97: 0x0160,
  0x98: 0x0178,
  0x99: 0x017d,
  0x9a: 0x0131,
  0x9b: 0x0142,
  0x9c: 0x0153,
  0x9d: 0x0161,
  0x9e: 0x017e,
  0xa0: 0x20ac,
};

/** A text string: UTF-16BE or UTF-8 by its byte order mark, else PDFDocEncoding. */
export function textString(bytes: Uint8Array): string {
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    let s = '';
    for (let i = 2; i + 1 < bytes.length; i += 2) s += String.fromCharCode((bytes[i]! << 8) | bytes[i + 1]!);
    return s;
  }
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return Buffer.from(bytes.subarray(3)).toString('utf8');
  let s = '';
  for (const b of bytes) s += String.fromCharCode(PDF_DOC[b] ?? b);
  return s;
}
