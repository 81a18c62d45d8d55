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
