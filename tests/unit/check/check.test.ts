import { describe, expect, it } from 'vitest';
import { checkPdf } from '../../../src/check/index.ts';
import { samplePdf, type Break } from '../accessibility/fixtures.ts';

const failing = async (b: Break) => (await checkPdf(await samplePdf(b))).filter((r) => !r.ok).map((r) => r.rule);

describe('checkPdf', () => {
  it('passes every check on a well-formed tagged PDF', async () => {
    const results = await checkPdf(await samplePdf());
    expect(results.filter((r) => !r.ok)).toEqual([]);
    expect(results.length).toBeGreaterThanOrEqual(18);
  });

  const cases: Array<[Break, string]> = [
    ['untagged', '7.1-3'],
    ['nesting', '7.1-1'],
    ['nonstandard', '7.1-5'],
    ['marked', '7.1-4'],
    ['metadata', '7.1-8'],
    ['displaydoctitle', '7.1-10'],
    ['lang', '7.2-33'],
    ['li', '7.2-20'],
    ['heading', '7.4.2-1'],
    ['noteid', '7.9-2'],
    ['linktag', '7.18.5-1'],
    ['linkcontents', '7.18.5-2'],
    ['tabs', '7.18.3-1'],
    ['outline', 'reader:outline'],
    ['pdfuaid', '5-1'],
  ];
  it.each(cases)('fails %s as rule %s', async (broken, rule) => {
    expect(await failing(broken)).toContain(rule);
  });

  it('fails 7.1-9 with 7.1-8 when there is no XMP at all', async () => {
    expect(await failing('metadata')).toEqual(expect.arrayContaining(['7.1-8', '7.1-9', '5-1']));
  });
});
