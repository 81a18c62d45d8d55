import { type Guess, type Line } from './lines.ts';

// Month names of the languages our readers come in, with their usual abbreviations, by month.
const MONTH_NAMES: readonly (readonly string[])[] = [
  ['january', 'jan', 'janvier', 'janv', 'januar', 'jänner', 'enero', 'ene', 'gennaio', 'gen', 'janeiro', 'januari'],
  ['february', 'feb', 'février', 'fevrier', 'févr', 'fév', 'februar', 'febrero', 'febbraio', 'fevereiro', 'fev', 'februari'],
  ['march', 'mar', 'mars', 'märz', 'maerz', 'marzo', 'março', 'marco', 'maart', 'mrt'],
  ['april', 'apr', 'avril', 'avr', 'abril', 'abr', 'aprile'],
  ['may', 'mai', 'mayo', 'maggio', 'mag', 'maio', 'mei'],
  ['june', 'jun', 'juin', 'juni', 'junio', 'giugno', 'giu', 'junho'],
  ['july', 'jul', 'juillet', 'juil', 'juli', 'julio', 'luglio', 'lug', 'julho'],
  ['august', 'aug', 'août', 'aout', 'agosto', 'ago', 'augustus'],
  ['september', 'sep', 'sept', 'septembre', 'septiembre', 'settembre', 'set', 'setembro'],
  ['october', 'oct', 'octobre', 'oktober', 'okt', 'octubre', 'ottobre', 'ott', 'outubro', 'out'],
  ['november', 'nov', 'novembre', 'noviembre', 'novembro'],
  ['december', 'dec', 'décembre', 'decembre', 'déc', 'dezember', 'dez', 'diciembre', 'dic', 'dicembre', 'dezembro'],
];
const MONTH_INDEX = new Map<string, number>(MONTH_NAMES.flatMap((names, i) => names.map((n) => [n, i + 1] as const)));
const MONTH = String.raw`(${[...MONTH_INDEX.keys()].sort((a, b) => b.length - a.length).join('|')})\.?`;
// Without a day, only a month's full name: "out 2019" or "set 2019" are words, not months.
const MONTH_FULL = String.raw`(${[...MONTH_INDEX.keys()]
  .filter((n) => n.length >= 4 || ['may', 'mai', 'mei'].includes(n))
  .sort((a, b) => b.length - a.length)
  .join('|')})`;
const DAY = String.raw`(\d{1,2})(?:st|nd|rd|th|er|º|°|\.)?`;
const YEAR = String.raw`((?:1[6-9]|20)\d\d)`;
// "3 March 2019", "3. März 2019", "3 de marzo de 2019", "1er mai 2019".
const DMY = new RegExp(String.raw`(?<!\p{L})${DAY}\s+(?:de\s+)?${MONTH},?\s+(?:de\s+)?${YEAR}(?!\d)`, 'iu');
// "March 3, 2019", "Mar. 3 2019".
const MDY = new RegExp(String.raw`(?<!\p{L})${MONTH}\s+${DAY},?\s+${YEAR}(?!\d)`, 'iu');
const ISO = new RegExp(String.raw`(?<!\d)${YEAR}-(\d{2})-(\d{2})(?!\d)`);
// "12.05.2023", "12/05/2023": day first unless the second number cannot be a month.
const NUMERIC = new RegExp(String.raw`(?<![\d/.])(\d{1,2})([./])(\d{1,2})\2${YEAR}(?![\d/.])`);
// "March 2019", "mars 2019", "Spring 2019".
const MONTH_YEAR = new RegExp(String.raw`(?<!\p{L}|\d\s)${MONTH_FULL},?\s+(?:de\s+)?${YEAR}(?!\d)`, 'iu');
const SEASON_YEAR = new RegExp(
  String.raw`(?<!\p{L})(?:spring|summer|autumn|fall|winter|printemps|été|automne|hiver|frühling|frühjahr|sommer|herbst|primavera|verano|otoño|invierno|estate|autunno|inverno|verão|outono|lente|zomer|herfst)\s+(?:de\s+)?${YEAR}(?!\d)`,
  'iu',
);

// Dates that are not the publication's: an update, an access date, a photo, a time stamp of a comment.
const NOT_PUBLISHED = /\b(?:updated|modified|accessed|retrieved|consulted|visited|captured|archived|comments?|last edited|revised|printed on|downloaded)\b/i;
// Lines that are about the publication, where a date is the text's: "Published 3 March 2019", a byline.
const PUBLISHED_LINE =
  /^(?:[-–—|·•*_\s]*)(?:(?:first\s+|originally\s+)?published|posted|date|dated|publié|veröffentlicht|publicado|pubblicato|gepubliceerd|written|embargoed|issued|for release|by\s|von\s|par\s|por\s|door\s|di\s|per\s)/i;
// A source note: "From Workers Solidarity No 33, 1991", "First published in 1991", "Originally published in X on 3 May 2019".
const SOURCE_NOTE =
  /^(?:[-–—*_(\s]*)(?:from|source|first published|originally published|published|reprinted|this (?:article|essay|piece|text) (?:first |originally )?(?:appeared|was published)|an earlier version|publié|erschienen|publicado)\b/i;

// A dateline's place in capitals: "LONDON, ", "SÃO PAULO, ", "ANTWERP, Belgium, ".
const WIRE_PLACE = /^\p{Lu}[\p{Lu}\p{M} .'’-]{1,30}(?:,\s*\p{Lu}[\p{L} .'’-]{1,30})?,\s*/u;

/** A date as ISO `2021-12-12`, `2021-12` or `2021`, and where in the string it was found. */
export interface FoundDate {
  value: string;
  index: number;
  /** Where the date ends in the string. */
  end: number;
}

