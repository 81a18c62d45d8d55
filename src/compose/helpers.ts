/** Every Handlebars helper the templates may use, registered in one place. */
import type Handlebars from 'handlebars';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** `2021-12-12` -> `12 December 2021`; `2003-03` -> `March 2003`; `1991` -> `1991`. */
export function formatDate(value: unknown): string {
  const s = String(value ?? '');
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(s);
  if (!m) return s;
  const [, y, mo, d] = m;
  if (!mo) return y!;
  const month = MONTHS[Number(mo) - 1] ?? mo;
  return d ? `${Number(d)} ${month} ${y}` : `${month} ${y}`;
}

/** `[1,2,3,5]` -> `[1]–[3] and [5]`: note calls named compactly. */
export function listRange(values: unknown): string {
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
  return runs.length > 1 ? `${runs.slice(0, -1).join(', ')} and ${runs.at(-1)}` : (runs[0] ?? '');
}

/**
 * `12345` -> `12,345`, as `toLocaleString('en-GB')` writes it. Whole numbers are grouped by
 * hand: the first call into ICU's number formatting costs ~15 ms of a cold build, for a
 * handful of word counts. Anything else (fractions, -0, huge values) goes through ICU.
 */
export function formatNumber(n: unknown): string {
  if (typeof n !== 'number') return String(n ?? '');
  if (!Number.isSafeInteger(n) || Object.is(n, -0)) return n.toLocaleString('en-GB');
  const digits = String(Math.abs(n));
  let out = digits.slice(0, ((digits.length - 1) % 3) + 1);
  for (let i = out.length; i < digits.length; i += 3) out += `,${digits.slice(i, i + 3)}`;
  return n < 0 ? `-${out}` : out;
}

export const helpers = {
  formatDate,
  listRange,
  formatNumber,
  plural: (n: unknown, one: unknown, many: unknown) => (Number(n) === 1 ? String(one) : String(many)),
  eq: (a: unknown, b: unknown) => a === b,
  inc: (n: unknown) => Number(n) + 1,
  join: (list: unknown, sep: unknown) => (Array.isArray(list) ? list.join(typeof sep === 'string' ? sep : ', ') : ''),
} as const;

export function registerHelpers(hbs: typeof Handlebars): void {
  for (const [name, fn] of Object.entries(helpers)) hbs.registerHelper(name, fn as Handlebars.HelperDelegate);
}
