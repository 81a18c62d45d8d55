import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { englishWords, SortedWords } from '../../../src/normalize/vocabulary.ts';

describe('SortedWords', () => {
  it('finds exactly the words of a small sorted list', () => {
    const list = new SortedWords(JSON.stringify(['a', 'ab', 'abc', 'b', 'ba', 'zz']));
    for (const w of ['a', 'ab', 'abc', 'b', 'ba', 'zz']) expect(list.has(w), w).toBe(true);
    for (const w of ['', 'aa', 'abcd', 'bb', 'c', 'z', 'zzz', 'A', 'é']) expect(list.has(w), w).toBe(false);
  });

  it('agrees with a Set of the whole English list', () => {
    const require = createRequire(import.meta.url);
    const all = require('an-array-of-english-words') as string[];
    const set = new Set(all);
    const words = englishWords();
    for (let i = 0; i < all.length; i += 97) expect(words.has(all[i]!), all[i]).toBe(true);
    // Near misses: each word with a letter added, dropped or changed, which are mostly not words.
    for (let i = 0; i < all.length; i += 389) {
      const w = all[i]!;
      for (const probe of [`${w}q`, w.slice(1), `${w.slice(0, -1)}z`, w.toUpperCase(), `${w}'s`]) expect(words.has(probe), probe).toBe(set.has(probe));
    }
  });
});
