/**
 * The paragraphs of a text that are entries of a references list, beyond those under a
 * `References` (`Bibliography`, `Further reading`) heading: those after a paragraph that is such a
 * heading by itself (`Reading`, a plain text's heading the normalizer kept as a line), while they are
 * shaped as entries (short, a name and a comma or author-date, a year) or a line an entry broke onto:
 * a label (`Questions`) or prose ends the list (`LITERATURE.` over a paragraph that names its
 * authorities in prose is a section, not a list); and runs of two or more paragraphs
 * shaped as author-date entries (`Dunn, M. (1954) Title.`), under no heading at all.
 */
import { isReferencesHeading } from './citation-prose.ts';

/** `Dunn, M. (1954)`, `Yelland, P. J. (1987a).`, `Hale, Ruth (1990)`: an author-date entry's opening. */
const AUTHOR_DATE = /^\p{Lu}[\p{L}'’\-]+,\s+(?:(?:\p{Lu}\.\s?){1,3}|\p{Lu}[\p{L}'’\-]+\s)\s*\(\d{4}[a-z]?\)/u;
/** A short line that heads what follows (`Questions`, `Further work`, `PEOPLE.`). */
const LABEL = /^\p{Lu}[\p{L}'’\-]*(?:\s+[\p{L}'’\-]+){0,3}[:.]?$/u;
/** An entry under such a line: short, opening with a name and a comma (or author-date), with a year. */
const ENTRY = /^\p{Lu}[\p{L}'’.\-]*(?:\s+\p{Lu}[\p{L}'’.\-]*){0,3},\s/u;
const YEAR = /\b(?:1[5-9]\d\d|20\d\d)\b/;
const entryShaped = (t: string): boolean => t.length <= 300 && YEAR.test(t) && (ENTRY.test(t) || AUTHOR_DATE.test(t));

export function referenceParagraphs(paragraphs: ReadonlyArray<{ id: string; flat: { text: string } }>): Set<string> {
  const out = new Set<string>();
  let listed = false;
  for (const [i, p] of paragraphs.entries()) {
    const text = p.flat.text.trim();
    if (isReferencesHeading(text)) {
      listed = true;
      continue;
    }
    if (listed) {
      // An entry, or a short line that an entry broke onto (`University Press, 1955)`); anything else, a label or
      // prose (`LITERATURE.` heading a paragraph of prose that names its authorities), ends the list.
      const prevEntry = i > 0 && out.has(paragraphs[i - 1]!.id);
      if (!LABEL.test(text) && (entryShaped(text) || (prevEntry && text.length < 60 && !/[.!?]\s/u.test(text)))) {
        out.add(p.id);
        continue;
      }
      listed = false;
    }
    const next = paragraphs[i + 1]?.flat.text.trim() ?? '';
    const prev = paragraphs[i - 1]?.flat.text.trim() ?? '';
    if (AUTHOR_DATE.test(text) && (AUTHOR_DATE.test(next) || AUTHOR_DATE.test(prev))) out.add(p.id);
  }
  return out;
}
