// The evidence rules on sentences written for this test (not taken from any scored text).
import { describe, expect, it } from 'vitest';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import { VFile } from 'vfile';
import { analyzeReader, analyzeText } from '../../../src/analyze/index.ts';
import type { NormalizedText } from '../../../src/types.ts';

function analyze(markdown: string) {
  const file = new VFile({ path: 't.md', value: markdown });
  const doc: NormalizedText = { id: 't', file, tree: unified().use(remarkParse).use(remarkGfm).parse(file), kind: 'clean', changes: [] };
  return analyzeReader([analyzeText(doc, [])], [], {});
}

describe('names: evidence for and against', () => {
  it('a full stop after a title ends the sentence unless the title is abbreviated', () => {
    const r = analyze('The rite is led by the Emperor. Outside the hall stand the drummers. Dr. Halloran said so.');
    const names = r.names.map((e) => e.name);
    expect(names.join(' ')).not.toMatch(/Outside/);
    expect(names).toContain('Halloran');
  });

  it('a people, an article, a saint’s church and a place named again in brackets are no persons', () => {
    const r = analyze(
      "An Irishman, who sold ballads, sang at St. Bride's, where the bells rang. Brenner lived at 'Glassmoor' (Glass Moor) for a year, and Brenner wrote to Aldous.",
    );
    const names = r.names.map((e) => e.name).join(' | ');
    expect(names).not.toMatch(/Irishman|Bride|Glass/);
    expect(names).toMatch(/Aldous/);
  });

  it('a plural honorific ("Herren", "Messieurs", "Señores") is a title before the names, no given name', () => {
    const r = analyze('The envoys dined late. Herren Varnholt and Kessel drank to the treaty, and Messieurs Duroc and Aubel left early.');
    const names = r.names.map((e) => e.name);
    expect(names.join(' | ')).not.toMatch(/Herren|Messieurs/);
    expect(names).toContain('Varnholt');
    expect(names).toContain('Duroc');
  });

  it('a title that also begins the names of things, before the head of a thing or a place, is that name ("Halden General Hospital", "King Street")', () => {
    const r = analyze(
      'The strike began at Halden General Hospital in June and spread to Leeds General Infirmary. The march went down King Street to Queen Square, where General Varnholt spoke.',
    );
    const names = r.names.map((e) => e.name);
    expect(names.join(' | ')).not.toMatch(/Hospital|Infirmary|Street|Square/);
    expect(names).toContain('Varnholt');
  });

  it('a name in italics is a title or a foreign word', () => {
    const r = analyze('Quennell played *Les Ombres* and then sang from *Maria Stuarda* at the party given by Lord Ashby.');
    expect(r.names.map((e) => e.name).join(' ')).not.toMatch(/Ombres|Maria|Stuarda/);
  });

  it('a rank in lower case, a character in a quoted work, the names of two people and a pronoun after a name', () => {
    const r = analyze(
      [
        'After the arrest of the rebel general Ostrova, the town was quiet. This general Baltic weariness lasted.',
        'Tenors die slowly, as Edwaldo in "The Bride of Carno" does.',
        'The street is hallowed by the names of Grimbaldt and of Tamsett, printers of ballads.',
        'Mirela, in her sorrow, says nothing.',
      ].join('\n\n'),
    );
    const names = r.names.map((e) => e.name);
    expect(names).toEqual(expect.arrayContaining(['Ostrova', 'Edwaldo', 'Grimbaldt', 'Tamsett', 'Mirela']));
    expect(names).not.toContain('Baltic');
  });

  it('a hyphenated dash ends a name', () => {
    const r = analyze('She loved the painter Vermeulen--whose *Harbour* she owned--and little else.');
    expect(r.names.map((e) => e.name)).toContain('Vermeulen');
  });
});

describe('sources in prose', () => {
  it('a possessive with a title after a capitalized opening word, a work noun or in single quotes', () => {
    const r = analyze(
      [
        'In Harrow\'s "Conquest of the Andes" we read of the feast.',
        'The tale is told in Quimby\'s great work on the "Peoples of the Northern Coast," and elsewhere.',
        "Her party piece was Dr. Pellham's 'The ant and the idle man,' which she gave with effect.",
      ].join('\n\n'),
    );
    const sources = r.sources.map((s) => `${s.author}|${s.title}`);
    expect(sources).toContain('Harrow|Conquest of the Andes');
    expect(sources).toContain('Quimby|Peoples of the Northern Coast');
    expect(sources).toContain('Pellham|The ant and the idle man');
    // An author of a work named in prose is a person.
    expect(r.names.map((e) => e.name)).toEqual(expect.arrayContaining(['Harrow', 'Quimby']));
  });

  it('`X relates that` cites X; `a description of X` does not', () => {
    const r = analyze('Ostrander relates that the band played all night. We have a description of Fennimore in the letters.');
    const authors = r.sources.map((s) => s.author);
    expect(authors).toContain('Ostrander');
    expect(authors).not.toContain('Fennimore');
  });

  it('a note with an author’s possessive and a title is a source; a note of commentary is not', () => {
    const r = analyze(
      [
        'The song was popular.[^1] The sage was known by another name.[^2]',
        '[^1]: Corrigan’s *Harbour Ballads*.',
        '[^2]: *Weng*. His pupils called him *the master*; later travellers turned this into Wengius.',
      ].join('\n\n'),
    );
    const sources = r.sources.map((s) => `${s.author}|${s.title}`);
    expect(sources).toContain('Corrigan|Harbour Ballads');
    expect(sources.join(' ')).not.toMatch(/pupils|travellers/);
  });
});
