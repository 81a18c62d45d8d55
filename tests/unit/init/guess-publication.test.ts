import { describe, expect, it } from 'vitest';
import { guessPublication, guessUrl } from '../../../src/init/guess-publication.ts';
import { toLines } from '../../../src/init/lines.ts';

const pub = (text: string) => guessPublication(toLines(text))?.value;

describe('guessPublication', () => {
  it.each([
    ['Body.\n\nOriginally published in The Urbanist on 3 May 2019.', 'The Urbanist'],
    ['Body.\n\nFrom Workers Solidarity No 33, 1991', 'Workers Solidarity No 33'],
    ['Body.\n\nThis article first appeared in the London Review of Books (2019).', 'London Review of Books'],
    ['Body.\n\nPublié dans Le Monde diplomatique, mars 2019.', 'Le Monde diplomatique'],
    ['Body.\n\nReprinted with permission from Jacobin.', 'Jacobin'],
  ])('%s', (text, expected) => expect(pub(text)).toBe(expected));

  it('takes no history or clause for a source', () => {
    expect(pub('From 1917 to 1921 the party changed.\n\nBody.')).toBeUndefined();
    expect(pub('From the beginning, Lenin argued for it.\n\nBody.')).toBeUndefined();
    expect(pub('Body.\n\nFirst published in issue 14 of a magazine we like a lot.')).toBeUndefined();
  });
});

describe('guessUrl', () => {
  it('reads a source URL at the end', () => {
    expect(guessUrl(toLines('Body.\n\nSource: https://example.org/a-text.'))?.value).toBe('https://example.org/a-text');
    expect(guessUrl(toLines('Body with a link https://example.org/x in it.'))).toBeUndefined();
  });
});

describe("guessPublication: a journal's citation line over an article", () => {
  it('reads the name before its volume, issue or year', () => {
    const pub = (head: string) => guessPublication(toLines(`${head}\n\nA Title\n\nBody of the article.`))?.value;
    expect(pub('Journal of Transport and Work, Vol. 7, No. 1 (2021), 44–61')).toBe('Journal of Transport and Work');
    expect(pub('                 Labour History Review 88 (2023) 12–30')).toBe('Labour History Review');
    expect(pub('Chapter 12 (2024) notes')).toBeUndefined();
  });
});
