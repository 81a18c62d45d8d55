// Session eleven's shapes, on sentences written for this test: author-year citations in prose and brackets
// and the APA references list they point to (issue 22's known defects; tune text openstax-psychology-history).
import { describe, expect, it } from 'vitest';
import { readerOf } from './reader-of.ts';

describe('names: session eleven’s shapes', () => {
  it('an APA entry of three authors or `et al.` keys its work under the first author; its co-authors are persons, not sources', () => {
    const r = readerOf([
      [
        'Weaving towns kept their chapels longer than the mining towns did (Ashby, Lunn, & Crewe, 1998). The pattern held in the north as well (Moss et al., 2004; Kerr, 2011).',
        '',
        '## References',
        '',
        'Ashby, T., Lunn, R. J., & Crewe, M. (1998). Chapel and mill in the Calder valley. _Northern History_, _34_, 101–118.',
        '',
        'Kerr, A. (2011). _The last congregations_. Hill Press.',
        '',
        'Moss, P. D., et al. (2004). Religious attendance in the coalfields, 1851–1901. _Social History_, _29_, 1–20.',
      ].join('\n'),
    ]);
    const sources = r.sources.map((s) => `${s.author} | ${s.title ?? ''}`);
    expect(sources).toHaveLength(3);
    expect(sources.some((s) => /Ashby \| Chapel and mill in the Calder valley/.test(s))).toBe(true);
    expect(sources.some((s) => /Moss \| Religious attendance in the coalfields/.test(s))).toBe(true);
    expect(sources.some((s) => /Kerr \| The last congregations/.test(s))).toBe(true);
    // Each work is cited twice: in brackets in the prose and in the list.
    for (const s of r.sources) expect(s.citedBy.length).toBe(2);
    const names = r.names.map((e) => e.name);
    for (const n of ['Lunn', 'Crewe']) expect(names.some((x) => x.endsWith(n))).toBe(true);
  });

  it('`(A, B, and C, 1999)` in prose is one work of A, not A with a title `B`', () => {
    const r = readerOf(['The mills closed within a decade (Hobb, Varley, and Stott, 1999), and the chapels followed.']);
    expect(r.sources.map((s) => [s.author, s.title ?? ''])).toEqual([['Hobb', '']]);
    expect(r.names.map((e) => e.name).sort()).toEqual(['Hobb', 'Stott', 'Varley']);
  });
});

describe('names: author-date citations without a comma, and the list they point to', () => {
  const text = [
    'Rents rose faster than wages (Pell 1999, p. 4). Pell and Dunmore (2003) argue that the tenants were weak; others disagree (see Orme 1867; Pell 1999). As Hask (1964: 12) notes, the landlords were few. The U.S. Housing and Rent Commission reported that rents doubled (Tenant Rights Project 2010). Black and Irish families were evicted first, and Irish tenants most of all.',
    '',
    '## References',
    '',
    'Pell, Adam. 1999. *Rent and Wages*. London: Verso.',
    '',
    'Pell, Adam, and Kate Dunmore. 2003. “The Weak Tenants.” *Housing History* 12:1–20.',
    '',
    'Orme, Walter. 1867 [1866]. *Landlords*. Hamburg: Meissner.',
    '',
    'Hask, Eric. 1964. *Labouring Tenants*. Ed. Ruth Calloway and Peter Mabry. London: Weidenfeld.',
    '',
    'Shaw, Clifford R. and Henry Keele. 1942. *Urban Rents*. Chicago: University Press.',
    '',
    'Tenant Rights Project. 2010. “Evictions in the Cities.” Retrieved June 1, 2012.',
    '',
    'ProRent.org. 2011. “State Rent Laws.” April 8.',
  ].join('\n');

  it('each citation meets its entry by surname and year, however many works the author has', () => {
    const r = readerOf([text]);
    const by = (title: string) => r.sources.find((s) => s.title === title);
    expect(by('Rent and Wages')?.citedBy.length).toBe(3); // (Pell 1999, p. 4), (see … Pell 1999) and the entry
    expect(by('The Weak Tenants')?.citedBy.length).toBe(2); // `Pell and Dunmore (2003) argue` and the entry
    expect(by('Landlords')?.citedBy.length).toBe(2);
    expect(by('Labouring Tenants')?.citedBy.length).toBe(2);
    expect(r.sources.filter((s) => s.author?.includes('Pell'))).toHaveLength(2);
    expect(r.sources.some((s) => s.author === 'Dunmore')).toBe(false);
  });

  it('a body that writes is a source, never a person; co-authors and editors are persons; a given name after the surname is none', () => {
    const r = readerOf([text]);
    expect(r.sources.some((s) => s.title === 'Evictions in the Cities' && s.author === 'Tenant Rights Project')).toBe(true);
    expect(r.sources.some((s) => s.title === 'State Rent Laws')).toBe(true);
    const names = r.names.map((e) => e.name);
    // Surnames: an entry's author named surname first (`Hask, Eric.`) is indexed by the form the prose uses.
    for (const n of ['Pell', 'Kate Dunmore', 'Orme', 'Hask', 'Ruth Calloway', 'Peter Mabry', 'Shaw', 'Henry Keele'])
      expect(names.filter((x) => x.endsWith(n))).toHaveLength(1);
    expect(names.join(' | ')).not.toMatch(/Project|Commission|Housing|U\.S\.|ProRent|R\. Clifford|Black|Irish/);
    // What was left out is logged: the given name read alone, the adjective before a plural noun of persons.
    const left = r.log.filter((l) => l.ruleId === 'name-left-out').map((l) => l.reason);
    expect(left.some((x) => x.includes('`Black`') && x.includes('adjective'))).toBe(true);
    expect(left.some((x) => x.includes('`R. Clifford`') && x.includes('in a citation'))).toBe(true);
  });
});

