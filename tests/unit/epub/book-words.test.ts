// The EPUB's own words (its landmarks, its page list, its labels) come from the book's words table, as the print's do.
import { expect, it } from 'vitest';
import { bookWords } from '../../../src/compose/book-words.ts';
import { manifestSchema } from '../../../src/manifest/schema.ts';
import { addPageList, navDoc } from '../../../src/epub/nav.ts';
import { contentDocs, documentOf } from '../../../src/epub/parts.ts';
import { toXhtml } from '../../../src/epub/xhtml.ts';

it("a Polish book's navigation says Spis treści, Punkty orientacyjne and Strony drukowanej antologii", () => {
  const words = bookWords('pl');
  const text = { file: 'text-a.xhtml', title: 'A', lang: 'pl', body: documentOf('<article id="a"><p id="a-p1">Tekst.</p></article>').body, toc: '1. A' };
  const nav = navDoc([{ ...text, landmark: { type: 'bodymatter', label: words.theTexts } }], { title: 'Antologia', lang: 'pl', words });
  addPageList(nav, [{ page: 1, file: 'text-a.xhtml', id: 'page-1', how: 'starts' }], 'reader.pdf', words.pageList);
  const xhtml = toXhtml(nav.body);
  for (const word of ['Spis treści', 'Punkty orientacyjne', 'Strony drukowanej antologii (reader.pdf)', '>Teksty<']) expect(xhtml, word).toContain(word);
  for (const word of ['Contents', 'Landmarks', 'Pages of the printed reader']) expect(xhtml, word).not.toContain(word);
  // Without the words, as an older caller's: English.
  expect(toXhtml(navDoc([text], { title: 'Reader', lang: 'en' }).body)).toContain('>Landmarks<');
});

it("the landmarks of an Italian book's content documents: Copertina, I testi", () => {
  const manifest = manifestSchema.parse({
    title: 'Antologia',
    language: 'it',
    texts: [{ id: 'a', source: 'a.txt', title: 'Uno', author: 'Ada', position: 'Una tesi.' }],
  });
  const docs = contentDocs({
    composedHtml: '<html><body><section id="cover"><h1>Antologia</h1></section></body></html>',
    accessibleHtml: '<html><body><article id="a"><h2>Uno</h2><p>Testo.</p></article></body></html>',
    manifest,
    texts: [{ meta: { id: 'a', title: 'Uno' } }] as never,
  });
  expect(docs.map((d) => d.landmark?.label).filter(Boolean)).toEqual(['Copertina', 'I testi']);
});
