/**
 * Liang's hyphenation over the pattern tables of the `hyphen` package, for one word at a time.
 *
 * The package's own `hyphenateSync` reads its input character by character through several
 * closures and regex tests (it accepts whole HTML texts) and slices the word afresh at every
 * position; on the few thousand long words of a reader that cost ~60 ms of every cold build.
 * This is the same algorithm on the same tables, steps and quirks kept, for input that is a
 * single word of letters: `createHyphenator(patterns)(w)` equals the package's
 * `hyphenateSync(w)` whenever `w` holds no whitespace, punctuation, `<` or soft hyphen
 * (tests/unit/compose/liang.test.ts checks this).
 */

/** A node of the pattern trie: a subtrie, a leaf (index into the levels table), or both. */
export type PatternTrie = { [letter: string]: PatternTrie | number | [PatternTrie, number] };

/** The package's pattern module: levels table, trie, and exceptions as break positions. */
export type HyphenPatterns = [number[][], PatternTrie, Record<string, number[]>?];

const NO_TRIE: PatternTrie = {};
const has = (o: object, key: string): boolean => Object.prototype.hasOwnProperty.call(o, key);

/** A hyphenator that inserts `hyphenChar` at every break the patterns allow. */
export function createHyphenator(patterns: HyphenPatterns, hyphenChar = '\u00AD'): (word: string) => string {
  const [levelsTable, trie, exceptions = {}] = patterns;
  // Break positions by lower-cased word, seeded with the exceptions (as the package does).
  const markers = new Map<string, number[]>();
  return (word) => {
    const lowered = word.toLocaleLowerCase();
    let m = markers.get(lowered);
    if (m === undefined) {
      m = has(exceptions, lowered) ? exceptions[lowered]! : breakPositions(word.length, lowered, levelsTable, trie);
      markers.set(lowered, m);
    }
    return insertAt(word, hyphenChar, m);
  };
}

/**
 * Where a word may break (indexes into the word). Kept step for step as in the package,
 * including `levels` being a plain array that a pattern matching at the word's end may
 * lengthen, since that changes which end positions are cleared.
 */
function breakPositions(length: number, lowered: string, levelsTable: number[][], trie: PatternTrie): number[] {
  const levels: number[] = new Array<number>(length + 1).fill(0);
  const chars = `.${lowered}.`;
  for (let start = 0; chars.length - start >= 3; start++) {
    // The package's index runs 0, 0, 1, 2, …: the first two starts share position 0.
    const at = start === 0 ? 0 : start - 1;
    let node: PatternTrie = trie;
    for (let i = start; i < chars.length; i++) {
      const next = node[chars[i]!];
      if (next === undefined) break;
      let index = -1;
      if (Array.isArray(next)) {
        node = next[0];
        index = next[1];
      } else if (typeof next === 'number') {
        node = NO_TRIE;
        index = next;
      } else {
        node = next;
      }
      if (index < 0) continue;
      const pattern = levelsTable[index]!;
      for (let k = 0; k < pattern.length; k++) levels[at + k] = Math.max(pattern[k]!, levels[at + k]!);
    }
  }
  levels[0] = levels[1] = levels[levels.length - 1] = levels[levels.length - 2] = 0;
  const out: number[] = [];
  for (let i = 0; i < levels.length; i++) if ((levels[i]! & 1) === 1) out.push(i);
  return out;
}

function insertAt(text: string, hyphenChar: string, markers: number[]): string {
  if (markers.length === 0) return text;
  const parts = [text.slice(0, markers[0])];
  for (let i = 1; i < markers.length; i++) parts.push(text.slice(markers[i - 1], markers[i]));
  parts.push(text.slice(markers[markers.length - 1]));
  return parts.join(hyphenChar);
}
