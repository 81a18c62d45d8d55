/**
 * A minimal content-stream reader: splits a decoded page stream into operations
 * (operands + operator) and keeps each one's raw text, so a rewrite can insert
 * marked-content operators without re-serialising what Chromium wrote.
 */

export interface Operation {
  /** The operator, e.g. `Tj`, `BDC`, `cm`. */
  op: string;
  /** Raw operand tokens, in order. */
  operands: string[];
  /** Raw text of operands and operator together. */
  raw: string;
}

const REGULAR = 0;
const WHITESPACE = 1;
const DELIMITER = 2;
/** The class of each byte: regular, PDF whitespace or delimiter. */
const BYTE_CLASS = new Uint8Array(256);
for (const c of [0x00, 0x09, 0x0a, 0x0c, 0x0d, 0x20]) BYTE_CLASS[c] = WHITESPACE;
for (const ch of '()<>[]{}/%') BYTE_CLASS[ch.charCodeAt(0)] = DELIMITER;

/** Every operator of ISO 32000-1 (Annex A), found by its bytes (up to three) so that reading one builds no string. */
const OPERATORS = new Map<number, string>();
for (const op of 'b b* B B* BDC BI BMC BT BX c cm CS cs d d0 d1 Do DP EI EMC ET EX f F f* G g gs h i ID j J K k l m M MP n q Q re RG rg ri s S SC sc SCN scn sh T* Tc Td TD Tf Tj TJ TL Tm Tr Ts Tw Tz v w W W* y \' "'.split(
  ' ',
)) {
  let key = op.length << 24;
  for (let k = 0; k < op.length; k++) key |= op.charCodeAt(k) << (8 * k);
  OPERATORS.set(key, op);
}

/** 10^k for k = 0..22, each exact in a double. */
const POWERS_OF_TEN = Array.from({ length: 23 }, (_, k) => Number(`1e${k}`));

/**
 * Reads a decoded content stream (bytes) one operation at a time, in place: `next()` moves to
 * the next operation, whose operator, operand spans and raw span the fields then hold. Nothing
 * is allocated per token, which matters on a book's millions of them; `operand()` builds a
 * string only when asked.
 */
export class ContentScanner {
  /** The current operator, e.g. `Tj`. */
  op = '';
  /** Where the current operation's raw text (operands and operator) starts in `bytes`. */
  start = 0;
  /** Where it ends (exclusive). */
  end = 0;
  /** How many operands the current operation has. */
  count = 0;
  /** The stream, as a Buffer view (no copy). */
  readonly bytes: Buffer;
  private starts = new Int32Array(16);
  private ends = new Int32Array(16);
  /** Each operand's value where it is a plain decimal, read as it is scanned; else NaN. */
  private values = new Float64Array(16);
  private pos = 0;

  constructor(bytes: Uint8Array) {
    this.bytes = Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }

  /** Move to the next operation; false at the end (operands after the last operator are dropped). */
  next(): boolean {
    const b = this.bytes;
    const n = b.length;
    let i = this.pos;
    let opStart = -1;
    this.count = 0;
    while (i < n) {
      const c = b[i]!;
      if (BYTE_CLASS[c] === WHITESPACE) {
        i++;
        continue;
      }
      if (c === 0x25 /* % comment */) {
        while (i < n && b[i] !== 0x0a && b[i] !== 0x0d) i++;
        continue;
      }
      const start = i;
      if (opStart < 0) opStart = start;
      if (c === 0x28 /* ( */) i = skipLiteralString(b, i);
      else if (c === 0x3c && b[i + 1] === 0x3c) i = skipDictionary(b, i);
      else if (c === 0x3c) i = skipHexString(b, i);
      else if (c === 0x5b /* [ */) i = skipArray(b, i);
      else if (c === 0x2f /* / */) i = skipRegular(b, i + 1);
      else {
        // A word: a number or keyword operand, or the operator that ends the operation.
        i = skipRegular(b, i);
        if (i === start) i++; // a stray delimiter: step over it
        if (isNumberStart(c)) this.push(start, i, decimalValue(b, start, i));
        else if (isKeywordOperand(b, start, i)) this.push(start, i);
        else {
          this.op = operatorName(b, start, i);
          // Inline image: its data is binary; it ends at whitespace + EI + whitespace.
          if (this.op === 'BI') i = inlineImageEnd(b, i);
          this.start = opStart;
          this.end = i;
          this.pos = i;
          return true;
        }
        continue;
      }
      this.push(start, i);
    }
    this.pos = n;
    return false;
  }

