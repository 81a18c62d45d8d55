import { findDate } from './guess-date.ts';
import { type Guess, type Line } from './lines.ts';

// "Originally published in X", "This article first appeared in X", "Reprinted from X", "From X, No 33, 1991".
const LEADS = [
  String.raw`(?:this\s+(?:article|essay|piece|text|interview|review|chapter)\s+)?(?:was\s+)?(?:first|originally)\s+(?:published|appeared|ran)\s+(?:in|on|at|by)`,
  String.raw`(?:this\s+(?:article|essay|piece|text|interview|review|chapter)\s+)?(?:was\s+)?(?:published|appeared)\s+(?:first\s+|originally\s+)?(?:in|on|at)`,
  String.raw`reprinted\s+(?:with\s+(?:kind\s+)?permission\s+)?(?:from|of)`,
  String.raw`(?:an\s+earlier\s+version\s+(?:of\s+this\s+\w+\s+)?appeared\s+in)`,
  String.raw`(?:publié|paru)\s+(?:\w+\s+)?(?:dans|sur)`,
  String.raw`(?:erschienen|veröffentlicht)\s+(?:\w+\s+)?(?:in|im|auf)`,
  String.raw`(?:publicado|publicada)\s+(?:\w+\s+)?(?:en|em|no|na)`,
  String.raw`(?:pubblicato|pubblicata)\s+(?:\w+\s+)?(?:su|in|sul|sulla)`,
  String.raw`(?:from|source|bron|quelle|fuente|fonte)\s*:?`,
];
const LEAD = new RegExp(String.raw`^[\s*_(\[\-–—]*(?:${LEADS.join('|')})\s+(.+)$`, 'iu');
// Where the name stops: a date or year, a page, a URL, a clause.
const STOP =
  /\s*(?:,\s*(?:on\s+)?(?=\d|(?:\p{L}+\s+)?\d{4})|\s+on\s+(?=\p{L}*\s*\d)|\s+(?:in|dated)\s+(?=\d{4}|\p{L}+\s+\d{4})|\s+\((?=\d{4}|\p{L}+\s+\d{4})|\s+and\s+(?:is|was)\b|\s+(?:under|with|by permission|as part of)\b|[,;]?\s*https?:\/\/|\s*[.;]\s*$|\s*[.;]\s+\p{Lu}|,\s*(?:p|pp|vol)\.)/u;

/**
 * Where the text was published, when it says so: a source note at the end or the top
 * ("Originally published in The Urbanist on 3 May 2019", "From Workers Solidarity No 33,
 * 1991", "Publié dans Le Monde diplomatique"), cut before its date, page or URL.
 */
export function guessPublication(lines: readonly Line[]): Guess | undefined {
  for (const l of [...lines.slice(-15).reverse(), ...lines.slice(0, 20)]) {
    // (An e-mail's "From: NAME <address>" is its sender, not where it was published.)
    if (l.text.length > 300 || /<[^<>\s]+@[^<>\s]+>/.test(l.text)) continue;
    const m = LEAD.exec(l.text);
    if (!m) continue;
    const name = cutName(m[1]!);
    if (name) return { value: name, line: l.n, how: 'the source note' };
  }
  // A journal's citation line over an article: "Journal of Health and Work, Vol. 14, No. 2 (2024), 201–219",
  // "Urban Climate Review 12 (2024) 88–104".
  for (const l of lines.slice(0, 6)) {
    const m = JOURNAL_LINE.exec(l.text);
    const name = m && cutName(m[1]!);
    if (
      name &&
      /\b(?:journal|review|quarterly|studies|bulletin|annals|revue|revista|rivista|zeitschrift|tijdschrift|proceedings|papers|letters|history|research|science|sciences|economics|politics|sociology)\b/i.test(
        name,
      )
    )
      return { value: name, line: l.n, how: 'the journal line' };
  }
  return undefined;
}

// A name, then its volume and issue or its year in brackets, then pages.
const JOURNAL_LINE =
  /^\s*(\p{Lu}[\p{L}&'’ -]{3,80}?)(?:,\s*|\s+)(?:[Vv]ol\.?\s*\d+|[Vv]olume\s+\d+|\d{1,3}\s*(?:\(\d{1,2}\)\s*)?\((?:19|20)\d\d\)|\d{1,3}\s*\(\d{1,2}\),?\s+(?:19|20)\d\d)/u;

const SMALL = new Set([
  'of',
  'the',
  'and',
  'for',
  'on',
  'in',
  'a',
  'at',
  'to',
  'de',
  'du',
  'des',
  'la',
  'le',
  'les',
  'di',
  'del',
  'della',
  'und',
  'der',
  'die',
  'das',
  'y',
  'e',
  'el',
  'da',
  'do',
  'van',
  'het',
  'een',
]);

/** The publication's name from the words after "published in": up to its date, page, URL or the sentence's end. */
export function cutName(rest: string): string | undefined {
  // "appeared in the London Review of Books": a lower-case "the" is not part of the name ("The Urbanist" is).
  let s = rest.trim().replace(/^the\s+(?=\p{Lu})/u, '');
  const stop = STOP.exec(s);
  if (stop) s = s.slice(0, stop.index);
  s = s.replace(/^[*_"“”'‘’]+|[*_"“”'‘’.,:;]+$/gu, '').trim();
  // A publication's name starts with a capital (or a digit: "50 Years of…") and is not a sentence.
  if (!/^[\p{Lu}\p{N}]/u.test(s) || s.length < 2 || s.length > 90 || s.split(/\s+/).length > 12) return undefined;
  if (/^https?:|^www\./i.test(s)) return undefined;
  // "From 1917 to 1921" is history, not a source.
  if (/^\d{4}\b/.test(s) || findDate(s)?.index === 0) return undefined;
  // A name, not a clause: at most one lower-case word besides the small ones ("Le Monde diplomatique").
  const lower = s.split(/\s+/).filter((w) => /^\p{Ll}/u.test(w) && !SMALL.has(w));
  return lower.length <= 1 ? s : undefined;
}

/** A URL the text gives as its source ("Source: https://…", "Available at …"), near the top or the end. */
export function guessUrl(lines: readonly Line[]): Guess | undefined {
  for (const l of [...lines.slice(-15).reverse(), ...lines.slice(0, 20)]) {
    const m = /(?:^|\b(?:source|url|available (?:at|from)|originally at|retrieved from|taken from|online at)\s*:?\s*)(https?:\/\/[^\s<>"')\]]+)/i.exec(l.text);
    if (m && (l.text.trim().startsWith(m[1]!) || m[0] !== m[1])) return { value: m[1]!.replace(/[.,;]+$/, ''), line: l.n, how: 'the source line' };
  }
  return undefined;
}
