import { describe, expect, it } from 'vitest';
import { guessTitle, tidyTitle } from '../../../src/init/guess-title.ts';
import { isKicker, isSkipLink } from '../../../src/init/kicker.ts';
import { toLines } from '../../../src/init/lines.ts';

describe('isKicker', () => {
  it('reads labels, issue lines, dated banners and occasion lines as what stands over a title', () => {
    for (const kicker of [
      'LECTURE 4',
      'Chapter XII',
      'TRANSCRIPT',
      'Research article',
      'Opinion · Housing',
      'Analysis | Europe',
      '~ issue 3 ~ spring 2024 ~',
      'Nº 2 · otoño 2023',
      'Diskussionspapier Nr. 12 Oktober 2021',
      'PREPRINT — NOT PEER REVIEWED SocArXiv, March 2024',
      'Keynote address to the Trades Council annual conference, Sheffield, 14 October 2023',
      'Green Transport Quarterly — Issue 14',
      'FOR IMMEDIATE RELEASE',
      'DRAFT v3 — not for circulation',
      'TRIBUTE',
      'OPINIÓN',
      'ENDS',
    ])
      expect(isKicker(kicker), kicker).toBe(true);
  });

  it('leaves titles alone, with numbers, years or a bar in them', () => {
    for (const title of [
      'Why Wages Fall Behind',
      "The Matchgirls' Strike of 1888",
      'What the 1926 General Strike Teaches Us',
      'Analysis | Why the strike at the docks failed',
      'Statement on the Closure of St Anne’s Ward',
      'Part of the Problem',
      'Lessons from Manchester',
    ])
      expect(isKicker(title), title).toBe(false);
  });
});

describe('guessTitle over kickers', () => {
  it('skips a label, an issue line and an occasion line over the title', () => {
    expect(
      guessTitle(toLines('LECTURE 4\n\nWhy Wages Fall Behind\n\nNotes for the Thursday class, by Ferdinand Osei-Mensah\n\nThis week we look at wages.'))?.value,
    ).toBe('Why Wages Fall Behind');
    expect(guessTitle(toLines('Nº 2 · otoño 2023\n\nLA CALLE ES NUESTRA\n\nHace dos años el ayuntamiento cerró el parque.'), { language: 'es' })?.value).toBe(
      'La calle es nuestra',
    );
    expect(
      guessTitle(
        toLines('TRANSCRIPT\n\nKeynote address to the conference, Sheffield, 14 October 2023\n\nWe Built This\n\nThank you, chair, and thank you all.'),
      )?.value,
    ).toBe('We Built This');
  });

  it('does not read the line under a citation line as its wrapped end', () => {
    const text =
      'Commonweal, Vol. 6, No. 209 (1890), pp. 1-3\nNews from Nowhere\nWilliam Morris\n\nCHAPTER VIII: AN OLD FRIEND\nWe now turned into a pleasant lane where the branches of great\nplane-trees nearly met overhead.';
    expect(guessTitle(toLines(text))).toMatchObject({ value: 'News from Nowhere', line: 2 });
  });

  it("takes Project Gutenberg's first line, and drops the quotation marks around a quoted title", () => {
    expect(
      guessTitle(toLines('The Project Gutenberg eBook of Songs from the Ghetto, by Morris Rosenfeld\n\nThis ebook is for the use of anyone.')),
    ).toMatchObject({
      value: 'Songs from the Ghetto',
      how: 'the Project Gutenberg line',
    });
    expect(tidyTitle('“We were told to wait. We stopped waiting.”')).toBe('We were told to wait. We stopped waiting.');
    expect(tidyTitle('"Bread and Roses"')).toBe('Bread and Roses');
    expect(tidyTitle('🚲 Streets for All: Our Plan')).toBe('Streets for All: Our Plan');
    // Quotation marks inside a title stay.
    expect(tidyTitle('“Bread” and “Roses”')).toBe('“Bread” and “Roses”');
  });
});

describe("a speech's delivery note is a kicker", () => {
  it('reads "CHECK AGAINST DELIVERY" and "As delivered" as no title', () => {
    expect(isKicker('CHECK AGAINST DELIVERY')).toBe(true);
    expect(isKicker('Check against delivery')).toBe(true);
    expect(isKicker('As prepared for delivery')).toBe(true);
    expect(isKicker('Text as delivered')).toBe(true);
    expect(
      guessTitle(toLines('CHECK AGAINST DELIVERY\n\nThe Railway Belongs to Us\n\nOwen Pryce, President\n\nComrades, thank you for having me.'))?.value,
    ).toBe('The Railway Belongs to Us');
  });
});

describe('isSkipLink', () => {
  it('reads skip links in our languages, not titles that start with the same words', () => {
    for (const t of [
      'Skip to content',
      'Skip to main content',
      'Zum Inhalt springen',
      'Direkt zum Inhalt',
      'Aller au contenu',
      'Passer au contenu principal',
      'Saltar al contenido',
      'Ir al contenido',
      'Vai al contenuto',
      'Naar de inhoud',
      'Pular para o conteúdo',
      'Zum Hauptinhalt springen',
      'Navigation überspringen',
      'Go to main content',
      'Sauter au contenu',
    ])
      expect(isSkipLink(t), t).toBe(true);
    for (const t of ['Skipping school to save the planet', 'Zum Inhalt der Verhandlungen', 'Aller au bout de la grève']) expect(isSkipLink(t), t).toBe(false);
  });
});
