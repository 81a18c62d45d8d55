import { describe, expect, it } from 'vitest';
import { parseCitation } from '../../../src/analyze/index.ts';
import { findParentheticals, isCitationLike } from '../../../src/analyze/citation-inline.ts';

describe('parseCitation', () => {
  it.each([
    ['Broué, El Partido Bolchevique, 67.', { author: 'Broué', surname: 'Broué', title: 'El Partido Bolchevique', locator: '67' }],
    ['Marx, «Critique of the Gotha Program.»', { author: 'Marx', surname: 'Marx', title: 'Critique of the Gotha Program' }],
    ['Trotski, «Problems of the Soviet Regime».', { author: 'Trotski', surname: 'Trotski', title: 'Problems of the Soviet Regime' }],
    ['Maria Joffe, One Long Night, pp. 69-70.', { author: 'Maria Joffe', surname: 'Joffe', title: 'One Long Night', locator: 'pp. 69-70' }],
    ['Rosa Luxemburg Speaks, page 395', { title: 'Rosa Luxemburg Speaks', locator: 'page 395' }],
    ['Izvestiya Ts. Kom. KPSS, no. 12, 1989, p. 191', { title: 'Izvestiya Ts. Kom. KPSS', locator: 'no. 12, p. 191' }],
    ['Quoted in D. Volkogonov, Trotsky pp. 381-2.', { author: 'D. Volkogonov', surname: 'Volkogonov', title: 'Trotsky', locator: 'pp. 381-2' }],
    ['See Volkoganov, p. 463.', { author: 'Volkoganov', surname: 'Volkoganov', locator: 'p. 463' }],
    [
      'Special Report on the 20th Congress of the CPSU by N.S. Khrushchev, 24-25 February 1956.',
      { author: 'N.S. Khrushchev', surname: 'Khrushchev', title: 'Special Report on the 20th Congress of the CPSU' },
    ],
    ['Nazi-Soviet Relations, pp. 75-6, reproduced in Robert Black, Stalinism in Britain, p. 130.', { title: 'Nazi-Soviet Relations', locator: 'pp. 75-6' }],
  ])('%s', (raw, expected) => {
    expect(parseCitation(raw)).toEqual(expected);
  });

  it('marks ibid', () => {
    expect(parseCitation('ibid., p. 6')).toEqual({ ibid: true, locator: 'p. 6' });
  });

  it('gives up on text with neither author nor title', () => {
    expect(parseCitation('p. 6')).toBeUndefined();
  });
});

describe('inline citations', () => {
  it.each([
    '(Maria Joffe, One Long Night, pp. 69-70.)',
    '(Rosa Luxemburg Speaks, page 395)',
    '(Izvestiya Ts. Kom. KPSS, no. 12, 1989, p. 191)',
    '(Trotsky, The Stalin School of Falsification.)',
    '(See Alan Woods, Bolshevism, the Road to Revolution)',
    '(ibid., p. 6)',
  ])('takes %s as a citation', (group) => {
    expect(isCitationLike(group.slice(1, -1))).toBe(true);
  });

  it.each([
    '(or plain bullying)',
    '(Zinoviev, AW)',
    '(on March 11, 1938)',
    '(Loud and prolonged applause)',
    '(Kamenev, Zinoviev)',
    '(Bolshevik Leninists)',
    '(On the conclusion of the report, all the delegates rise and greet Comrade Stalin)',
  ])('takes %s as a remark', (group) => {
    expect(isCitationLike(group.slice(1, -1))).toBe(false);
  });

  it('finds balanced groups with nested parentheses, not across blocks', () => {
    const text = 'a (Pravda, April 21 (8) 1917.) b (open\nnever closed) c (x)';
    expect(findParentheticals(text).map((g) => g.inner)).toEqual(['Pravda, April 21 (8) 1917.', 'x']);
  });
});
