import { Document, isMap, isSeq, type Scalar, type YAMLMap } from 'yaml';
import type { TextGuesses } from './guess.ts';
import type { Guess } from './lines.ts';

/** One text as init found it: where it is, its id, and the guesses about it. */
export interface InitText {
  id: string;
  /** Project-relative path, e.g. `content/003-woods.txt`. */
  source: string;
  guesses: TextGuesses;
  /** Title from the file name, used when the text states none. */
  fallbackTitle: string;
}

export const POSITION_PLACEHOLDER = 'TODO: one line on what this text argues';
export const AUTHOR_PLACEHOLDER = 'TODO: author';

const CHECK = 'check';

/**
 * The reader.yaml that init writes, as a yaml Document so every guess carries a
 * review comment on its line (`title: ... # guessed from line 4 (the byline) — check`).
 */
export function initManifestDocument(input: { title: string; texts: readonly InitText[]; templates?: string; styles?: string }): Document {
  const language = readerLanguage(input.texts);
  // A text in another language than most says so: its quotation marks and hyphenation follow it.
  const own = (t: InitText) => (t.guesses.language && t.guesses.language.value !== language ? t.guesses.language : undefined);
  const manifest: Record<string, unknown> = {
    title: input.title,
    language,
    page_size: 'A5',
    ...(input.templates ? { templates: input.templates } : {}),
    ...(input.styles ? { styles: input.styles } : {}),
    texts: input.texts.map((t) => ({
      id: t.id,
      source: t.source,
      title: t.guesses.title?.value ?? t.fallbackTitle,
      author: t.guesses.author?.value ?? AUTHOR_PLACEHOLDER,
      ...(t.guesses.translator ? { translator: t.guesses.translator.value } : {}),
      ...(t.guesses.publication ? { publication: t.guesses.publication.value } : {}),
      ...(t.guesses.date ? { date: t.guesses.date.value } : {}),
      ...(t.guesses.url ? { url: t.guesses.url.value } : {}),
      ...(own(t) ? { language: own(t)!.value } : {}),
      position: POSITION_PLACEHOLDER,
    })),
  };
  const doc = new Document(manifest);
  doc.commentBefore = [
    ' Made by `reader init`. Field reference: README.md, "The manifest".',
    ' Lines marked "check" are guesses from the texts; TODO lines need you.',
    ' Then: `reader preview` to see it, `reader build` for the PDF.',
  ].join('\n');
  comment(doc, ['title'], ' from the folder name — check');
  comment(doc, ['language'], input.texts.some((t) => t.guesses.language) ? ' the language most of the texts are in — check' : ' the default');
  const seq = doc.get('texts', true);
  input.texts.forEach((t, i) => {
    // A blank line between texts keeps a long manifest readable.
    if (i > 0 && isSeq(seq) && isMap(seq.items[i])) (seq.items[i] as YAMLMap).spaceBefore = true;
    const at = (field: string) => ['texts', i, field];
    comment(doc, at('title'), t.guesses.title ? guessComment(t.guesses.title) : ' from the file name — check');
    comment(
      doc,
      at('author'),
      t.guesses.author ? guessComment(t.guesses.author) : ' TODO — not found in the text: write it, or delete this line for a text with no author',
    );
    if (t.guesses.translator) comment(doc, at('translator'), guessComment(t.guesses.translator));
    if (t.guesses.publication) comment(doc, at('publication'), guessComment(t.guesses.publication));
    if (t.guesses.date) comment(doc, at('date'), guessComment(t.guesses.date));
    if (t.guesses.url) comment(doc, at('url'), guessComment(t.guesses.url));
    if (own(t)) comment(doc, at('language'), guessComment(own(t)!));
    comment(doc, at('position'), ' TODO — say what the text argues, in one line');
  });
  return doc;
}

function guessComment(g: Guess): string {
  return g.line ? ` guessed from line ${g.line} (${g.how}) — ${CHECK}` : ` from ${g.how} — ${CHECK}`;
}

function comment(doc: Document, path: (string | number)[], text: string): void {
  const node = doc.getIn(path, true) as Scalar | undefined;
  if (node) node.comment = text;
}

/** The language most texts are in (by the guesses), else English. */
export function readerLanguage(texts: readonly InitText[]): string {
  const counts = new Map<string, number>();
  for (const t of texts) if (t.guesses.language) counts.set(t.guesses.language.value, (counts.get(t.guesses.language.value) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 'en';
}
