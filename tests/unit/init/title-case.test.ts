import { describe, expect, it } from 'vitest';
import { casingOf, isAllCaps, nameFromCaps, titleFromCaps } from '../../../src/init/title-case.ts';

describe('titleFromCaps', () => {
  const english = casingOf('Cities are closing streets. The NHS says pollution kills. In London, McDonald opened a shop. The iPhone app works.');

  it.each([
    ['THE CASE FOR CAR-FREE CITY CENTRES', 'The Case for Car-Free City Centres'],
    ['WHY THE NHS NEEDS CLEAN AIR: A PLAN FOR LONDON', 'Why the NHS Needs Clean Air: A Plan for London'],
    ['WORLD WAR II AND THE USSR', 'World War II and the USSR'],
    ["WORKERS' RIGHTS AND WHAT WE'RE FOR", "Workers' Rights and What We're For"],
    ['THE IPHONE AND MCDONALD', 'The iPhone and McDonald'],
    ['WHAT IT IS', 'What It Is'],
    // A number ends a title as a word does: the small word before it stays small.
    ['THE BRISTOL BUS BOYCOTT OF 1963', 'The Bristol Bus Boycott of 1963'],
    // "off" and "up" are a verb's particles in titles far more often than prepositions.
    ['HANDS OFF OUR LIBRARY!', 'Hands Off Our Library!'],
    ['SPEAK UP FOR CARE WORKERS', 'Speak Up for Care Workers'],
  ])('%s -> %s', (caps, expected) => expect(titleFromCaps(caps, english, 'en')).toBe(expected));

  it('uses sentence case outside English, with capitals only where the text writes them', () => {
    const fr = casingOf("La ville de Paris a fermé les rues. Les voitures sont interdites à Paris depuis que la mairie l'a décidé.");
    expect(titleFromCaps('POUR UNE VILLE SANS VOITURES À PARIS', fr, 'fr')).toBe('Pour une ville sans voitures à Paris');
    const de = casingOf('Die Stadt Berlin hat die Straßen gesperrt. Die Zukunft der Stadt ist autofrei.');
    expect(titleFromCaps('DIE ZUKUNFT DER STADT', de, 'de')).toBe('Die Zukunft der Stadt');
  });

  it('learns nothing from lines in capitals', () => {
    expect(casingOf('THE CASE FOR CARS\nThe case is weak.').get('case')).toMatchObject({ upper: 0 });
  });
});

describe('titleFromCaps with abbreviations', () => {
  it('writes St, Dr and Mr with one capital, keeps acronyms and roman numerals', () => {
    expect(titleFromCaps("STATEMENT ON THE CLOSURE OF ST ANNE'S WARD")).toBe("Statement on the Closure of St Anne's Ward");
    expect(titleFromCaps('THE WORKERS OF THE USA AND THE NEW DEAL')).toBe('The Workers of the USA and the New Deal');
    expect(titleFromCaps('DR JEKYLL AND THE NHS, PART II')).toBe('Dr Jekyll and the NHS, Part II');
  });
});

describe('nameFromCaps and isAllCaps', () => {
  it('cases names with particles, O’ and Mc', () => {
    expect(nameFromCaps('TOMÁS DE LA CRUZ')).toBe('Tomás de la Cruz');
    expect(nameFromCaps("SEÁN O'BRIEN")).toBe("Seán O'Brien");
    expect(nameFromCaps('JEAN-PAUL MCDONALD')).toBe('Jean-Paul McDonald');
  });

  it('needs four capitals and hardly a lower-case letter', () => {
    expect([isAllCaps('THE CASE'), isAllCaps('The Case'), isAllCaps('NHS'), isAllCaps('McDONALD AND SONS')]).toEqual([true, false, false, true]);
  });
});

describe('titleFromCaps: plurals of abbreviations', () => {
  it('keeps HCAs, MPs and NGOs as written', () => {
    expect(titleFromCaps('WHAT MPs OWE THE HCAs')).toBe('What MPs Owe the HCAs');
    expect(titleFromCaps('NGOs AND THE STATE')).toBe('NGOs and the State');
  });
});
