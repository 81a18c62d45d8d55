/** Every Handlebars helper the templates may use, registered in one place. */
import type Handlebars from 'handlebars';
import { bookWords } from './book-words.ts';

/**
 * `2021-12-12` -> `12 December 2021`; `2003-03` -> `March 2003`; `1991` -> `1991`. With a language
 * (`{{formatDate date @root.words.lang}}`), its month names and order: `12. Dezember 2021`, `12 de diciembre de 2021`.
 */
export function formatDate(value: unknown, language?: unknown): string {
  const s = String(value ?? '');
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(s);
  if (!m) return s;
  const [, y, mo, d] = m;
  if (!mo) return y!;
  const lang = typeof language === 'string' ? language : 'en';
  const words = bookWords(lang);
  const day = d ? Number(d) : undefined;
  const month = (day ? words.monthsWithDay : words.months)[Number(mo) - 1] ?? mo;
  if (lang === 'de') return day ? `${day}. ${month} ${y}` : `${month} ${y}`;
  if (lang === 'es' || lang === 'pt') return day ? `${day} de ${month} de ${y}` : `${month} de ${y}`;
  if (lang === 'fr') return day ? `${day === 1 ? '1er' : day} ${month} ${y}` : `${month} ${y}`;
  return day ? `${day} ${month} ${y}` : `${month} ${y}`;
}

/** `[1,2,3,5]` -> `[1]–[3] and [5]`: note calls named compactly. */
export function listRange(values: unknown, and?: unknown): string {
  const nums = (Array.isArray(values) ? values : [])
    .map(Number)
    .filter(Number.isFinite)
    .sort((a, b) => a - b);
  const runs: string[] = [];
  for (let i = 0; i < nums.length;) {
    let j = i;
    while (j + 1 < nums.length && nums[j + 1] === nums[j]! + 1) j++;
    runs.push(j > i ? `[${nums[i]}]–[${nums[j]}]` : `[${nums[i]}]`);
    i = j + 1;
  }
  const word = typeof and === 'string' ? and : 'and';
  return runs.length > 1 ? `${runs.slice(0, -1).join(', ')} ${word} ${runs.at(-1)}` : (runs[0] ?? '');
}

/**
 * `12345` -> `12,345`, as `toLocaleString('en-GB')` writes it. Whole numbers are grouped by
 * hand: the first call into ICU's number formatting costs ~15 ms of a cold build, for a
 * handful of word counts. Anything else (fractions, -0, huge values) goes through ICU.
 */
export function formatNumber(n: unknown, thousands?: unknown): string {
  if (typeof n !== 'number') return String(n ?? '');
  if (!Number.isSafeInteger(n) || Object.is(n, -0)) return n.toLocaleString('en-GB');
  // (A book in German groups them with a dot, one in French with a narrow space: `{{formatNumber words @root.words.thousands}}`.)
  const sep = typeof thousands === 'string' ? thousands : ',';
  const digits = String(Math.abs(n));
  let out = digits.slice(0, ((digits.length - 1) % 3) + 1);
  for (let i = out.length; i < digits.length; i += 3) out += `${sep}${digits.slice(i, i + 3)}`;
  return n < 0 ? `-${out}` : out;
}

export const helpers = {
  formatDate,
  listRange,
  formatNumber,
  plural: (n: unknown, one: unknown, many: unknown) => (Number(n) === 1 ? String(one) : String(many)),
  /** A count and its noun: `{{counted hits @root.words.paragraph @root.words.paragraphs}}` -> "3 paragraphs". */
  counted: (n: unknown, one: unknown, many: unknown) => `${String(n)} ${Number(n) === 1 ? String(one) : String(many)}`,
  eq: (a: unknown, b: unknown) => a === b,
  inc: (n: unknown) => Number(n) + 1,
  /** A book word with its places filled: `{{fill @root.words.leansOn (join mainSources ", ")}}` -> "Leans on Marx, Engels." */
  fill: (template: unknown, ...args: unknown[]) => {
    const values = args.slice(0, -1).map((a) => String(a ?? ''));
    return String(template ?? '').replace(/\{(\d)\}/g, (all, i: string) => values[Number(i)] ?? all);
  },
  join: (list: unknown, sep: unknown) => (Array.isArray(list) ? list.join(typeof sep === 'string' ? sep : ', ') : ''),
} as const;

export function registerHelpers(hbs: typeof Handlebars): void {
  for (const [name, fn] of Object.entries(helpers)) hbs.registerHelper(name, fn as Handlebars.HelperDelegate);
}
