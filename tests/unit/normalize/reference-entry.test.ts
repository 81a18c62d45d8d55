// One table for the one test of "is this line an entry of a references list?" (isReferenceEntry):
// tail.ts asks it of the lines under 'Further reading' (the text's own list, or the site's
// headlines), page-body.ts of the lines under 'Sources' after a copied page's text.
import { describe, expect, it } from 'vitest';
import { isReferenceEntry } from '../../../src/normalize/page-body.ts';

/** Entries as reading lists and sources lists write them: each must pass. */
const ENTRIES = [
  'Leipziger Mus. Almanack, 1783.',
  'Musical Times, September and October 1877.',
  'The original title is: "Sonata per il Cembalo o Fortepiano di F.W. Rust, 1788."',
  'Hardwick, T. The Old Mills of Ashby. Manchester: Carcanet, 1998.',
  'Pellow, Anne. Rent and Resistance in the Northern Towns. London: Verso, 2011.',
  'Sayce, A. H. (1888). The Hittites: The Story of a Forgotten Empire. Religious Tract Society.',
  'Shedlock, J. S. The Pianoforte Sonata: Its Origin and Development. London: Methuen, 1895, pp. 12-40.',
  'Weitzmann, C. F. Geschichte des Clavierspiels. Stuttgart: Cotta Verlag.',
  'Office for National Statistics, "Private rental market summary statistics in England", 2019',
  'https://www.ons.gov.uk/peoplepopulationandcommunity/housing',
  'Smith, J. and Patel, R. (2004a) Housing and the Law, 2nd edn.',
  'Marijuana Policy Group, "Market Size and Demand for Marijuana in Colorado," 2017 market update',
  'Office of National Drug Control Policy, "What America’s Users Spend on Illegal Drugs: 2000-2010," February 2014',
  'Email interview with Bruce Bagley, professor of international studies at the University of Miami, Nov. 15, 2019',
];

/** Headlines and lines of a page that name a year, a publisher-like word or a date: none must pass. */
const NOT_ENTRIES = [
  'Remembering the flood of 1927',
  'The Best Eating Disorder Recovery Apps of 2019',
  '10 Places to Travel in 2020—Before Everyone Else Does',
  '2020 Audi e-tron Sportback revealed as electric 4-door coupe',
  'Guide to Thanksgiving Turkey Trots in CT 2019',
  'Pressure Cooker Meals',
  'Books',
  '11/20/2019 01:14 PM',
  'Mayer was named chairman of the division in March 2018, after years of serving as a business development executive at the company.',
  '“We had some issues, and we had some customer service issues that did not make me feel good,” Mayer said.',
  'Posted in Open thread | Permalink | 10 Comments',
];

describe('isReferenceEntry: one table for tail.ts and page-body.ts', () => {
  it.each(ENTRIES)('an entry: %s', (line) => {
    expect(isReferenceEntry(line)).toBe(true);
  });
  it.each(NOT_ENTRIES)('no entry: %s', (line) => {
    expect(isReferenceEntry(line)).toBe(false);
  });
});
