/**
 * A book's title page as a scan's OCR or a plain-text edition copies it: short lines in capitals, blank lines between
 * them, the title, "BY" alone on its line and the author's name under it ("ANARCHISM" / "AND OTHER ESSAYS" / "BY" /
 * "EMMA GOLDMAN" / "NEW YORK" / "MOTHER EARTH PUBLISHING ASSOCIATION" / "1911").
 */
import type { Line } from './lines.ts';
import { wordCount } from './lines.ts';
import { peopleLine } from './guess-author.ts';
import { personName } from './names.ts';

// "BY" alone, and the same in the languages our readers come in.
const BY_ALONE = /^(?:by|von|par|por|di|door|av|af)\.?$/iu;
// A line of a title page: in capitals (no small letter, two capitals at least, or a lone "OR," or "&"), short.
const capitals = (t: string) => !/\p{Ll}/u.test(t) && (/\p{Lu}{2}/u.test(t) || /^(?:&|OR,?|OU,?|O,?|ODER,?)$/u.test(t)) && wordCount(t) <= 12;

export interface TitlePage {
  /** Index in `lines` of the title page's first line. */
  start: number;
  /** Index of the "BY" line. */
  by: number;
  /** The author's name under it, as it would print. */
  name: string;
}

/** The title page at the top of a text, when it opens on one (within its first eighty lines). */
export function titlePage(lines: readonly Line[]): TitlePage | undefined {
  for (let b = 1; b < Math.min(lines.length - 1, 80); b++) {
    if (!BY_ALONE.test(lines[b]!.text) || lines[b + 1]!.n > lines[b]!.n + 4) continue;
    const who = lines[b + 1]!.text.replace(/[,.;]+$/, '');
    const name = personName(who) ?? peopleLine(who);
    if (!name) continue;
    let start = b;
    // The title's lines over "BY", each within four blank lines of the next.
    while (start > 0 && b - start < 8 && lines[start - 1]!.n >= lines[start]!.n - 5 && capitals(lines[start - 1]!.text)) start--;
    if (start < b && /\p{Lu}{2}/u.test(lines[start]!.text)) return { start, by: b, name };
  }
  return undefined;
}
