import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { termRegex } from '../../../src/analyze/topics.ts';
import { fold } from '../../../src/analyze/fold.ts';
import { termMatcher } from '../../../src/analyze/term-match.ts';

// Few letters, so terms and texts meet often; plus every character class the grammar names.
const textChars = ['a', 'b', 'e', 's', 'y', 'i', 'ie', 'ies', "'", '’', ' ', '-', '‐', '–', '\u00a0', '\n', '.', '1', 'é', 'ß', '中', '𝐀', '😀', '\u0301', 'x'];
const termChars = ['a', 'b', 'e', 's', 'y', 'i', "'", '’', ' ', '-', 'x', 'ba', 'by'];
const text = fc.array(fc.constantFrom(...textChars), { maxLength: 24 }).map((a) => a.join(''));
const term = fc.array(fc.constantFrom(...termChars), { minLength: 1, maxLength: 8 }).map((a) => a.join(''));
const words = (t: string) =>
  fold(t)
    .trim()
    .split(/[\s\-‐–]+/)
    .filter(Boolean);

describe('termMatcher', () => {
  it('agrees with the term regex on any text', () => {
    fc.assert(
      fc.property(term, fc.array(text, { minLength: 1, maxLength: 6 }), (t, texts) => {
        const test = termMatcher(words(t));
        if (!test) return;
        const re = termRegex(t);
        for (const s of texts) expect(test(s), `${JSON.stringify(t)} in ${JSON.stringify(s)}`).toBe(re.test(s));
        const joined = texts.join(' ') + ` ${fold(t)}s`;
        expect(test(joined), `${JSON.stringify(t)} in ${JSON.stringify(joined)}`).toBe(re.test(joined));
      }),
      { numRuns: 3000 },
    );
  });

  it('matches plural, -ies and possessive forms, on word boundaries only', () => {
    const test = termMatcher(words('bureaucracy'))!;
    for (const s of ['bureaucracy', 'bureaucracys', 'bureaucracyes', 'bureaucracies', "bureaucracy's", 'the bureaucracies’ rule'])
      expect(test(s), s).toBe(true);
    for (const s of ['bureaucracyx', 'xbureaucracy', '1bureaucracy', 'bureaucraci', 'bureaucracies2']) expect(test(s), s).toBe(false);
    const multi = termMatcher(words('one party state'))!;
    expect(multi('the one-party\u00a0states')).toBe(true);
    expect(multi('the oneparty state')).toBe(false);
  });

  it('leaves terms it cannot cover exactly to the regex', () => {
    expect(termMatcher([])).toBeUndefined();
    expect(termMatcher(['y'])).toBeUndefined();
    expect(termMatcher(["'ab"])).toBeUndefined();
    expect(termMatcher(['a😀b'])).toBeUndefined();
  });
});
