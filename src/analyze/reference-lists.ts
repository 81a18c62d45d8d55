/**
 * The paragraphs of a text that are entries of a references list, beyond those under a
 * `References` (`Bibliography`, `Further reading`) heading: those after a paragraph that is such a
 * heading by itself (`Reading`, a plain text's heading the normalizer kept as a line), up to the
 * next short line that heads something else (`Questions`); and runs of two or more paragraphs
 * shaped as author-date entries (`Dunn, M. (1954) Title.`), under no heading at all.
 */
import { isReferencesHeading } from './citation-prose.ts';

/** `Dunn, M. (1954)`, `Yelland, P. J. (1987a).`, `Hale, Ruth (1990)`: an author-date entry's opening. */
const AUTHOR_DATE = /^\p{Lu}[\p{L}'’\-]+,\s+(?:(?:\p{Lu}\.\s?){1,3}|\p{Lu}[\p{L}'’\-]+\s)\s*\(\d{4}[a-z]?\)/u;
/** A short line with no full stop, that heads what follows (`Questions`, `Further work`). */
const LABEL = /^\p{Lu}[\p{L}'’\-]*(?:\s+[\p{L}'’\-]+){0,3}:?$/u;

export function referenceParagraphs(paragraphs: ReadonlyArray<{ id: string; flat: { text: string } }>): Set<string> {
  const out = new Set<string>();
  let listed = false;
  for (const [i, p] of paragraphs.entries()) {
    const text = p.flat.text.trim();
    if (isReferencesHeading(text)) {
      listed = true;
      continue;
    }
    if (listed && LABEL.test(text)) listed = false;
    if (listed) {
      out.add(p.id);
      continue;
    }
    const next = paragraphs[i + 1]?.flat.text.trim() ?? '';
    const prev = paragraphs[i - 1]?.flat.text.trim() ?? '';
    if (AUTHOR_DATE.test(text) && (AUTHOR_DATE.test(next) || AUTHOR_DATE.test(prev))) out.add(p.id);
  }
  return out;
}