  /** Where operand k starts in `bytes`. */
  operandStart(k: number): number {
    return this.starts[k]!;
  }

  /** Where operand k ends (exclusive). */
  operandEnd(k: number): number {
    return this.ends[k]!;
  }

  /** Operand k as text (latin1); empty if there is no such operand. */
  operand(k: number): string {
    return k < this.count ? this.bytes.toString('latin1', this.starts[k]!, this.ends[k]!) : '';
  }

  /** Operand k as `Number()` reads it (NaN if there is no such operand). */
  number(k: number): number {
    if (k >= this.count) return NaN;
    const value = this.values[k]!;
    // NaN: not a plain decimal, read when it was scanned; Number() decides.
    return value === value ? value : Number(this.operand(k));
  }

  /** The current operation as text, operands and operator together. */
  raw(): string {
    return this.bytes.toString('latin1', this.start, this.end);
  }

  private push(start: number, end: number, value = NaN): void {
    if (this.count === this.starts.length) {
      this.starts = grow(this.starts, new Int32Array(this.count * 2));
      this.ends = grow(this.ends, new Int32Array(this.count * 2));
      this.values = grow(this.values, new Float64Array(this.count * 2));
    }
    this.starts[this.count] = start;
    this.ends[this.count] = end;
    this.values[this.count] = value;
    this.count++;
  }
}

/** Split a content stream (decoded: bytes, or latin1 text) into operations. */
export function parseContentStream(content: string | Uint8Array): Operation[] {
  const ops: Operation[] = [];
  const scanner = new ContentScanner(typeof content === 'string' ? Buffer.from(content, 'latin1') : content);
  while (scanner.next()) {
    const operands: string[] = [];
    for (let k = 0; k < scanner.count; k++) operands.push(scanner.operand(k));
    ops.push({ op: scanner.op, operands, raw: scanner.raw() });
  }
  return ops;
}

function grow<T extends Int32Array | Float64Array>(a: T, bigger: T): T {
  bigger.set(a);
  return bigger;
}

/**
 * The value of a number token as Number() reads it, if it is a plain decimal (sign, up to 15
 * digits, one point); else NaN. Up to 15 digits the mantissa is an exact integer, and one
 * division by an exact power of ten rounds once, as Number() does.
 */
function decimalValue(b: Buffer, start: number, end: number): number {
  let i = start;
  const sign = b[i];
  if (sign === 0x2d || sign === 0x2b) i++;
  let mantissa = 0;
  let digits = 0;
  let decimals = -1;
  for (; i < end; i++) {
    const d = b[i]! - 0x30;
    if (d >= 0 && d <= 9) {
      mantissa = mantissa * 10 + d;
      digits++;
      if (decimals >= 0) decimals++;
    } else if (d === 0x2e - 0x30 && decimals < 0) decimals = 0;
    else return NaN;
  }
  if (digits === 0 || digits > 15) return NaN;
  const value = decimals > 0 ? mantissa / POWERS_OF_TEN[decimals]! : mantissa;
  return sign === 0x2d ? -value : value;
}

/** Digits, sign or point: a number operand (operators never start with these). */
function isNumberStart(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || c === 0x2b || c === 0x2d || c === 0x2e;
}

