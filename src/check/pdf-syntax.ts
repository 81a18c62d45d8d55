/**
 * The byte-level syntax both of the checker's readers share (ISO 32000-1 7.2, 7.3.4): white
 * space and delimiters, literal and hexadecimal strings. The file reader (pdf-file.ts) and the
 * content-stream reader (content-scan.ts) tokenize with these.
 */

export const WHITE = new Uint8Array(256);
for (const c of [0x00, 0x09, 0x0a, 0x0c, 0x0d, 0x20]) WHITE[c] = 1;
export const DELIM = new Uint8Array(256);
for (const c of '()<>[]{}/%') DELIM[c.charCodeAt(0)] = 1;
const HEX = new Uint8Array(256).fill(255);
for (let i = 0; i < 16; i++) {
  HEX['0123456789abcdef'.charCodeAt(i)] = i;
  HEX['0123456789ABCDEF'.charCodeAt(i)] = i;
}
const ESCAPES: Record<number, number> = { 0x6e: 0x0a, 0x72: 0x0d, 0x74: 0x09, 0x62: 0x08, 0x66: 0x0c, 0x28: 0x28, 0x29: 0x29, 0x5c: 0x5c };

/** A string read from the bytes, and the position after it. */
export interface Read {
  bytes: Uint8Array;
  end: number;
}

/** The literal string whose `(` is at `at` (7.3.4.2): escapes undone, balanced parentheses kept. */
export function literalAt(b: Uint8Array, at: number): Read {
  let pos = at + 1;
  const out: number[] = [];
  let depth = 1;
  while (pos < b.length) {
    const c = b[pos++]!;
    if (c === 0x5c) {
      const e = b[pos++];
      if (e === undefined) break;
      const simple = ESCAPES[e];
      if (simple !== undefined) out.push(simple);
      else if (e >= 0x30 && e <= 0x37) {
        let v = e - 0x30;
        for (let i = 0; i < 2 && b[pos]! >= 0x30 && b[pos]! <= 0x37; i++) v = v * 8 + (b[pos++]! - 0x30);
        out.push(v & 0xff);
      } else if (e === 0x0d) {
        if (b[pos] === 0x0a) pos++;
      } else if (e !== 0x0a) out.push(e);
      continue;
    }
    if (c === 0x28) depth++;
    else if (c === 0x29 && --depth === 0) break;
    out.push(c);
  }
  return { bytes: Uint8Array.from(out), end: pos };
}

/** The hexadecimal string whose `<` is at `at` (7.3.4.3): white space skipped, an odd last digit followed by 0. */
export function hexAt(b: Uint8Array, at: number): Read {
  const start = at + 1;
  let close = b.indexOf(0x3e, start);
  if (close < 0) close = b.length;
  const out = new Uint8Array((close - start + 1) >> 1);
  let n = 0;
  let high = -1;
  for (let i = start; i < close; i++) {
    const v = HEX[b[i]!]!;
    if (v === 255) continue;
    if (high < 0) high = v;
    else {
      out[n++] = high * 16 + v;
      high = -1;
    }
  }
  if (high >= 0) out[n++] = high * 16;
  return { bytes: n === out.length ? out : out.subarray(0, n), end: Math.min(b.length, close + 1) };
}

/** Bytes as Latin-1 text. */
export function latin1(b: Uint8Array, start: number, end: number): string {
  // A name or keyword (most calls: a book's structure tree alone has hundreds of thousands) is
  // read a byte at a time: a Buffer view and a call into the engine for each cost more.
  if (end - start <= 16 && end <= b.length) {
    let s = '';
    for (let i = start; i < end; i++) s += String.fromCharCode(b[i]!);
    return s;
  }
  return Buffer.from(b.buffer, b.byteOffset + start, Math.max(0, end - start)).toString('latin1');
}

/** The position after white space and comments from `at`. */
export function skipSpace(b: Uint8Array, at: number): number {
  let pos = at;
  while (pos < b.length) {
    const c = b[pos]!;
    if (WHITE[c]) pos++;
    else if (c === 0x25 /* % */) {
      while (pos < b.length && b[pos] !== 0x0a && b[pos] !== 0x0d) pos++;
    } else break;
  }
  return pos;
}

/** The end of the run of regular characters (a keyword, number or name's body) from `at`. */
export function regularEnd(b: Uint8Array, at: number): number {
  let pos = at;
  while (pos < b.length && !WHITE[b[pos]!] && !DELIM[b[pos]!]) pos++;
  return pos;
}

/** The name whose `/` is at `at` (7.3.5): its `#xx` escapes undone. */
export function nameAt(b: Uint8Array, at: number): { name: string; end: number } {
  const end = regularEnd(b, at + 1);
  const raw = latin1(b, at + 1, end);
  return { name: raw.includes('#') ? raw.replace(/#([0-9a-fA-F]{2})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16))) : raw, end };
}
