import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countWords, eachWord, wordPattern } from '../../../src/analyze/fold.ts';
import { codePointBefore, isLetterOrDigit } from '../../../src/analyze/word-chars.ts';

// Letters, digits, joiners, marks, astral letters and symbols, and lone surrogate halves.
const chars = ['a', 'B', '1', "'", '’', '-', ' ', '.', 'é', '\u0301', '中', '𝐀', '😀', '\ud835', '\udc00', '\n'];
const text = fc.array(fc.constantFrom(...chars), { maxLength: 40 }).map((a) => a.join(''));

describe('word chars', () => {
  it('classifies like [\\p{L}\\p{N}] and reads surrogate pairs backwards', () => {
    const re = /[\p{L}\p{N}]/u;
    for (let cp = 0; cp < 0x3000; cp++) expect(isLetterOrDigit(cp), cp.toString(16)).toBe(re.test(String.fromCodePoint(cp)));
    for (const cp of [0x1d400, 0x1f600, 0x20000, 0xd800, 0xdc00, 0xfeff]) expect(isLetterOrDigit(cp), cp.toString(16)).toBe(re.test(String.fromCodePoint(cp)));
    expect(codePointBefore('a𝐀', 3)).toBe(0x1d400);
    expect(codePointBefore('\udc00', 1)).toBe(0xdc00);
    expect(codePointBefore('a', 0)).toBeUndefined();
  });
});

describe('eachWord and countWords', () => {
  it('find exactly the matches of wordPattern', () => {
    fc.assert(
      fc.property(text, (s) => {
        const spans: Array<[number, number]> = [];
        eachWord(s, (start, end) => spans.push([start, end]));
        const expected = [...s.matchAll(wordPattern)].map((m) => [m.index, m.index + m[0].length]);
        expect(spans, JSON.stringify(s)).toEqual(expected);
        expect(countWords(s), JSON.stringify(s)).toBe(expected.length);
      }),
      { numRuns: 5000 },
    );
  });
});
