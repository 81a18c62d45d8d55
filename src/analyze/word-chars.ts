/**
 * `[\p{L}\p{N}]` as a function of a code point, for the analyzers' scans. A regex holding
 * Unicode property classes costs ~0.5 ms to compile on a cold start (V8 compiles it twice: for
 * its interpreter, then to machine code), and the analyzers held dozens; this one regex is
 * asked once per distinct code unit and the answer remembered.
 */

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
/** Per BMP code unit: 0 not yet asked, 1 letter or digit, 2 neither. */
const known = new Uint8Array(65536);

/** Whether code point `cp` is a letter or a digit (`\p{L}` or `\p{N}`). */
export function isLetterOrDigit(cp: number): boolean {
  if (cp < 128) return (cp >= 97 && cp <= 122) || (cp >= 65 && cp <= 90) || (cp >= 48 && cp <= 57);
  if (cp > 0xffff) return LETTER_OR_DIGIT.test(String.fromCodePoint(cp));
  let k = known[cp]!;
  if (k === 0) {
    k = LETTER_OR_DIGIT.test(String.fromCharCode(cp)) ? 1 : 2;
    known[cp] = k;
  }
  return k === 1;
}

/** The code point that ends right before index `i`, as a `/u` lookbehind reads it; undefined at 0. */
export function codePointBefore(s: string, i: number): number | undefined {
  if (i <= 0) return undefined;
  const lo = s.charCodeAt(i - 1);
  if (lo >= 0xdc00 && lo <= 0xdfff && i >= 2) {
    const hi = s.charCodeAt(i - 2);
    if (hi >= 0xd800 && hi <= 0xdbff) return (hi - 0xd800) * 0x400 + (lo - 0xdc00) + 0x10000;
  }
  return lo;
}

/** Whether a letter or digit sits right before index `i` / starts at index `i`. */
export const letterOrDigitBefore = (s: string, i: number): boolean => {
  const cp = codePointBefore(s, i);
  return cp !== undefined && isLetterOrDigit(cp);
};
export const letterOrDigitAt = (s: string, i: number): boolean => {
  const cp = s.codePointAt(i);
  return cp !== undefined && isLetterOrDigit(cp);
};
