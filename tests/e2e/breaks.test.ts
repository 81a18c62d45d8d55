// Good breaks, read back from the PDF's line positions: no heading alone at a page foot, no
// paragraph's first line alone at a foot (orphan) or last line alone at a top (widow).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { bodyLines, findBadBreaks } from './pdf-lines.ts';

const sample = inject('sample');

describe('page breaks in the sample', () => {
  it('strands no heading and leaves no widowed or orphaned line', async () => {
    const html = readFileSync(join(sample.out, 'reader.html'), 'utf8');
    const headings = [...html.matchAll(/<h[23][^>]*>([^<]*)<\/h[23]>/g)].map((m) =>
      m[1]!
        .replace(/\u00AD/g, '')
        .replace(/&#x27;|&#39;/g, "'")
        .trim(),
    );
    expect(headings.length).toBeGreaterThan(40);
    const pages = await bodyLines(sample.pdf);
    // Every page has lines to judge, and margin numbers are seen (or every line would look like a continuation).
    const first = sample.anchors['ws-1991']!;
    expect(pages[first]!.some((l) => l.startsParagraph)).toBe(true);
    const bad = findBadBreaks(pages, first, sample.anchors.concordance! - 1, headings);
    expect(bad).toEqual([]);
  });

  it('the detector finds bad breaks when they are there', () => {
    const line = (text: string, startsParagraph = false) => ({ y: 0, text, startsParagraph });
    const pages = [
      [],
      [line('Body text', true), line('SECTION')],
      [line('alone at the top'), line('Next paragraph', true)],
      [line('Last', true)],
      [line('goes on here'), line('and on')],
    ];
    const bad = findBadBreaks(pages, 1, 4, ['SECTION']);
    expect(bad.map((b) => `${b.page} ${b.kind}`)).toEqual(['1 stranded-heading', '2 widow', '3 orphan']);
  });
});
