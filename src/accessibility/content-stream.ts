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

const DELIMITER_TABLE = new Uint8Array(128);
for (const ch of '()<>[]{}/%') DELIMITER_TABLE[ch.charCodeAt(0)] = 1;

/** Split a content stream (decoded, as latin1 text) into operations. */
export function parseContentStream(text: string): Operation[] {
  const ops: Operation[] = [];
  let operands: string[] = [];
  let opStart = -1;
  let i = 0;
  const n = text.length;
  const isWs = (c: number) => c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09 || c === 0x0c || c === 0x00;
  const isDelim = (c: number) => c < 0x80 && DELIMITER_TABLE[c] === 1;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isWs(c)) {
      i++;
      continue;
    }
    if (c === 0x25 /* % comment */) {
      while (i < n && text[i] !== '\n' && text[i] !== '\r') i++;
      continue;
    }
    const start = i;
    if (opStart < 0) opStart = start;
    if (c === 0x28 /* ( */) {
      i = skipLiteralString(text, i);
      operands.push(text.slice(start, i));
    } else if (c === 0x3c && text[i + 1] === '<') {
      i = skipNested(text, i, '<<', '>>');
      operands.push(text.slice(start, i));
    } else if (c === 0x3c) {
      i = text.indexOf('>', i) + 1 || n;
      operands.push(text.slice(start, i));
    } else if (c === 0x5b /* [ */) {
      i = skipArray(text, i);
      operands.push(text.slice(start, i));
    } else if (c === 0x2f /* / */) {
      i++;
      while (i < n && !isWs(text.charCodeAt(i)) && !isDelim(text.charCodeAt(i))) i++;
      operands.push(text.slice(start, i));
    } else {
      while (i < n && !isWs(text.charCodeAt(i)) && !isDelim(text.charCodeAt(i))) i++;
      if (i === start) i++; // a stray delimiter: step over it
      const word = text.slice(start, i);
      if (isNumberStart(c) || word === 'true' || word === 'false' || word === 'null') {
        operands.push(word);
        continue;
      }
      if (word === 'BI') {
        // Inline image: its data is binary; it ends at whitespace + EI + whitespace.
        const end = findInlineImageEnd(text, i);
        ops.push({ op: 'BI', operands, raw: text.slice(opStart, end) });
        i = end;
      } else {
        ops.push({ op: word, operands, raw: text.slice(opStart, i) });
      }
      operands = [];
      opStart = -1;
    }
  }
  return ops;
}

/** Digits, sign or point: a number operand (operators never start with these). */
function isNumberStart(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || c === 0x2b || c === 0x2d || c === 0x2e;
}

function skipLiteralString(text: string, i: number): number {
  let depth = 0;
  for (; i < text.length; i++) {
    const ch = text[i];
    if (ch === '\\') i++;
    else if (ch === '(') depth++;
    else if (ch === ')' && --depth === 0) return i + 1;
  }
  return i;
}

function skipNested(text: string, i: number, open: string, close: string): number {
  let depth = 0;
  while (i < text.length) {
    if (text[i] === '(') {
      i = skipLiteralString(text, i);
      continue;
    }
    if (text.startsWith(open, i)) {
      depth++;
      i += open.length;
    } else if (text.startsWith(close, i)) {
      depth--;
      i += close.length;
      if (depth === 0) return i;
    } else i++;
  }
  return i;
}

function skipArray(text: string, i: number): number {
  let depth = 0;
  while (i < text.length) {
    const ch = text[i];
    if (ch === '(') {
      i = skipLiteralString(text, i);
      continue;
    }
    if (ch === '[') depth++;
    else if (ch === ']' && --depth === 0) return i + 1;
    i++;
  }
  return i;
}

function findInlineImageEnd(text: string, i: number): number {
  const re = /\sEI(?=[\s]|$)/g;
  re.lastIndex = text.indexOf('ID', i) + 2;
  const m = re.exec(text);
  return m ? m.index + m[0].length : text.length;
}

/** Operators that start or continue a path, paint, or show text: content that must be tagged or an artifact. */
export const CONTENT_OPERATORS = new Set(['m', 'l', 'c', 'v', 'y', 'h', 're', 'S', 's', 'f', 'F', 'f*', 'B', 'B*', 'b', 'b*', 'n', 'Tj', 'TJ', "'", '"', 'Do', 'sh', 'BI']);
