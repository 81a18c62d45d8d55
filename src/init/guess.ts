import { guessAuthor, guessTranslator } from './guess-author.ts';
import { findDate, guessDate } from './guess-date.ts';
import { guessPublication, guessUrl } from './guess-publication.ts';
import { findTitle, tidyTitle } from './guess-title.ts';
import { detectLanguage } from './language.ts';
import { type Guess, type Line, toLines } from './lines.ts';
import { cleanPeople } from './names.ts';
import { casingOf } from './title-case.ts';

/** What init could tell about one text; each field says where it came from. */
export interface TextGuesses {
  title?: Guess;
  author?: Guess;
  translator?: Guess;
  date?: Guess;
  publication?: Guess;
  url?: Guess;
  /** A two-letter language code, from the page's own `lang` or the text's commonest words. */
  language?: Guess;
}

export interface GuessOptions {
  /**
   * Whether `text`'s line numbers are the source file's (plain text, Markdown). When they are
   * not (a web page's blocks, a PDF's printed lines), guesses do not name a line.
   */
  fileLines?: boolean;
}

/**
 * Guess a text's title, author, translator, date, publication, URL and language from its plain
 * text. `known` holds what the file's own metadata said (HTML `<meta>` and JSON-LD, Markdown
 * front matter, PDF info and type sizes): that wins over a guess from the text. A title or a
 * name in capitals comes back in the case it would be printed in.
 */
export function guessMetadata(text: string, known: TextGuesses = {}, options: GuessOptions = {}): TextGuesses {
  const lines = toLines(text);
  const casing = casingOf(text);
  const language = known.language ?? guessLanguage(text);
  const context = { casing, ...(language ? { language: language.value } : {}) };
  const found = known.title ? undefined : findTitle(lines, context);
  const title = known.title ? { ...known.title, value: tidyTitle(known.title.value, context) } : found;
  const titleIndex = found?.index ?? (title ? indexOfTitle(lines, title) : undefined);
  const out: TextGuesses = {};
  if (title) out.title = withoutIndex(title);
  const authorContext = {
    ...(titleIndex === undefined ? {} : { titleIndex, ...(found?.end !== undefined ? { titleEnd: found.end } : {}) }),
    ...(title ? { title: title.value } : {}),
  };
  const translator = known.translator ?? guessTranslator(lines);
  // A page's author <meta> may name whoever put the page up, its translator ("By Rafael Montero. Translated from the
  // Spanish by Helen Clarke" under an author <meta> of "Helen Clarke"): the translator is not the author.
  const knownAuthor = known.author && !(translator && squash(translator.value) === squash(known.author.value)) ? known.author : undefined;
  const author = knownAuthor
    ? moreAuthors({ ...knownAuthor, value: cleanPeople(knownAuthor.value) }, () => guessAuthor(lines, authorContext), text)
    : guessAuthor(lines, authorContext);
  if (author) out.author = author;
  if (translator) out.translator = translator;
  const date = isoDate(known.date) ?? guessDate(lines, titleIndex === undefined ? undefined : lines[titleIndex]!.n);
  if (date) out.date = date;
  const publication = known.publication ?? guessPublication(lines);
  if (publication) out.publication = publication;
  const url = known.url ?? guessUrl(lines);
  if (url) out.url = url;
  if (language) out.language = language;
  if (options.fileLines === false) for (const g of Object.values(out) as Guess[]) delete g.line;
  return out;
}

const peopleIn = (value: string) =>
  value
    .split(/\s*(?:,|;|&|\band\b)\s*/u)
    .map((n) => n.trim().toLowerCase())
    .filter(Boolean);

/**
 * A page's author metadata may name only the first of its authors (`<meta name="author">` holds
 * one name); when the text's own byline names that person and others, the byline is taken.
 */
function moreAuthors(known: Guess, fromText: () => Guess | undefined, body: string): Guess {
  const text = fromText();
  if (!text) return known;
  // A PDF's info names whoever made the file ("Riverside TC"): a byline in the text that the info does not appear in wins.
  // (So do the names under the title, a journal's authors: the info's "Elsevier" is the publisher's.)
  if (known.how === 'the PDF info' && /byline|label|names? (?:under|above) the title/.test(text.how) && !squash(body).includes(squash(known.value)))
    return text;
  const ours = peopleIn(known.value);
  const theirs = peopleIn(text.value);
  return theirs.length > ours.length && ours.every((n) => theirs.includes(n)) ? text : known;
}

function withoutIndex(g: Guess & { index?: number; end?: number }): Guess {
  const { index: _index, end: _end, ...rest } = g;
  return rest;
}

/** Where a title the metadata gave stands among the lines: the first line that is (or starts) it. */
function indexOfTitle(lines: readonly Line[], title: Guess): number | undefined {
  if (title.line !== undefined) {
    const i = lines.findIndex((l) => l.n === title.line);
    if (i >= 0) return i;
  }
  const key = squash(title.value);
  if (!key) return undefined;
  const i = lines.slice(0, 40).findIndex((l) => squash(l.text) === key || (squash(l.text).length > 8 && key.startsWith(squash(l.text))));
  return i >= 0 ? i : undefined;
}

const squash = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/** A date from metadata as ISO (`2019-03-03`, `2019-03`, `2019`): "3 March 2019" in a title block is read as a date. */
function isoDate(g: Guess | undefined): Guess | undefined {
  if (!g) return undefined;
  if (/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/.test(g.value)) return g;
  const d = findDate(g.value) ?? (/^\d{4}\b/.test(g.value) ? { value: g.value.slice(0, 4) } : undefined);
  return d ? { ...g, value: d.value } : undefined;
}

function guessLanguage(text: string): Guess | undefined {
  const lang = detectLanguage(text);
  return lang ? { value: lang, how: 'the commonest words of the text' } : undefined;
}