describe('names: who says what in author-date prose', () => {
  it('a verb of saying after a list of names is all of theirs: a source under the first, every name a person', () => {
    const r = readerOf(['Hobb, Varley, and Stott discuss how the mills closed.']);
    // The name before the verb stays a source of its own, as `Hollowell and Marsden (1998) found` gives both.
    expect(r.sources.map((s) => s.author).sort()).toEqual(['Hobb', 'Stott']);
    expect(r.names.map((e) => e.name).sort()).toEqual(['Hobb', 'Stott', 'Varley']);
  });

  it('two authors joined by `&` before their year are persons, not a firm (`Thorne & Henley` beside `Changelog & Friends`)', () => {
    const r = readerOf([
      'The school lasted a decade (Thorne & Henley, 2005). It closed in the war (Thorne & Henley, 2005). Its pupils scattered (Thorne & Henley, 2005).',
    ]);
    expect(r.names.map((e) => e.name).sort()).toEqual(['Henley', 'Thorne']);
  });

  it('a study that is a deed cites nothing; a study whose findings the text uses does', () => {
    const r = readerOf([
      'Mary Cover Jones ran a study she took for a sequel to John B. Watson’s study of Little Albert. Later, Harriet Lomax’s study showed that the fear faded.',
    ]);
    expect(r.sources.map((s) => s.author)).toEqual(['Harriet Lomax']);
  });
});

describe('names: every candidate the index does not take is logged', () => {
  it('an office alone, a place, a legend’s land: each logged once at its place, with why', () => {
    const r = readerOf([
      'The Chair opened the meeting at seven. The Secretary read the minutes, and the Chair thanked her. Tristan sailed from Lyonesse to Cornwall.',
    ]);
    expect(r.names.map((e) => e.name).join(' ')).not.toMatch(/Chair|Secretary|Lyonesse/);
    const why = (name: string) => r.log.filter((l) => l.ruleId === 'name-not-person' && l.reason.startsWith(`Left out \`${name}\``)).map((l) => l.reason);
    expect(why('Chair')).toEqual([expect.stringContaining('named 2 times, an office or a title alone')]);
    expect(why('Secretary')).toEqual([expect.stringContaining('an office or a title alone')]);
    expect(why('Lyonesse')).toEqual([expect.stringContaining('read as a place')]);
    expect(r.log.filter((l) => l.ruleId === 'name-not-person').every((l) => l.textId === 't0')).toBe(true);
  });
});

describe('names: a theory is a person’s', () => {
  it('a possessive before `theory` names a person (`Darwin’s theory`), as before `doctrine` or `teachings`', () => {
    const r = readerOf(['They accepted Kessling’s theory of evolution by selection and viewed it as an account of traits.']);
    expect(r.names.map((e) => e.name)).toEqual(['Kessling']);
  });
});
