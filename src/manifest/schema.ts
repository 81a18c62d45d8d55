/**
 * The one schema of `reader.yaml`: it gives the manifest's types, its validation and
 * (through the `describe` texts) its documentation. Defaults are applied here only.
 */
import { z } from 'zod';
import { SOURCE_FORMATS } from '../ingest/source-kinds.ts';

const text = z
  .object({
    id: z
      .string()
      .regex(/^[a-z][a-z0-9-]*$/, 'start with a letter, then use lower-case letters, digits and hyphens (ids become HTML ids)')
      .describe('Stable id of the text, used in links, paragraph ids and file names.'),
    source: z.string().min(1).describe('Source file, relative to the project folder (normally under `content/`).'),
    title: z.string().min(1).describe('Title as printed in the reader.'),
    author: z.string().default('').describe('Author, as printed. Leave it out (or write `""`) for a text with no author: an agreement, a thread, minutes.'),
    translator: z.string().optional().describe('Translator, if any.'),
    publication: z.string().optional().describe('Where the text was published.'),
    date: z
      .union([z.string(), z.number(), z.date()])
      .optional()
      .transform((v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v === undefined ? undefined : String(v)))
      .describe('Publication date: `2021-12-12`, `2003-03`, `1991`, or omitted when unknown.'),
    url: z.string().optional().describe('Source URL.'),
    language: z
      .string()
      .regex(/^[a-zA-Z]{2,8}(-[a-zA-Z0-9]{1,8})*$/, 'use a BCP 47 language tag such as `es` or `pt-BR`')
      .optional()
      .describe(
        "BCP 47 tag of the text's language, when it is not the reader's `language`: its pages are tagged with it, it is hyphenated by its own rules and its quotation marks are its own (rule typography). Default: the reader's.",
      ),
    position: z.string().min(1).describe('One line on what the text argues.'),
    answer: z.string().optional().describe("A short answer to the reader's question: yes, no, in part."),
    summary: z.string().optional().describe("An editor's paragraph about the text."),
    questions: z.array(z.string()).default([]).describe('Discussion questions printed after the text.'),
    from: z.enum(SOURCE_FORMATS).default('auto').describe('What kind of source this is. Default `auto` (detected).'),
    rules: z
      .object({
        disable: z.array(z.string()).default([]).describe('Normalizer rule ids switched off for this text.'),
        drop: z.array(z.string()).default([]).describe('Extra regexes: whole lines matching one are dropped as clutter.'),
      })
      .strict()
      .default({ disable: [], drop: [] })
      .describe('Per-text normalizer settings.'),
  })
  .strict();

const topic = z
  .object({
    id: z.string().regex(/^[a-z][a-z0-9-]*$/, 'start with a letter, then use lower-case letters, digits and hyphens (ids become HTML ids)'),
    title: z.string().min(1),
    terms: z.array(z.string().min(1)).min(1).describe('Terms and aliases, matched on word boundaries, case-insensitive.'),
    patterns: z.array(z.string()).default([]).describe('Optional regexes, matched case-insensitively.'),
    min_score: z.number().int().min(1).default(1).describe('Distinct terms a paragraph needs to count. Default 1.'),
    questions: z.array(z.string()).default([]).describe('Discussion questions for the topic.'),
  })
  .strict();

/** The editor's settings for the index of names: each applied after the names are found, and reported. */
const nameIndex = z
  .object({
    add: z
      .array(z.string().min(1))
      .default([])
      .describe('Names to index wherever they occur, as written (`Nestor Makhno`), even where the detector did not take them for persons. Default none.'),
    hide: z
      .array(z.string().min(1))
      .default([])
      .describe(
        'Entries to leave out, by any name they are found under (`Pravda`, `V. I. Lenin`, `Lenin`) or as the index prints them (`Lenin, Vladimir`). Default none.',
      ),
    rename: z
      .record(z.string().min(1), z.string().min(1))
      .default({})
      .describe('Headings to print instead of the ones found: `{ Guerin: Daniel Guérin }`. Default none.'),
    merge: z
      .record(z.string().min(1), z.array(z.string().min(1)).min(1))
      .default({})
      .describe('Entries to fold into another, under its name: `{ Stalin: [Koba, Dzhugashvili] }`. Default none.'),
  })
  .strict();

export const pageSizes = ['A5', 'A4', 'letter', 'half-letter'] as const;

export const manifestSchema = z
  .object({
    title: z.string().min(1).describe('Title of the reader, printed on the cover and in the PDF metadata.'),
    subtitle: z.string().optional(),
    editor: z.string().optional().describe('Who put the reader together.'),
    date: z
      .union([z.string(), z.number(), z.date()])
      .optional()
      .transform((v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v === undefined ? undefined : String(v))),
    language: z.string().default('en').describe('BCP 47 language tag. Default `en`.'),
    book_language: z
      .enum(['en', 'de', 'fr', 'es', 'it', 'pt', 'nl', 'pl'])
      .optional()
      .describe(
        "Language of the book's own words (Contents, Introduction, Index of names, Text 3, the dates, the legends, the EPUB's landmarks and what links say to a screen reader): `en`, `de`, `fr`, `es`, `it`, `pt`, `nl` or `pl`. Default: the texts' language when they all share one of these, else `en`.",
      ),
    page_size: z.enum(pageSizes).default('A5').describe('Page size. Default `A5`.'),
    question: z.string().optional().describe('The question the reader puts to its texts.'),
    paragraph_numbers: z
      .enum(['all', 'every-5', 'none'])
      .default('all')
      .describe('Paragraph numbers in the outer margin: every paragraph, every 5th, or none. Default `all`.'),
    notes_pages: z
      .boolean()
      .default(false)
      .describe(
        'A lined page for notes after each text (with `start_texts: right-page`, on the left-hand pages that would otherwise be blank). Default false.',
      ),
    start_texts: z
      .enum(['auto', 'right-page', 'new-page', 'continue'])
      .default('auto')
      .describe(
        'Where each text starts: `right-page` (a blank left-hand page before it if need be), `new-page`, or `continue` (after the one before, on the same page). Default `auto`: `new-page` for a reader of under 15,000 words, `right-page` for a longer one.',
      ),
    epub: z
      .boolean()
      .default(false)
      .describe(
        'Also write `out/reader.epub`, an EPUB 3 edition with the printed page numbers (as `reader build --epub`; `reader pack --epub` for packs). Default false.',
      ),
    topics: z.array(topic).default([]),
    glossary: z.array(z.object({ term: z.string(), gloss: z.string() }).strict()).default([]),
    name_index: nameIndex
      .default({ add: [], hide: [], rename: {}, merge: {} })
      .describe('Corrections to the index of names: names to add, hide, rename or merge. The build reports what each one changed.'),
    templates: z.string().optional().describe('A folder of templates that override the defaults, partial by partial.'),
    styles: z.string().optional().describe('A folder of CSS files added after the default styles.'),
    texts: z.array(text).min(1).describe('The texts, in reading order.'),
  })
  .strict();

export type ManifestInput = z.input<typeof manifestSchema>;
/** The resolved manifest: defaults applied. */
export type Manifest = z.output<typeof manifestSchema>;
export type ManifestText = Manifest['texts'][number];
export type ManifestTopic = Manifest['topics'][number];
export type NameIndexSettings = Manifest['name_index'];
