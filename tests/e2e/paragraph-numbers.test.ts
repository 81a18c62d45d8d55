// Paragraph numbers printed in the margin, and cited with the same numbers by the concordance.
import { describe, expect, inject, it } from 'vitest';
import { pdftotextPages } from './pdf-read.ts';

const sample = inject('sample');
const pages = pdftotextPages(sample.pdf).map((p) => p.replace(/\u00AD/g, ''));
/** Numbers printed alone on a line: folios and margin paragraph numbers. */
const loneNumbers = (page: string) =>
  page
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => /^\d{1,3}$/.test(l))
    .map(Number);

describe('paragraph numbers', () => {
  const text = sample.report.texts.find((t) => t.id === 'ws-1991')!;

  it("prints text 1's first and last paragraph numbers on the pages where those paragraphs start", () => {
    expect(text.paragraphs).toBeGreaterThan(30);
    const first = sample.anchors['ws-1991-p1']!;
    const last = sample.anchors[`ws-1991-p${text.paragraphs}`]!;
    expect(loneNumbers(pages[first]!)).toContain(1);
    expect(loneNumbers(pages[last]!)).toContain(text.paragraphs);
  });

  it('the concordance cites the numbers printed on the cited pages', () => {
    const back = pages.slice(sample.anchors.concordance).join(' ').replace(/\s+/g, ' ');
    const refs = [...back.matchAll(/Maria Joffe, One Long Night: 4 ¶ (\d+), p\. (\d+); 4 ¶ (\d+), p\. (\d+)/g)];
    expect(refs).toHaveLength(1);
    const [, n1, p1, n2, p2] = refs[0]!;
    expect(loneNumbers(pages[Number(p1)]!)).toContain(Number(n1));
    expect(loneNumbers(pages[Number(p2)]!)).toContain(Number(n2));
    expect(sample.anchors[`woods-2003-p${n1}`]).toBe(Number(p1));
  });
});
