/**
 * Character classes as lookup tables for the hot loops (one array read instead of a Unicode
 * regex per character). Each table is filled one code unit at a time, on first use of that
 * code unit: building all 65,536 entries up front cost about 20 ms of every cold build, and a
 * text uses a few hundred of them.
 */

/** `letterClass[c]`: 0 not yet known, else LETTER or OTHER. */
const LETTER = 1;
const OTHER = 2;
const letterClass = new Uint8Array(65536);
/** `lowerOf[c]`: the lower case of `c`, 0 when not yet known. */
const lowerOf = new Uint16Array(65536);
const isLetter = /\p{L}/u;

function classify(c: number): number {
  // Surrogate halves are not letters by themselves; astral letters are rare in our texts.
  const k = c >= 0xd800 && c <= 0xdfff ? OTHER : isLetter.test(String.fromCharCode(c)) ? LETTER : OTHER;
  letterClass[c] = k;
  return k;
}

function lowerOfCode(c: number): number {
  const lc = String.fromCharCode(c).toLowerCase();
  const l = lc.length === 1 ? lc.charCodeAt(0) : c;
  lowerOf[c] = l;
  return l;
}

/** Whether the UTF-16 code unit is a letter. */
export function isLetterCode(c: number): boolean {
  const k = letterClass[c];
  // Outside the table (not a code unit) `k` is undefined: not a letter.
  return (k === 0 ? classify(c) : k) === LETTER;
}

/** Lower-case of a code unit (itself when lower-casing changes the length). */
export function lowerCode(c: number): number {
  const l = lowerOf[c]!;
  return l === 0 ? lowerOfCode(c) : l;
}

/** The run of letters right before a final hyphen ("revo-" -> "revo"), or undefined. */
export function wordBeforeHyphen(s: string): string | undefined {
  if (!s.endsWith('-')) return undefined;
  let i = s.length - 2;
  while (i >= 0 && isLetterCode(s.charCodeAt(i))) i--;
  return i === s.length - 2 ? undefined : s.slice(i + 1, -1);
}

/** The run of letters a string starts with, or undefined. */
export function leadingLetters(s: string): string | undefined {
  let i = 0;
  while (i < s.length && isLetterCode(s.charCodeAt(i))) i++;
  return i === 0 ? undefined : s.slice(0, i);
}
