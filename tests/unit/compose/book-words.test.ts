import { describe, expect, it } from 'vitest';
import { BOOK_WORDS, bookLanguage, bookWords } from '../../../src/compose/book-words.ts';
import { formatDate, formatNumber, listRange } from '../../../src/compose/helpers.ts';
import { loadTemplates } from '../../../src/compose/templates.ts';
import { loadPackTemplate, packDate, type PackTemplateData } from '../../../src/pack/compose-pack.ts';

const texts = (...langs: Array<string | undefined>) => langs.map((language) => (language ? { language } : {})) as never;

describe("the book's own words", () => {
  it("follow the texts' language when they all share one the table has, else English; book_language chooses", () => {
    expect(bookLanguage({ language: 'de', texts: texts(undefined, undefined) })).toBe('de');
    expect(bookLanguage({ language: 'fr-CA', texts: texts(undefined) })).toBe('fr');
    expect(bookLanguage({ language: 'es', texts: texts(undefined, 'es-MX') })).toBe('es');
    // A German reader with one English text, a language the table lacks: English.
    expect(bookLanguage({ language: 'de', texts: texts(undefined, 'en') })).toBe('en');
    expect(bookLanguage({ language: 'sv', texts: texts(undefined) })).toBe('en');
    // Italian, Portuguese, Dutch and Polish have tables of their own.
    for (const lang of ['it', 'pt', 'nl', 'pl']) expect(bookLanguage({ language: lang, texts: texts(undefined) })).toBe(lang);
    expect(bookLanguage({ language: 'pt-BR', texts: texts(undefined, 'pt-PT') })).toBe('pt');
    expect(bookLanguage({ language: 'de', book_language: 'en', texts: texts(undefined) })).toBe('en');
    expect(bookLanguage({ language: 'en', book_language: 'fr', texts: texts(undefined, 'de') })).toBe('fr');
  });

  it('every language names every word', () => {
    const keys = Object.keys(BOOK_WORDS.en!).sort();
    for (const [lang, words] of Object.entries(BOOK_WORDS)) {
      expect(Object.keys(words).sort(), lang).toEqual(keys);
      for (const [key, value] of Object.entries(words)) expect(Array.isArray(value) ? value.length : String(value).length, `${lang}.${key}`).toBeGreaterThan(0);
    }
  });

  it('dates, numbers and lists in the words of the book', () => {
    expect(formatDate('2024-03-14')).toBe('14 March 2024');
    expect(formatDate('2024-03-14', 'de')).toBe('14. März 2024');
    expect(formatDate('2024-03', 'de')).toBe('März 2024');
    expect(formatDate('2022-05-08', 'es')).toBe('8 de mayo de 2022');
    expect(formatDate('2023-02-01', 'fr')).toBe('1er février 2023');
    expect(formatDate('2024-03-14', 'it')).toBe('14 marzo 2024');
    expect(formatDate('2024-03-14', 'pt')).toBe('14 de março de 2024');
    expect(formatDate('2024-03', 'pt')).toBe('março de 2024');
    expect(formatDate('2024-03-14', 'nl')).toBe('14 maart 2024');
    // Polish names a month with its day in the genitive, alone in the nominative.
    expect(formatDate('2024-03-14', 'pl')).toBe('14 marca 2024');
    expect(formatDate('2024-03', 'pl')).toBe('marzec 2024');
    expect(formatNumber(12345)).toBe('12,345');
    expect(formatNumber(12345, '.')).toBe('12.345');
    expect(listRange([1, 2, 3, 5], 'und')).toBe('[1]–[3] und [5]');
  });

  it('the templates print them: a German reader says Inhalt, Einleitung, Personenregister, Text 1', async () => {
    const t = await loadTemplates(undefined, process.cwd());
    const de = bookWords('de');
    const view = {
      words: de,
      reader: { title: 'Lesebuch', language: 'de', glossary: [], date: '2025-12-01' },
      texts: [
        { id: 'a', number: 1, title: 'Wem gehört die Stadt?', author: 'Jonas Becker', words: 1234, readingMinutes: 6, noteCount: 1, body: '', questions: [] },
      ],
      introduction: true,
      concordance: true,
      sources: [],
      names: [],
      sharedQuotations: [],
      topicIndex: [],
      answers: [],
      topics: [],
      topicTables: [],
      stylesheets: [],
    };
    const html = t.render(view);
    for (const word of [
      'Inhalt',
      'Einleitung',
      'Konkordanz',
      'Zitierte Quellen',
      'Themenregister',
      'Personenregister',
      'Die Texte',
      'Erschienen',
      'Wörter',
      '1.234',
      '1. Dezember 2025',
    ])
      expect(html, word).toContain(word);
    expect(html).toMatch(/class="text-number">Text 1</);
    for (const word of ['Contents', 'Introduction', 'Index of names', 'Sources cited', 'The texts', 'not stated']) expect(html, word).not.toContain(word);
    const notes = t.partial('notes', { id: 'a', orphanNotes: [], missingNotes: [1, 2, 4], words: de });
    expect(notes).toContain('Die Vorlage verweist auf die Anmerkungen [1]–[2] und [4]');
    // (A view that names no words, as an older caller's: English.)
    expect(t.partial('notes', { id: 'a', orphanNotes: [], missingNotes: [1] })).toContain('The source calls note [1]');
  });

  it('Italian, Portuguese, Dutch and Polish readers print their own words and dates', async () => {
    const t = await loadTemplates(undefined, process.cwd());
    const expected: Record<string, string[]> = {
      it: ['Indice', 'Introduzione', 'Indice dei nomi', 'I testi', 'Testo 1', '1 dicembre 2025'],
      pt: ['Sumário', 'Introdução', 'Índice onomástico', 'Os textos', 'Texto 1', '1 de dezembro de 2025'],
      nl: ['Inhoud', 'Inleiding', 'Personenregister', 'De teksten', 'Tekst 1', '1 december 2025'],
      pl: ['Spis treści', 'Wstęp', 'Indeks osób', 'Teksty', 'Tekst 1', '1 grudnia 2025'],
    };
    for (const [lang, words] of Object.entries(expected)) {
      const html = t.render({
        words: bookWords(lang),
        reader: { title: 'Reader', language: lang, glossary: [], date: '2025-12-01' },
        texts: [{ id: 'a', number: 1, title: 'T', author: 'A B', words: 1234, readingMinutes: 6, noteCount: 1, body: '', questions: [] }],
        introduction: true,
        concordance: true,
        sources: [],
        names: [],
        sharedQuotations: [],
        topicIndex: [],
        answers: [],
        topics: [],
        topicTables: [],
        stylesheets: [],
      });
      for (const word of words) expect(html, `${lang}: ${word}`).toContain(word);
      for (const word of ['Contents', 'Introduction', 'Index of names', 'The texts', 'not stated']) expect(html, `${lang}: ${word}`).not.toContain(word);
    }
  });

  it('a pack from a reader of German texts says Diskussionsmappe, Stellen, Seite, and dates the German way', async () => {
    const template = await loadPackTemplate();
    const html = template({
      reader: { title: 'Lesebuch', pageSize: 'A5', language: 'de', texts: [{}] },
      content: {
        topic: { id: 't', title: 'Miete', terms: ['Miete', '<b>'], questions: ['Wem gehört die Stadt?'] },
        texts: [],
        silent: [],
        hits: 0,
        passages: 0,
        names: [],
      },
      stylesheets: [],
      date: packDate('2025-12', 'de'),
      context: 1,
    } as unknown as PackTemplateData);
    for (const word of [
      'Diskussionsmappe',
      'Aus dem Reader',
      'Wo die Texte es aufgreifen',
      'Stellen',
      'Seite',
      'Zur Diskussion',
      'Notizen',
      'Dezember 2025',
      '1 Absatz Kontext',
      '<mark>Begriffe</mark>',
    ])
      expect(html, word).toContain(word);
    // (The topic's terms are the user's: escaped.)
    expect(html).toContain('Miete, &lt;b&gt;');
    for (const word of ['Discussion pack', 'From the reader', 'Passages', 'For discussion']) expect(html, word).not.toContain(word);
  });
});
