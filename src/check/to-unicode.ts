/**
 * A font's /ToUnicode CMap (ISO 32000-1 9.10.3), read by the checker itself: which text each
 * character code of a shown string stands for. Codes are split by the CMap's codespace ranges
 * (Identity-H: two bytes each).
 */

/** How a font's shown strings read as text. */
export interface CodeMap {
  decode(bytes: Uint8Array): string;
}

interface Codespace {
  bytes: number;
  low: number;
  high: number;
}

/**
 * The map of a /ToUnicode stream's bytes. Without one, a simple font's codes read by their
 * glyph names where its /Differences give them, else as Latin-1; a composite font's as nothing.
 */
export function toUnicodeMap(cmap: Uint8Array | undefined, defaultBytes: 1 | 2, glyphNames?: Map<number, string>): CodeMap {
  const map = new Map<number, string>();
  const spaces: Codespace[] = [];
  if (cmap) readCMap(Buffer.from(cmap).toString('latin1'), map, spaces);
  else if (glyphNames) for (const [code, name] of glyphNames) map.set(code, glyphText(name));
  const fixed = spaces.length === 0 ? defaultBytes : spaces.every((s) => s.bytes === spaces[0]!.bytes) ? spaces[0]!.bytes : 0;
  const fallback = (code: number, bytes: number) => (cmap || bytes !== 1 ? '' : String.fromCharCode(code));
  const lengthAt = (b: Uint8Array, i: number): number => {
    if (fixed) return fixed;
    // The shortest codespace range the bytes fall in (9.7.6.2).
    for (let n = 1; n <= 4 && i + n <= b.length; n++) {
      const code = readCode(b, i, n);
      if (spaces.some((s) => s.bytes === n && code >= s.low && code <= s.high)) return n;
    }
    return 1;
  };
  return {
    decode(b) {
      let out = '';
      for (let i = 0; i < b.length;) {
        const n = Math.min(lengthAt(b, i), b.length - i);
        const code = readCode(b, i, n);
        out += map.get(code) ?? fallback(code, n);
        i += n;
      }
      return out;
    },
  };
}

// The glyph names of the Latin-1 punctuation and digits (Adobe Glyph List); letters are named by themselves.
const GLYPHS: Record<string, string> = {
  space: ' ',
  exclam: '!',
  quotedbl: '"',
  numbersign: '#',
  dollar: '$',
  percent: '%',
  ampersand: '&',
  quotesingle: "'",
  quoteright: '\u2019',
  quoteleft: '\u2018',
  parenleft: '(',
  parenright: ')',
  asterisk: '*',
  plus: '+',
  comma: ',',
  hyphen: '-',
  period: '.',
  slash: '/',
  zero: '0',
  one: '1',
  two: '2',
  three: '3',
  four: '4',
  five: '5',
  six: '6',
  seven: '7',
  eight: '8',
  nine: '9',
  colon: ':',
  semicolon: ';',
  less: '<',
  equal: '=',
  greater: '>',
  question: '?',
  at: '@',
  bracketleft: '[',
  backslash: '\\',
  bracketright: ']',
  underscore: '_',
  quotedblleft: '\u201c',
  quotedblright: '\u201d',
  endash: '\u2013',
  emdash: '\u2014',
  ellipsis: '\u2026',
  softhyphen: '\u00ad',
};

function glyphText(name: string): string {
  if (name.length === 1) return name;
  const uni = /^uni([0-9A-Fa-f]{4})$/.exec(name) ?? /^u([0-9A-Fa-f]{4,6})$/.exec(name);
  if (uni) return String.fromCodePoint(parseInt(uni[1]!, 16));
  return GLYPHS[name] ?? '';
}

function readCode(b: Uint8Array, at: number, n: number): number {
  let code = 0;
  for (let i = 0; i < n; i++) code = code * 256 + b[at + i]!;
  return code;
}

const TOKEN = /<([0-9A-Fa-f\s]*)>|\[|\]|(begincodespacerange|endcodespacerange|beginbfchar|endbfchar|beginbfrange|endbfrange)|\/(\S+)/g;

function readCMap(text: string, map: Map<number, string>, spaces: Codespace[]): void {
  let section: 'space' | 'char' | 'range' | undefined;
  // Operands of the current entry: hex strings, or (in a range) an array of them.
  let args: Array<string | string[]> = [];
  let array: string[] | undefined;
  for (const m of text.matchAll(TOKEN)) {
    const [whole, hex, keyword, name] = m;
    if (keyword) {
      section = keyword.startsWith('begin') ? (keyword === 'begincodespacerange' ? 'space' : keyword === 'beginbfchar' ? 'char' : 'range') : undefined;
      args = [];
      continue;
    }
    if (!section) continue;
    if (whole === '[') {
      array = [];
      continue;
    }
    if (whole === ']') {
      if (array) args.push(array);
      array = undefined;
    } else {
      const value = hex !== undefined ? hex.replace(/\s+/g, '') : nameText(name ?? '');
      if (array) {
        array.push(value);
        continue;
      }
      args.push(value);
    }
    if (section === 'space' && args.length === 2) {
      const [lo, hi] = args as [string, string];
      spaces.push({ bytes: Math.max(1, lo.length / 2), low: parseInt(lo || '0', 16), high: parseInt(hi || '0', 16) });
      args = [];
    } else if (section === 'char' && args.length === 2) {
      const [src, dst] = args as [string, string];
      map.set(parseInt(src || '0', 16), utf16(dst));
      args = [];
    } else if (section === 'range' && args.length === 3) {
      const [lo, hi, dst] = args as [string, string, string | string[]];
      const low = parseInt(lo || '0', 16);
      const high = Math.min(parseInt(hi || '0', 16), low + 0xffff);
      for (let code = low; code <= high; code++) {
        const i = code - low;
        if (Array.isArray(dst)) {
          if (dst[i] !== undefined) map.set(code, utf16(dst[i]));
        } else map.set(code, utf16(incrementHex(dst, i)));
      }
      args = [];
    }
  }
}

/** A destination written as a name (/space, /uni00AD) rather than hex: its hex, where it says. */
function nameText(name: string): string {
  const uni = /^uni([0-9A-Fa-f]{4,})$/.exec(name);
  return uni ? uni[1]! : '';
}

/** A bfrange destination plus `by`: only its last byte counts up (9.10.3). */
function incrementHex(hex: string, by: number): string {
  if (by === 0 || hex.length < 2) return hex;
  const last = parseInt(hex.slice(-2), 16) + by;
  return hex.slice(0, -2) + (last & 0xff).toString(16).padStart(2, '0');
}

/** UTF-16BE hex as text. */
function utf16(hex: string): string {
  let out = '';
  for (let i = 0; i + 4 <= hex.length; i += 4) out += String.fromCharCode(parseInt(hex.slice(i, i + 4), 16));
  if (hex.length === 2) out += String.fromCharCode(parseInt(hex, 16));
  return out;
}
