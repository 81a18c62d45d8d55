import { describe, expect, it } from 'vitest';
import { resolveStartTexts, SHORT_READER_WORDS, textStart } from '../../../src/compose/index.ts';

describe('start_texts', () => {
  it('auto: a new page for a short reader, a right-hand page for a long one', () => {
    expect(resolveStartTexts('auto', SHORT_READER_WORDS - 1)).toBe('new-page');
    expect(resolveStartTexts('auto', SHORT_READER_WORDS)).toBe('right-page');
    expect(resolveStartTexts('continue', 100_000)).toBe('continue');
  });

  it('continue: the first text, and any text after a notes page, still opens a page', () => {
    expect([0, 1, 2].map((i) => textStart('continue', i, false))).toEqual(['starts-page', 'runs-on', 'runs-on']);
    expect([0, 1].map((i) => textStart('continue', i, true))).toEqual(['starts-page', 'starts-page']);
    expect(textStart('right-page', 1, false)).toBe('starts-right');
    expect(textStart('new-page', 1, false)).toBe('starts-page');
  });
});
