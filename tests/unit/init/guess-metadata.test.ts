import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { guessMetadata } from '../../../src/init/guess.ts';

const seed = (name: string) => readFile(new URL(`../../../content/${name}`, import.meta.url), 'utf8');

describe('guessMetadata on the sample texts', () => {
  it('002: author from the standfirst, no stated title', async () => {
    const g = guessMetadata(await seed('002-westmoreland-last-testament.txt'));
    expect(g.author?.value).toBe('John Westmoreland');
    expect(g.title).toBeUndefined();
  });

  it('003: the title on line 1', async () => {
    const g = guessMetadata(await seed('003-woods-stalin-50-years.txt'));
    expect(g.title).toMatchObject({ value: 'Stalin: 50 years after the death of a tyrant', line: 1 });
  });

  it('004: title after the label, byline, translator and date', async () => {
    const g = guessMetadata(await seed('004-martinez-republic-of-soviets.txt'));
    expect(g.title?.value).toBe('From the Republic of Soviets to the Stalinist Counter-revolution');
    expect(g.author?.value).toBe('Jorge Martínez');
    expect(g.translator?.value).toBe('Carlos Sapir');
    expect(g.date?.value).toBe('2021-12-12');
  });

  it('000: no title from hard-wrapped PDF text, the year from the source note', async () => {
    const g = guessMetadata(await seed('000-did-lenin-lead-to-stalin.txt'));
    expect(g.title).toBeUndefined();
    expect(g.date?.value).toBe('1991');
  });

  it('metadata of the file wins over the text', () => {
    const g = guessMetadata('A Title In The Text\n', { title: { value: 'Meta Title', how: 'og:title' } });
    expect(g.title?.value).toBe('Meta Title');
  });
});
