// Where the printed pages go in the EPUB's documents, from the layout's facts.
import { expect, it } from 'vitest';
import { markPages } from '../../../src/epub/page-breaks.ts';
import { documentOf, type ContentDoc } from '../../../src/epub/parts.ts';
import { toXhtml } from '../../../src/epub/xhtml.ts';

const doc = (file: string, html: string): ContentDoc => ({ file, title: file, lang: 'en', body: documentOf(html).body });
const show = (d: ContentDoc) =>
  toXhtml(d.body)
    .replace(/ class="page-break" epub:type="pagebreak" role="doc-pagebreak"| role="doc-pagebreak" epub:type="pagebreak" class="page-break"/g, '')
    .replace(/<span[^>]*id="page-(\d+)"[^>]*><\/span>/g, '[$1]');

it('marks a page before what starts on it, inside the paragraph it opens in, and a blank page with the next', () => {
  const a = doc(
    'a.xhtml',
    '<section id="intro"><h1 id="intro-title">Intro</h1><p id="p1">One two three four five six seven eight nine ten.</p><ul><li id="l1">An item</li></ul></section>',
  );
  const b = doc('b.xhtml', '<article id="t"><p id="t-p1">Alpha beta gamma.</p><aside id="n1" epub:type="footnote">A note on page two.</aside></article>');
  const { marks, unplaced } = markPages([a, b], {
    anchors: { intro: 1, 'intro-title': 1, p1: 1, l1: 3, t: 5, 't-p1': 5, n1: 2 },
    pages: 6,
    // Page 2 opens in the middle of p1, at "ive six" (the end of a word hyphenated across the break).
    continuations: { 2: ['ive six seven eight nine ten.'] },
    blankPages: [4],
  });
  expect(show(a)).toBe(
    '[1]<section id="intro"><h1 id="intro-title">Intro</h1><p id="p1">One two three four five [2]six seven eight nine ten.</p><ul><li id="l1">[3]An item</li></ul></section>',
  );
  expect(show(b)).toBe('[4][5]<article id="t"><p id="t-p1">Alpha beta gamma.</p><aside id="n1" epub:type="footnote">A note on page two.</aside></article>');
  expect(marks.map((m) => [m.page, m.how])).toEqual([
    [1, 'starts'],
    [2, 'continued'],
    [3, 'starts'],
    [4, 'blank'],
    [5, 'starts'],
  ]);
  // Page 6: nothing starts on it, it is not blank and opens in no paragraph: not marked.
  expect(unplaced).toEqual([6]);
});

it('keeps the pages in order where a page opens on words the same paragraph said before', () => {
  // A licence repeats its phrases: page 3 opens on words that also come before page 2's start.
  const words = 'costs and expenses including legal fees';
  const a = doc(
    'a.xhtml',
    `<section id="s"><p id="p1">You indemnify us from all ${words} that arise. Then the page turns here and later you pay ${words} again at the end.</p></section>`,
  );
  const { marks } = markPages([a], {
    anchors: { s: 1, p1: 1 },
    pages: 3,
    continuations: { 2: ['Then the page turns here and later'], 3: [`${words} again at the end.`] },
  });
  expect(show(a)).toBe(
    `[1]<section id="s"><p id="p1">You indemnify us from all ${words} that arise. [2]Then the page turns here and later you pay [3]${words} again at the end.</p></section>`,
  );
  expect(marks.map((m) => m.page)).toEqual([1, 2, 3]);
});
