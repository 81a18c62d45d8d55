// The index of names in the built sample, read back with poppler: every page it gives for a paragraph
// is the page where that paragraph's number is printed in the margin.
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

describe('index of names', () => {
  const start = pages.findIndex((p) => /Index of names\s+Persons named in the texts/.test(p));
  const text = pages
    .slice(start)
    .join(' ')
    .replace(/\s+/g, ' ')
    .replace(/^.*?Index of names Persons named in the texts[^.]*\.[^.]*\./, '')
    .split(' Glossary ')[0]!;
  const textIds = sample.report.texts.map((t) => t.id);
  // `Bukharin 2 ¶ 23, p. 22; 4 ¶ 74, p. 47, ¶ 77, p. 48`: a text number, then its references.
  const refs: Array<{ textId: string; n: number; last: number; page: number }> = [];
  let current = 0;
  for (const m of text.matchAll(/(?:^|[\s;])(\d{1,2})\s+(?=¶|note)|¶ (\d+)(?:–(\d+))?, p\. (\d+)/g)) {
    if (m[1]) current = Number(m[1]);
    else refs.push({ textId: textIds[current - 1]!, n: Number(m[2]), last: Number(m[3] ?? m[2]), page: Number(m[4]) });
  }

  it('follows the concordance and lists persons by surname', () => {
    expect(start).toBeGreaterThan(sample.anchors.concordance!);
    expect(text).toMatch(/Deutscher, Isaac 1 ¶ \d+, p\. \d+/);
    expect(text).toMatch(/Guerin, Daniel 1 ¶ \d+/);
    expect(text).toMatch(/Tchernikover, M\. 1 ¶ \d+/);
    // Variants merged: one entry for Trotsky (Trotski in text 5's notes, Trotskys in text 1).
    expect(text.match(/(?:^| )Trotsky, /g)).toHaveLength(1);
    expect(refs.length).toBeGreaterThan(300);
  });

  it("every page given is the page where that paragraph's number is printed", () => {
    const wrong = refs.filter((r) => !loneNumbers(pages[r.page] ?? '').includes(r.n)).map((r) => `${r.textId} ¶ ${r.n} p. ${r.page}`);
    expect(wrong).toEqual([]);
    // And the layout's own record agrees.
    for (const r of refs) expect(sample.anchors[`${r.textId}-p${r.n}`], `${r.textId} ¶ ${r.n}`).toBe(r.page);
  });
});
