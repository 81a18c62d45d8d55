/**
 * What a text's title block holds besides the text: the title (printed by the template), a
 * genre or section kicker over it ("ANALYSIS", "Opinion", "Reportage"), the byline ("By Hannah
 * Okafor", the author's name alone, or the name glued to a date as two inline elements of a saved
 * page leave it: "Carrie ArnoldNovember 15") and a date stamp alone. Each is tested against one
 * whole block at the top of the text; the template prints the title, author and date.
 */
import { isTitleRepeat, titleKey } from './clutter.ts';
import { isDateAlone, isDateline } from './dates.ts';

// Labels a publisher sets over a headline: the genre of the piece, in the languages our readers
// come in. Not "Chapter 1" or "Part 2", which can be a text's own first heading.
const GENRE =
  /^[\W_]*(?:analysis|opinion|comment|commentary|editorial|op-ed|feature|features|interview|review|explainer|long\s+read|reportage|report|dispatch|perspective|viewpoint|column|essay|news|in\s+depth|investigation|analyse|analyses|tribune|chronique|entretien|enquête|décryptage|éditorial|meinung|kommentar|analyse|reportage|interview|gastbeitrag|análisis|opinión|reportaje|entrevista|crónica|columna|opinione|commento|analisi|intervista|opinião|análise|reportagem|entrevista|opinie|analyse|commentaar)[\W_]*$/iu;

// What leads a byline: "By", "Written by", "Words:", "Par", "Von", "Por", "Di", "Door", "Text:".
const BY_LEAD = /^(?:(?:written|words|text|story|reporting)\s+by|by|par|von|por|di|door|words|text|texte|texto|testo)\s*:?\s+/iu;

// The author's institution on the byline's next line, joined to it: "Ingrid Halvorsen / University of Bergen".
const AFFILIATION =
  /^(?:the\s+)?(?:(?:\p{Lu}[\p{L}'’-]*\s+){0,3}(?:University|College|Institute|School|Department|Centre|Center|Polytechnic|Academy)|Universit(?:ät|é|y)|Universidad|Università|Universidade|Universiteit|Hochschule|Institut|Instituto|Istituto|École)\b[^.!?]{0,80}$/u;

/** A genre label alone ("ANALYSIS", "Opinion", "— Reportage —"). */
export function isGenreKicker(text: string): boolean {
  return text.length <= 40 && GENRE.test(text.trim());
}

/**
 * The block is a byline for `author`: the name (or every name of "A and B") alone, after a lead
 * ("By", "Par"), with a date or a separator after it ("Claire Dubois · 12 mars 2022", glued or not).
 */
export function isAuthorLine(text: string, author: string | undefined): boolean {
  if (!author) return false;
  let rest = text.trim().replace(BY_LEAD, '');
  const names = author.split(/\s*(?:,|\band\b|&|;)\s*/u).filter((n) => n.trim());
  if (names.length === 0) return false;
  // The name must open the line, after the lead: "Ana Lima's garden" is not her byline.
  const key = (s: string) => titleKey(s);
  for (const [i, name] of names.entries()) {
    const at = rest.toLowerCase().indexOf(name.toLowerCase());
    if (at < 0 || (i === 0 && key(rest.slice(0, at)) !== '')) return false;
    rest = rest.slice(0, at) + ' ' + rest.slice(at + name.length);
  }
  // Between and after the names: joining words, separators, a date.
  const left = rest
    .replace(/\b(?:and|und|et|y|e|en)\b|&/giu, ' ')
    .replace(/[\s,;:|·•–—()-]+/gu, ' ')
    .trim();
  return left === '' || isDateAlone(left) || /^\d{4}$/.test(left) || AFFILIATION.test(left);
}

/** A block at the top that belongs to the title block, and why; undefined for the text's own. */
export function titleBlockPart(text: string, title: string | undefined, author: string | undefined): string | undefined {
  const t = text.trim();
  if (!t || t.length > 200) return undefined;
  if (title && isTitleRepeat(t, title)) return 'title line';
  if (isGenreKicker(t)) return 'section label';
  if (isAuthorLine(t, author)) return 'author line';
  if (isDateAlone(t) || isDateline(t)) return 'date stamp';
  return undefined;
}