/** `true`, `false` or `null`: operands, though they read like operators. */
function isKeywordOperand(b: Buffer, start: number, end: number): boolean {
  const c = b[start];
  if (c !== 0x74 && c !== 0x66 && c !== 0x6e) return false;
  const word = b.toString('latin1', start, end);
  return word === 'true' || word === 'false' || word === 'null';
}

function operatorName(b: Buffer, start: number, end: number): string {
  const length = end - start;
  if (length <= 3) {
    let key = length << 24;
    for (let k = 0; k < length; k++) key |= b[start + k]! << (8 * k);
    const known = OPERATORS.get(key);
    if (known) return known;
  }
  return b.toString('latin1', start, end);
}

/** End of a literal string `(…)`: balanced parentheses, backslash escapes. */
function skipLiteralString(b: Buffer, i: number): number {
  const n = b.length;
  let depth = 0;
  for (; i < n; i++) {
    const c = b[i];
    if (c === 0x5c /* \ */) i++;
    else if (c === 0x28) depth++;
    else if (c === 0x29 && --depth === 0) return i + 1;
  }
  return n;
}

/** End of a run of regular bytes (a name after its slash, a number, an operator). */
function skipRegular(b: Buffer, i: number): number {
  const n = b.length;
  while (i < n && BYTE_CLASS[b[i]!] === REGULAR) i++;
  return i;
}

/** End of a hex string `<…>` (a loop, not Buffer#indexOf: these are a few bytes long, and a native call each costs more). */
function skipHexString(b: Buffer, i: number): number {
  const n = b.length;
  while (i < n && b[i] !== 0x3e) i++;
  return i < n ? i + 1 : n;
}

/** End of a dictionary `<<…>>`, nested dictionaries and strings included. */
function skipDictionary(b: Buffer, i: number): number {
  const n = b.length;
  let depth = 0;
  while (i < n) {
    const c = b[i];
    if (c === 0x28) {
      i = skipLiteralString(b, i);
      continue;
    }
    if (c === 0x3c && b[i + 1] === 0x3c) {
      depth++;
      i += 2;
    } else if (c === 0x3e && b[i + 1] === 0x3e) {
      depth--;
      i += 2;
      if (depth === 0) return i;
    } else i++;
  }
  return n;
}

/** End of an array `[…]`, nested arrays and strings included. */
function skipArray(b: Buffer, i: number): number {
  const n = b.length;
  let depth = 0;
  while (i < n) {
    const c = b[i];
    if (c === 0x28) {
      i = skipLiteralString(b, i);
      continue;
    }
    if (c === 0x5b) depth++;
    else if (c === 0x5d && --depth === 0) return i + 1;
    i++;
  }
  return n;
}

/** White space as JavaScript's `\s` reads a latin1 byte. */
function isJsSpace(c: number | undefined): boolean {
  return c !== undefined && ((c >= 0x09 && c <= 0x0d) || c === 0x20 || c === 0xa0);
}

/** End of an inline image's data: the first `EI` between white space after `ID`. */
function inlineImageEnd(b: Buffer, i: number): number {
  const n = b.length;
  // From after `ID`, and never back before the operator (that would read the same image forever).
  for (let k = Math.max(b.indexOf('ID', i, 'latin1') + 2, i); k + 2 < n; k++) {
    if (isJsSpace(b[k]) && b[k + 1] === 0x45 && b[k + 2] === 0x49 && (k + 3 === n || isJsSpace(b[k + 3]))) return k + 3;
  }
  return n;
}

/** Operators that start or continue a path, paint, or show text: content that must be tagged or an artifact. */
export const CONTENT_OPERATORS = new Set([
  'm',
  'l',
  'c',
  'v',
  'y',
  'h',
  're',
  'S',
  's',
  'f',
  'F',
  'f*',
  'B',
  'B*',
  'b',
  'b*',
  'n',
  'Tj',
  'TJ',
  "'",
  '"',
  'Do',
  'sh',
  'BI',
]);
