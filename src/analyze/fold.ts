/** Text folding and word counting shared by the analyzers. */
import { isLetterOrDigit, letterOrDigitAt } from './word-chars.ts';

const marks = /\p{M}+/gu;

/** Lower case with accents stripped (`Broué` → `broue`); keeps string length for Latin text in NFC. */
export function fold(text: string): string {
  return text.normalize('NFD').replace(marks, '').toLowerCase();
}

/** A word: letters or digits, with inner apostrophes or hyphens (`don't`, `co-existence`). */
export const wordPattern = /[\p{L}\p{N}]+(?:['’\-][\p{L}\p{N}]+)*/gu;

/**
 * Calls `each(start, end)` for every match of `wordPattern` in `text`, in order. A scan instead
 * of the regex: its two Unicode classes cost more to compile on a cold start than the scan.
 */
export function eachWord(text: string, each: (start: number, end: number) => void): void {
  let start = -1;
  for (let i = 0; i < text.length; i++) {
    const at = i;
    let c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const cp = text.codePointAt(i)!;
      if (cp > 0xffff) {
        c = cp;
        i++;
      }
    }
    if (isLetterOrDigit(c)) {
      if (start < 0) start = at;
    } else if (start >= 0 && !((c === 0x27 || c === 0x2019 || c === 0x2d) && letterOrDigitAt(text, i + 1))) {
      // An apostrophe or hyphen inside a word joins it only when a letter or digit follows.
      each(start, at);
      start = -1;
    }
  }
  if (start >= 0) each(start, text.length);
}

/** Number of words in a string (matches of `wordPattern`). */
export function countWords(text: string): number {
  let n = 0;
  eachWord(text, () => n++);
  return n;
}

/** Reading time at 230 words a minute, rounded up; 0 only for an empty text. */
export function readingMinutes(words: number): number {
  return Math.ceil(words / 230);
}
