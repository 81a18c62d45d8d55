/** Text folding and word counting shared by the analyzers. */

const marks = /\p{M}+/gu;

/** Lower case with accents stripped (`Broué` → `broue`); keeps string length for Latin text in NFC. */
export function fold(text: string): string {
  return text.normalize('NFD').replace(marks, '').toLowerCase();
}

/** A word: letters or digits, with inner apostrophes or hyphens (`don't`, `co-existence`). */
export const wordPattern = /[\p{L}\p{N}]+(?:['’\-][\p{L}\p{N}]+)*/gu;

/** Number of words in a string. */
export function countWords(text: string): number {
  let n = 0;
  for (const _ of text.matchAll(wordPattern)) n++;
  return n;
}

/** Reading time at 230 words a minute, rounded up; 0 only for an empty text. */
export function readingMinutes(words: number): number {
  return Math.ceil(words / 230);
}
