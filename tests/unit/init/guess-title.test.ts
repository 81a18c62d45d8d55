import { describe, expect, it } from 'vitest';
import { guessTitle, titleFromFileName } from '../../../src/init/guess-title.ts';
import { toLines } from '../../../src/init/lines.ts';

const title = (text: string) => guessTitle(toLines(text));

describe('guessTitle', () => {
  it('takes a short first line as the title', () => {
    expect(title('Stalin: 50 years after the death of a tyrant\n\n"The revolution explodes the social lie." (Trotsky)')).toEqual({ value: 'Stalin: 50 years after the death of a tyrant', line: 1, how: 'a short first line' });
  });

  it('skips date stamps and cuts off a section label', () => {
    const text = 'Sat Nov 16, 2024\nNovember 16, 2024\n\nSpecial | From the Republic of Soviets to the Stalinist Counter-revolution\n\nDecember 12, 2021\n';
    expect(title(text)).toMatchObject({ value: 'From the Republic of Soviets to the Stalinist Counter-revolution', line: 4 });
  });

  it('allows a question mark at the end', () => {
    expect(title('Did Lenin lead to Stalin?\n\nFor the Leninist far left...')?.value).toBe('Did Lenin lead to Stalin?');
  });

  it('skips bylines, doubled captions and series links', () => {
    const text = [
      'Lenin and Stalin, 1922. Photo: Public Domain Lenin and Stalin, 1922. Photo: Public Domain',
      'by Jane Doe',
      'Part One: Lenin and revolutionary organising',
      'The Road Not Taken',
    ].join('\n');
    expect(title(text)?.value).toBe('The Road Not Taken');
  });

  it('does not take a sentence, a standfirst or a hard-wrapped line', () => {
    expect(title('This is a sentence that ends.\n')).toBeUndefined();
    expect(title('There was nothing inevitable about it, explains John Westmoreland\n')).toBeUndefined();
    const wrapped = 'Good short account of how the foundations of Stalinist terror were laid by the policies of Lenin\nand Trotsky in the early days\n';
    expect(title(wrapped)).toBeUndefined();
  });

  it('stops at the body: a short line after two paragraphs is a section heading', () => {
    const para = 'word '.repeat(45).trim() + '.';
    expect(title(`${para}\n\n${para}\n\nA Section Heading\n`)).toBeUndefined();
  });
});

describe('titleFromFileName', () => {
  it('drops the extension, an ordering prefix and separators', () => {
    expect(titleFromFileName('003-woods_stalin-50.txt')).toBe('Woods stalin 50');
    expect(titleFromFileName('2021.md')).toBe('2021');
  });
});
