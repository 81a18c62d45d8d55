import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { compileTopics, matchTopic } from '../../../src/analyze/index.ts';
import type { Topic } from '../../../src/types.ts';

const topic = (terms: string[], patterns: string[] = [], minScore = 1): Topic => ({
  id: 't',
  title: 'T',
  terms,
  patterns,
  minScore,
  questions: [],
});

describe('matchTopic', () => {
  it('matches plurals and possessives', () => {
    const t = topic(['Makhnovist', 'Makhno', 'bureaucracy', 'apparatus']);
    expect(matchTopic('The Makhnovists fought on.', t).terms).toEqual(['Makhnovist']);
    expect(matchTopic("Makhno's army", t).terms).toEqual(['Makhno']);
    expect(matchTopic('Makhno’s army', t).terms).toEqual(['Makhno']);
    expect(matchTopic('rival bureaucracies', t).terms).toEqual(['bureaucracy']);
    expect(matchTopic('the state apparatuses', t).terms).toEqual(['apparatus']);
  });

  it('takes a bare apostrophe after s as a possessive', () => {
    expect(matchTopic('Pipes’ work reached a mass audience', topic(['Pipes'])).score).toBe(1);
    expect(matchTopic("the historians' view", topic(['historian'])).score).toBe(1);
  });

  it('matches on word boundaries only', () => {
    const t = topic(['Georgian', 'Georgia', 'faction']);
    expect(matchTopic('Georgiana was there', t).score).toBe(0);
    expect(matchTopic('a putative satisfaction', t).score).toBe(0);
    expect(matchTopic('the Georgian affair in Georgia', t)).toEqual({ score: 2, terms: ['Georgian', 'Georgia'] });
  });

  it('is case- and accent-insensitive, and multi-word terms span spaces and hyphens', () => {
    const t = topic(['socialism in one country', 'one party state', 'Broué']);
    expect(matchTopic('SOCIALISM IN ONE\ncountry', t).terms).toEqual(['socialism in one country']);
    expect(matchTopic('the one-party state', t).terms).toEqual(['one party state']);
    expect(matchTopic('as Broue says', t).terms).toEqual(['Broué']);
  });

  it('counts distinct terms and patterns', () => {
    const t = topic(['Kronstadt', 'Makhno'], ['tenth\\s+(party\\s+)?congress']);
    expect(matchTopic('Kronstadt, Kronstadt and Makhno at the Tenth Party Congress', t)).toEqual({
      score: 3,
      terms: ['Kronstadt', 'Makhno', '/tenth\\s+(party\\s+)?congress/'],
    });
  });

  it('never matches a term glued to letters on either side', () => {
    const k = topic(['Kronstadt']);
    const letters = fc.stringMatching(/^[a-z]{1,6}$/);
    fc.assert(fc.property(letters, (pre) => matchTopic(`${pre}kronstadt`, k).score === 0));
    fc.assert(
      fc.property(
        letters.filter((post) => post !== 's' && post !== 'es'),
        (post) => matchTopic(`kronstadt${post} rising`, k).score === 0,
      ),
    );
  });
});

describe('compileTopics', () => {
  it('maps the manifest shape', () => {
    const [t] = compileTopics([{ id: 'k', title: 'K', terms: ['Kronstadt'], patterns: [], min_score: 2, questions: ['Why?'] }]);
    expect(t).toEqual({ id: 'k', title: 'K', terms: ['Kronstadt'], patterns: [], minScore: 2, questions: ['Why?'] });
  });

  it('refuses a bad regex with a catalog error', () => {
    expect(() => compileTopics([{ id: 'k', title: 'K', terms: ['x'], patterns: ['(('], min_score: 1, questions: [] }])).toThrow(
      /Unexpected pattern `\(\(` in topic `k`/,
    );
  });
});
