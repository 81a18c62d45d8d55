// Session nine's shapes, on sentences written for this test: a rare surname named alone in one text
// and in full in another, a word for a party before a name, names read in their own order; and the
// false persons of a dev set of our own (tests/fixtures/names/dev-s9): ships, firms, towns after `of`,
// a work's fate after its title, French articles and lines of dialogue.
import { describe, expect, it } from 'vitest';
import { readerOf } from './reader-of.ts';

const reader = readerOf;

describe('names: session nine’s shapes', () => {
  it('a rare surname named alone in one text joins the one person the reader names in full with it', () => {
    const r = reader([
      'The school at Tver was run by his sister, Kovalenkova, who kept its accounts until the war.',
      'Dr. O. Kovalenkova wrote the report on the schools. Many years later O. Kovalenkova said that the figures had been cut.',
    ]);
    const entries = r.names.filter((e) => /Kovalenkova/.test(e.name));
    expect(entries.map((e) => e.name)).toEqual(['O. Kovalenkova']);
    expect(entries[0]!.refs.map((x) => x.textId).sort()).toEqual(['t0', 't1']);
    expect(r.log.some((l) => l.ruleId === 'name-merge' && l.textId === 't0' && /`Kovalenkova` under `O\. Kovalenkova`/.test(l.reason))).toBe(true);
  });

  it('a word for a party the text also uses in the plural is no part of the name, and its leaving out is logged', () => {
    const r = reader([
      'The Girondins lost the vote in June. The former Girondin Pierre Vergniaud spoke for an hour, and Vergniaud said that the Republic would devour its children.',
    ]);
    const entry = r.names.find((e) => /Vergniaud/.test(e.name));
    expect(entry?.name).toBe('Pierre Vergniaud');
    expect(entry?.sortName).toBe('Vergniaud, Pierre');
    expect(r.log.some((l) => l.ruleId === 'name-merge' && /`Girondin Pierre Vergniaud` under `Pierre Vergniaud`/.test(l.reason))).toBe(true);
  });

  it('a name whose last part is a syllable after a hyphen, or that the text calls by its first word, is read and sorted in its own order', () => {
    const r = reader([
      [
        'Sun Yat-sen founded the party in exile, and Sun Yat-sen said that the republic needed three principles.',
        'The film told of Vlad the Impaler. Vlad Tepes was a tyrant to his own people, but Vlad’s castle still draws visitors, and Vlad was a hero to some.',
        'The historian Isaac Deutscher wrote of him, and Deutscher said that the revolution had been betrayed.',
      ].join('\n\n'),
    ]);
    const sortOf = (name: string) => r.names.find((e) => e.name === name)?.sortName;
    expect(sortOf('Sun Yat-sen')).toBe('Sun Yat-sen');
    expect(sortOf('Vlad Tepes')).toBe('Vlad Tepes');
    expect(sortOf('Isaac Deutscher')).toBe('Deutscher, Isaac');
  });

  it('a ship named after its kind is no person, and its leaving out is logged', () => {
    const r = reader([
      'The brig Ellen Morrow sailed from Fowey in 1871, and HMS Gallant followed her out. The lifeboat Agnes Tremayne went out twice that night. Captain Henry Rowse said that the sea was the worst he had known.',
    ]);
    const found = r.names.map((e) => e.name);
    expect(found.join(' | ')).not.toMatch(/Ellen|Morrow|Gallant|Agnes|Tremayne/);
    expect(found).toContain('Henry Rowse');
    expect(r.log.filter((l) => l.ruleId === 'name-left-out' && /a ship's name/.test(l.reason))).toHaveLength(3);
  });

  it('`Hon.` is a title, a town after a person and `of` is no person, and a name joined by `&` to a common word is a firm', () => {
    const r = reader([
      'The Hon. Arthur Pellew chaired the meeting. Walter Penhallow of St. Albans seconded him, and Hollis & Sons said that they would print the report.',
    ]);
    const found = r.names.map((e) => e.name);
    expect(found).toEqual(expect.arrayContaining(['Arthur Pellew', 'Walter Penhallow']));
    expect(found.join(' | ')).not.toMatch(/Hon|Albans|Hollis/);
  });

  it('a title with its fate after it (`first serialised`) is a work, not a person', () => {
    const found = reader([
      'Bernard Ashby wrote for the Weekly Star for ten years. Ashby’s Marian Grey, first serialised in its columns, sold thirty thousand copies as a book.',
    ]).names.map((e) => e.name);
    expect(found).toContain('Bernard Ashby');
    expect(found.join(' | ')).not.toMatch(/Marian/);
  });

  it('in French: an elided article, a word of questions, a square’s name, and the speaker of a line of dialogue', () => {
    const r = reader([
      [
        'Sur la Place Gambetta, Madame Roux vend des fleurs. Que fait Madame Roux le lundi ?',
        '— Viens ici, dit Mathilde, le dîner est prêt.',
        'L’oncle Bastien arrive de Brest.',
      ].join('\n\n'),
    ]);
    const found = r.names.map((e) => e.name);
    expect(found).toContain('Roux');
    expect(found.join(' | ')).not.toMatch(/Place|Gambetta|Que|L’oncle/);
    expect(r.sources.map((x) => x.author).join(' | ')).not.toMatch(/Mathilde/);
  });

  it('a saint’s title alone is no evidence of a person: towns and churches bear it', () => {
    const found = reader([
      'The carrier went twice a week. St. Ives has the better harbour, and St. Clement Danes has the better bells. Old Ruth Pascoe remembered him.',
    ]).names.map((e) => e.name);
    expect(found).toContain('Ruth Pascoe');
    expect(found.join(' | ')).not.toMatch(/Ives|Clement|Danes/);
  });

  it('a roman numeral numbering a paragraph, `I’m`, an event, a beacon and a place a steward keeps are no persons', () => {
    const found = reader([
      [
        'I. Every member pays a penny a week to the fund.',
        'I’m Dara Quill, and with me today is Tom Fenwick. Tom spoke at Svelte Summit in Berlin and at Rosa Conf in Lisbon.',
        'The path runs from Ashley Beacon to the church. Gideon Marrack, the wicked steward of Trelowarren, sold the timber.',
      ].join('\n\n'),
    ]).names.map((e) => e.name);
    expect(found).toEqual(expect.arrayContaining(['Dara Quill', 'Tom Fenwick', 'Gideon Marrack']));
    expect(found.join(' | ')).not.toMatch(/Every|I’m|Summit|Conf|Ashley|Beacon|Trelowarren/);
  });

  it('feasts are no persons, a hyphenated title is a title, and a byline in italics names its writer', () => {
    const r = reader([
      [
        '*By Nadia Vogt, Political Editor*',
        'Prime Minister Holger Brandt said on Monday that a deal was close. Minister-President Brandt hopes to sign it before Christmas, and the Christmas Fair in the square will go ahead.',
      ].join('\n\n'),
    ]);
    const found = r.names.map((e) => e.name);
    expect(found).toEqual(expect.arrayContaining(['Nadia Vogt', 'Holger Brandt']));
    expect(found.join(' | ')).not.toMatch(/Christmas|Minister-President/);
    expect(r.names.filter((e) => /Brandt/.test(e.name))).toHaveLength(1);
  });

  it('in Spanish: a noun of a thing or a place opens no name, and `y` between two persons joins no surnames', () => {
    const found = reader([
      'Tras la Guerra Civil, el Museo del Prado cerró sus salas. En la Sierra de Gredos, los maestros Lucía Vidal y Andrés Soler abrieron una escuela en 1934.',
    ]).names.map((e) => e.name);
    expect(found.join(' | ')).not.toMatch(/Guerra|Museo|Prado|Sierra|Gredos/);
    expect(found).toEqual(expect.arrayContaining(['Lucía Vidal', 'Andrés Soler']));
  });

  it('a word alone that the text also writes in lower case is a common word of its language, as an English word is', () => {
    const found = reader(['Tonton raconte que la mer est grande. Le tonton de Jeanne est marin, et Jeanne dit que son tonton est le plus fort.']).names.map(
      (e) => e.name,
    );
    expect(found).toContain('Jeanne');
    expect(found).not.toContain('Tonton');
  });

  it('a product named by a given name and an English word that is no surname is no person (`Kafka Streams`, `Julia Notebook`)', () => {
    const found = reader([
      'The team moved its pipelines to Kafka Streams last year, and the analysts now work in Julia Notebook. Asha Menon, who leads the team, said that the move saved a month.',
    ]).names.map((e) => e.name);
    expect(found).toContain('Asha Menon');
    expect(found.join(' | ')).not.toMatch(/Streams|Notebook/);
  });

  it('a person’s experiments, doctrine or theorem, before or after `of`, are a person’s', () => {
    const found = reader(['The doctrine of Velikan held the schools for a century, and Ostrander’s experiments with pendulums ended it.']).names.map(
      (e) => e.name,
    );
    expect(found).toEqual(expect.arrayContaining(['Velikan', 'Ostrander']));
  });
});
