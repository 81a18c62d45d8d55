import { type Guess, type Line } from './lines.ts';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = String.raw`(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`;
const WEEKDAY = String.raw`(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?`;
const LEAD = String.raw`^(?:(?:published|posted|first published|date)\s*(?:on)?\s*:?\s*)?${WEEKDAY}`;
const MDY = new RegExp(String.raw`${LEAD}${MONTH}\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$`, 'i');
const DMY = new RegExp(String.raw`${LEAD}(\d{1,2})(?:st|nd|rd|th)?\s+${MONTH},?\s+(\d{4})$`, 'i');
const ISO = new RegExp(String.raw`${LEAD}(\d{4})-(\d{2})-(\d{2})$`, 'i');
// A source note at the end: "From Workers Solidarity No 33, 1991", "First published in 1991".
const SOURCE_YEAR = /^(?:from|first published|originally published|published)\b.{0,120}?\b(1[89]\d\d|20\d\d)\.?$/i;

/** A date line as an ISO date (`2021-12-12`), or undefined. */
export function parseDateLine(text: string): string | undefined {
  let y: string, m: number, d: number;
  let match = MDY.exec(text);
  if (match) [y, m, d] = [match[3]!, monthIndex(match[1]!), Number(match[2])];
  else if ((match = DMY.exec(text))) [y, m, d] = [match[3]!, monthIndex(match[2]!), Number(match[1])];
  else if ((match = ISO.exec(text))) [y, m, d] = [match[1]!, Number(match[2]), Number(match[3])];
  else return undefined;
  if (m < 1 || m > 12 || d < 1 || d > 31) return undefined;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

function monthIndex(name: string): number {
  return MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;
}

/**
 * The publication date. Web copies often carry the date they were captured above the
 * title and the publication date below it, so a date line after the title wins; otherwise
 * the earliest date line near the top; otherwise a year from a source note at the end.
 */
export function guessDate(lines: readonly Line[], titleLine?: number): Guess | undefined {
  const dates = lines.slice(0, 20).flatMap((l) => {
    const iso = parseDateLine(l.text);
    return iso ? [{ value: iso, line: l.n, how: 'a date line' }] : [];
  });
  const after = titleLine === undefined ? undefined : dates.find((d) => d.line > titleLine);
  if (after) return { ...after, how: 'the date line under the title' };
  if (dates.length) return [...dates].sort((a, b) => a.value.localeCompare(b.value))[0]!;
  for (const l of lines.slice(-10).reverse()) {
    const m = SOURCE_YEAR.exec(l.text);
    if (m) return { value: m[1]!, line: l.n, how: 'the source note' };
  }
  return undefined;
}
