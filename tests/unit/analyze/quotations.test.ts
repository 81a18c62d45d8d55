import { describe, expect, it } from 'vitest';
import { quotedSpans, quotations } from '../../../src/analyze/quotations.ts';
import { sharedQuotations } from '../../../src/analyze/index.ts';

describe('quotations', () => {
  it('finds quotations in every quote style', () => {
    const text = [
      'He said “one two three four five six seven eight” and',
      'then "one two three four five six seven eight" and',
      'then ‘one two three four five six seven eight’ and',
      "then 'one two three four five six seven eight' and",
      'then «one two three four five six seven eight» too.',
    ].join(' ');
    expect(quotations(text).map((q) => q.words)).toEqual([8, 8, 8, 8, 8]);
  });

  it('ignores short quotations and apostrophes', () => {
    const text = "Lenin's 'workers state' was the workers’ own, “too short”, don't.";
    expect(quotations(text)).toEqual([]);
    expect(quotedSpans(text).map((s) => s.text)).toEqual(['workers state', 'too short']);
  });

  it('keeps the outer quotation when quotes nest', () => {
    const text = '“He called it ‘a bureaucratic distortion’ and left the hall at once.”';
    expect(quotedSpans(text).map((s) => s.text)).toEqual(['He called it ‘a bureaucratic distortion’ and left the hall at once.']);
  });

  it('runs a quotation opened at the start of a paragraph and never closed to its end', () => {
    const text = '“The revolution explodes the social lie and calls things by their proper names';
    expect(quotations(text)).toHaveLength(1);
  });

  it('stays linear on stray marks', () => {
    const text = 'word “ '.repeat(50_000);
    // Timed against one linear pass over the same text (each word matched once), not against the
    // clock: a busy machine slows both alike. Linear work is a few such passes; quadratic, thousands.
    const fastest = (fn: () => unknown) => Math.min(...[1, 2, 3].map(() => ((t) => (fn(), performance.now() - t))(performance.now())));
    const pass = fastest(() => [...text.matchAll(/\S+/g)].length);
    expect(fastest(() => quotedSpans(text))).toBeLessThan(50 * pass);
  });
});

describe('sharedQuotations', () => {
  const lenin = 'Stalin is too rude and this defect, although quite tolerable in our midst, becomes intolerable';

  it('finds the same words quoted in different quote styles and cases', () => {
    const shared = sharedQuotations([
      { textId: 'a', paragraphId: 'a-p1', text: lenin },
      { textId: 'b', paragraphId: 'b-p4', text: `Lenin wrote that «${lenin.toUpperCase()}» in the office of General Secretary` },
      { textId: 'c', paragraphId: 'c-p2', text: 'Nothing in common with the others at all, none whatever, nothing.' },
    ]);
    expect(shared).toHaveLength(1);
    expect(shared[0]!.occurrences.map((o) => o.paragraphId)).toEqual(['a-p1', 'b-p4']);
    expect(shared[0]!.occurrences[1]!.text).toBe(lenin.toUpperCase());
  });

  it('merges near-identical quotations (a word changed) into one passage', () => {
    const variant = lenin.replace('quite tolerable', 'entirely tolerable');
    const shared = sharedQuotations([
      { textId: 'a', paragraphId: 'a-p1', text: `“${lenin}”` },
      { textId: 'b', paragraphId: 'b-p1', text: `"${variant}"` },
    ]);
    expect(shared).toHaveLength(1);
    expect(shared[0]!.occurrences.map((o) => o.text)).toEqual([lenin, variant]);
  });

  it('ignores words shared within one text only', () => {
    const shared = sharedQuotations([
      { textId: 'a', paragraphId: 'a-p1', text: lenin },
      { textId: 'a', paragraphId: 'a-p9', text: lenin },
    ]);
    expect(shared).toEqual([]);
  });

  it('joins three texts quoting one passage into one entry', () => {
    const shared = sharedQuotations(['a', 'b', 'c'].map((t, i) => ({ textId: t, paragraphId: `${t}-p${i}`, text: i === 1 ? lenin.slice(0, 60) : lenin })));
    expect(shared).toHaveLength(1);
    expect(shared[0]!.occurrences).toHaveLength(3);
    expect(shared[0]!.text).toBe(lenin);
  });
});
