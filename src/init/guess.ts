import { guessAuthor, guessTranslator } from './guess-author.ts';
import { guessDate } from './guess-date.ts';
import { guessTitle } from './guess-title.ts';
import { type Guess, toLines } from './lines.ts';

/** What init could tell about one text; each field says where it came from. */
export interface TextGuesses {
  title?: Guess;
  author?: Guess;
  translator?: Guess;
  date?: Guess;
}

/**
 * Guess a text's title, author, translator and date from its plain text. `known` holds
 * what the file's own metadata said (HTML `<meta>`, Markdown front matter, PDF info):
 * that wins over a guess from the text.
 */
export function guessMetadata(text: string, known: TextGuesses = {}): TextGuesses {
  const lines = toLines(text);
  const title = known.title ?? guessTitle(lines);
  const out: TextGuesses = {};
  if (title) out.title = title;
  const author = known.author ?? guessAuthor(lines);
  if (author) out.author = author;
  const translator = known.translator ?? guessTranslator(lines);
  if (translator) out.translator = translator;
  const date = known.date ?? guessDate(lines, title?.line);
  if (date) out.date = date;
  return out;
}