/** The first date written in a string, in any of the shapes above, or undefined. */
export function findDate(text: string): FoundDate | undefined {
  const found: FoundDate[] = [];
  const add = (m: RegExpExecArray | null, y: string | undefined, mo: number | undefined, d: number | undefined) => {
    if (!m || !y || (mo !== undefined && (mo < 1 || mo > 12)) || (d !== undefined && (d < 1 || d > 31))) return;
    found.push({
      value: [y, mo && String(mo).padStart(2, '0'), d && mo && String(d).padStart(2, '0')].filter(Boolean).join('-'),
      index: m.index,
      end: m.index + m[0].length,
    });
  };
  let m = DMY.exec(text);
  add(m, m?.[3], m ? MONTH_INDEX.get(m[2]!.toLowerCase()) : undefined, m ? Number(m[1]) : undefined);
  m = MDY.exec(text);
  add(m, m?.[3], m ? MONTH_INDEX.get(m[1]!.toLowerCase()) : undefined, m ? Number(m[2]) : undefined);
  m = ISO.exec(text);
  add(m, m?.[1], m ? Number(m[2]) : undefined, m ? Number(m[3]) : undefined);
  m = NUMERIC.exec(text);
  if (m) {
    const [a, b] = [Number(m[1]), Number(m[3])];
    // Day first (most of the world) unless that cannot be: 05/13/2023.
    const [d, mo] = b > 12 && a <= 12 ? [b, a] : [a, b];
    add(m, m[4], mo, d);
  }
  if (found.length === 0) {
    m = MONTH_YEAR.exec(text);
    add(m, m?.[2], m ? MONTH_INDEX.get(m[1]!.toLowerCase()) : undefined, undefined);
  }
  if (found.length === 0) {
    m = SEASON_YEAR.exec(text);
    add(m, m?.[1], undefined, undefined);
  }
  return found.sort((x, y) => x.index - y.index)[0];
}

/** A line that is only a date (perhaps after "Published:" or a weekday) as ISO, or undefined. */
export function parseDateLine(text: string): string | undefined {
  const t = text
    .replace(/^(?:(?:first\s+)?published|posted|date|dated)\s*(?:on)?\s*:?\s*/i, '')
    .replace(/^(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+/i, '')
    .trim();
  const d = findDate(t);
  if (!d || d.index > 0) return undefined;
  // Nothing but the date (and a time or a stop) on the line.
  const rest = t.slice(d.end).trim();
  return rest === '' || /^(?:,?\s*(?:at\s+)?\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s*\w{2,4})?|\.)$/i.test(rest) ? d.value : undefined;
}

/**
 * The publication date. Web copies often carry the date they were captured above the title
 * and the publication date below it, so a date line after the title wins; then a date in a
 * "Published …" line or the byline near the top; otherwise the earliest date line near the
 * top; otherwise a date from a source note at the end ("First published in X, 3 May 2019").
 * Dates of updates, access and comments are not the publication's.
 */
export function guessDate(lines: readonly Line[], titleLine?: number): Guess | undefined {
  const top = lines.slice(0, 20);
  const dateLines = top.flatMap((l) => {
    if (NOT_PUBLISHED.test(l.text)) return [];
    const iso = parseDateLine(l.text);
    return iso ? [{ value: iso, line: l.n, how: 'a date line' }] : [];
  });
  const after = titleLine === undefined ? undefined : dateLines.find((d) => d.line > titleLine);
  if (after) return { ...after, how: 'the date line under the title' };
  for (const l of top) {
    if (l.text.length > 160 || NOT_PUBLISHED.test(l.text) || !(PUBLISHED_LINE.test(l.text) || /[|·•]/.test(l.text))) continue;
    const d = findDate(l.text);
    if (d) return { value: d.value, line: l.n, how: 'the publication line' };
  }
  if (dateLines.length) return [...dateLines].sort((a, b) => a.value.localeCompare(b.value))[0]!;
  // A news agency's dateline opening the first paragraph: "LONDON, 4 March 2025 — Cleaners at …", "PARIS, 3 mars (AFP) -".
  for (const l of top.slice(0, 10)) {
    const place = WIRE_PLACE.exec(l.text);
    const d = place ? findDate(l.text.slice(place[0].length, place[0].length + 40)) : undefined;
    if (d && d.index === 0 && /^\s*(?:\([^)]{1,20}\)\s*)?[—–-]/u.test(l.text.slice(place![0].length + d.end)))
      return { value: d.value, line: l.n, how: 'the dateline' };
  }
  // An occasion line over the title, ending on its date after a comma: "Speech to the … Congress, Dundee, 16 April 2024".
  for (const l of top.slice(0, 6)) {
    if (titleLine !== undefined && l.n >= titleLine) break;
    const d = l.text.length <= 160 && !NOT_PUBLISHED.test(l.text) ? findDate(l.text) : undefined;
    if (d && d.end >= l.text.replace(/[\W_]+$/u, '').length && /,\s*$/.test(l.text.slice(0, d.index)))
      return { value: d.value, line: l.n, how: 'the occasion line' };
  }
  for (const l of [...lines.slice(-12).reverse(), ...lines.slice(0, 12)]) {
    if (!SOURCE_NOTE.test(l.text) || NOT_PUBLISHED.test(l.text) || l.text.length > 300) continue;
    const d = findDate(l.text) ?? yearOnly(l.text);
    if (d) return { value: d.value, line: l.n, how: 'the source note' };
  }
  return undefined;
}

function yearOnly(text: string): FoundDate | undefined {
  const m = /\b(1[6-9]\d\d|20\d\d)\b(?!\s*[-–]\s*\d)/.exec(text);
  return m ? { value: m[1]!, index: m.index, end: m.index + m[0].length } : undefined;
}
