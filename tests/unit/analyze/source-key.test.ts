import { describe, expect, it } from 'vitest';
import { resolveKeys, sourceKey, surnameKey, titleKey } from '../../../src/analyze/index.ts';
import { editDistance } from '../../../src/analyze/source-key.ts';

const resolve = (...keys: string[]): Map<string, string> => {
  const counts = new Map<string, number>();
  for (const k of keys) counts.set(k, (counts.get(k) ?? 0) + 1);
  return resolveKeys(counts);
};

describe('source keys', () => {
  it('folds accents and unifies transliterations', () => {
    expect(surnameKey('Broué')).toBe('broue');
    expect(surnameKey('Trotski')).toBe(surnameKey('Trotsky'));
    expect(surnameKey('Trotskiy')).toBe('trotsky');
    expect(surnameKey('Zinovieff')).toBe('zinoviev');
  });

  it('shortens titles to three significant words', () => {
    expect(titleKey('El Partido Bolchevique')).toBe('partido-bolchevique');
    expect(titleKey('«Critique of the Gotha Program.»')).toBe('critique-gotha-program');
    expect(sourceKey('Broué', 'El Partido Bolchevique')).toBe('broue:partido-bolchevique');
    expect(sourceKey(undefined, 'The Revolution Betrayed')).toBe(':revolution-betrayed');
  });

  it('merges a one-letter slip in a surname, most used spelling wins', () => {
    const m = resolve('volkogonov:trotsky', 'volkogonov:trotsky', 'volkoganov');
    expect(m.get('volkoganov')).toBe('volkogonov:trotsky');
    const n = resolve('medvedev:let-history-judge', 'medvedef:let-history-judge');
    expect(n.get('medvedef:let-history-judge')).toBe('medvedev:let-history-judge');
  });

  it('keeps different short names apart', () => {
    const m = resolve('marx:capital', 'mark:gospel');
    expect(m.get('mark:gospel')).toBe('mark:gospel');
  });

  it('joins a bare author to their only work, not to one of several', () => {
    expect(resolve('pipes', 'pipes:revolucion-rusa').get('pipes')).toBe('pipes:revolucion-rusa');
    expect(resolve('lenin', 'lenin:state-revolution', 'lenin:what-be-done').get('lenin')).toBe('lenin');
  });

  it('gives a bare title its author when one author has that title', () => {
    expect(resolve(':communism', 'nagy:communism').get(':communism')).toBe('nagy:communism');
  });

  it('merges a title that is a prefix of another, or has a slip', () => {
    const m = resolve('lenin:collected-works', 'lenin:collected-works-russian', 'ciliga:russian-enigma', 'ciliga:rusian-enigma');
    expect(m.get('lenin:collected-works-russian')).toBe(m.get('lenin:collected-works'));
    expect(m.get('ciliga:rusian-enigma')).toBe(m.get('ciliga:russian-enigma'));
  });

  it('computes bounded edit distance', () => {
    expect(editDistance('trotsky', 'trotski')).toBe(1);
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('abcdefgh', 'zzzzzzzz', 2)).toBe(3);
  });
});
