/**
 * Character classes as lookup tables for the hot loops (one array read instead of a Unicode
 * regex per character). Built once, on first use, for the Basic Multilingual Plane.
 */
let letter: Uint8Array | undefined;
let lower: Uint16Array | undefined;

function build(): void {
  letter = new Uint8Array(65536);
  lower = new Uint16Array(65536);
  const isLetter = /\p{L}/u;
  for (let c = 0; c < 65536; c++) {
    const ch = String.fromCharCode(c);
    // Surrogate halves are not letters by themselves; astral letters are rare in our texts.
    if (c < 0xd800 || c > 0xdfff) letter[c] = isLetter.test(ch) ? 1 : 0;
    const lc = ch.toLowerCase();
    lower[c] = lc.length === 1 ? lc.charCodeAt(0) : c;
  }
}

/** Whether the UTF-16 code unit is a letter. */
export function isLetterCode(c: number): boolean {
  if (!letter) build();
  return letter![c] === 1;
}

/** Lower-case of a code unit (itself when lower-casing changes the length). */
export function lowerCode(c: number): number {
  if (!lower) build();
  return lower![c]!;
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
