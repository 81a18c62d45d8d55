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

/**
 * Lower-case word counts of a text: the document's own vocabulary. With `wanted`, only those
 * words are counted (the spellings that decide line-end hyphens), which keeps this fast.
 */
export function documentVocabulary(text: string, wanted?: Set<string>): Map<string, number> {
  const counts = new Map<string, number>();
  if (wanted && wanted.size === 0) return counts;
  // No `u` flag: V8 runs this much faster, and letters above U+00BF count as word characters.
  for (const m of text.toLowerCase().matchAll(/[a-z0-9\u00C0-\uFFFF]+(?:[-'’][a-z0-9\u00C0-\uFFFF]+)*/g)) {
    const w = m[0];
    if (wanted && !wanted.has(w)) continue;
    counts.set(w, (counts.get(w) ?? 0) + 1);
  }
  return counts;
}

/** The closed and hyphenated spellings of every word split across a line end. */
export function splitCandidates(lines: readonly { text: string }[]): Set<string> {
  const wanted = new Set<string>();
  for (let i = 0; i < lines.length; i++) {
    const t = lines[i]!.text;
    if (!t.endsWith('-')) continue;
    const left = /(\p{L}+)-$/u.exec(t.slice(-40))?.[1];
    let j = i + 1;
    while (j < lines.length && !lines[j]!.text) j++;
    const right = /^\p{L}+/u.exec(lines[j]?.text ?? '')?.[0];
    if (!left || !right) continue;
    wanted.add((left + right).toLowerCase());
    wanted.add(`${left}-${right}`.toLowerCase());
  }
  return wanted;
}
