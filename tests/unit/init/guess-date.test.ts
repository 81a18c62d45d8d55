import { describe, expect, it } from 'vitest';
import { guessDate, parseDateLine } from '../../../src/init/guess-date.ts';
import { toLines } from '../../../src/init/lines.ts';

describe('parseDateLine', () => {
  it.each([
    ['December 12, 2021', '2021-12-12'],
    ['Sat Nov 16, 2024', '2024-11-16'],
    ['16 November 2024', '2024-11-16'],
    ['5th March 2003', '2003-03-05'],
    ['2003-03-05', '2003-03-05'],
    ['Published: 1 May 1991', '1991-05-01'],
  ])('%s -> %s', (line, iso) => expect(parseDateLine(line)).toBe(iso));

  it('refuses lines that are more than a date', () => {
    expect(parseDateLine('On December 12, 2021 we met')).toBeUndefined();
    expect(parseDateLine('Smarch 12, 2021')).toBeUndefined();
  });
});

describe('guessDate', () => {
  const text = 'Sat Nov 16, 2024\nNovember 16, 2024\n\nSpecial | A Title\n\nDecember 12, 2021\nBody.';

  it('prefers the date line under the title to a capture date above it', () => {
    expect(guessDate(toLines(text), 4)).toEqual({ value: '2021-12-12', line: 6, how: 'the date line under the title' });
  });

  it('without a title, takes the earliest date near the top', () => {
    expect(guessDate(toLines(text))?.value).toBe('2021-12-12');
  });

  it('falls back to the year of a source note at the end', () => {
    expect(guessDate(toLines('Body.\n\nFrom Workers Solidarity No 33, 1991\n\nTaken from http://example.org/x'))).toMatchObject({ value: '1991', line: 3 });
  });

  it('finds nothing in plain text', () => {
    expect(guessDate(toLines('Fifty years ago today.\n'))).toBeUndefined();
  });
});

describe('dates in other shapes', () => {
  it.each([
    ['12 mars 2019', '2019-03-12'],
    ['12. März 2019', '2019-03-12'],
    ['3 de marzo de 2019', '2019-03-03'],
    ['1er mai 2019', '2019-05-01'],
    ['12.05.2023', '2023-05-12'],
    ['05/13/2023', '2023-05-13'],
    ['March 2019', '2019-03'],
  ])('%s -> %s', (line, iso) => expect(parseDateLine(line)).toBe(iso));

  it('reads the date of a publication line, not of an update', () => {
    expect(guessDate(toLines('Title\nUpdated 4 June 2024\nPosted on March 3, 2019 by Ana Lima\nBody.'))?.value).toBe('2019-03-03');
    expect(guessDate(toLines('Title\nPublié le 12 mars 2019\nCorps du texte.'))?.value).toBe('2019-03-12');
  });

  it('reads the date of a source note at the end, and a season', () => {
    expect(guessDate(toLines('Body.\n\nOriginally published in The Urbanist on 3 May 2019.'))).toMatchObject({ value: '2019-05-03', line: 3 });
    expect(guessDate(toLines('Title\nPublished in Streetwise, Spring 2021\nBody.'))?.value).toBe('2021');
  });
});

describe('dates of press releases and speeches', () => {
  it("reads an embargo line's date and an occasion line's date over the title", () => {
    expect(
      guessDate(toLines('PRESS RELEASE\nEmbargoed until 00:01, Monday 2 June 2025\n\nPorters vote to strike\n\nPorters at the hospital voted today.'), 4)
        ?.value,
    ).toBe('2025-06-02');
    expect(guessDate(toLines('Address to the Annual Conference, Cardiff, 3 May 2024\n\nThe Railway Belongs to Us\n\nComrades, thank you.'), 3)?.value).toBe(
      '2024-05-03',
    );
  });
});

describe("a news agency's dateline", () => {
  it('reads the date after the place in capitals that opens the first paragraph', () => {
    expect(
      guessDate(toLines('Porters win sick pay\n\nLEEDS, 2 June 2025 — Porters at the hospital have won sick pay from day one.\n\nReporting by Ann Lee'), 1)
        ?.value,
    ).toBe('2025-06-02');
  });
});
