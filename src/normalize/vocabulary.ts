import { createRequire } from 'node:module';

let english: Set<string> | undefined;

/** The English word list (lower case), loaded once on first use. */
export function englishWords(): Set<string> {
  if (!english) {
    const require = createRequire(import.meta.url);
    english = new Set(require('an-array-of-english-words') as string[]);
  }
  return english;
}

/** Lower-case word counts of a text: the document's own vocabulary. */
export function documentVocabulary(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const m of text.matchAll(/[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu)) {
    const w = m[0].toLowerCase();
    counts.set(w, (counts.get(w) ?? 0) + 1);
  }
  return counts;
}
