/**
 * Source keys: one normalized key per work, so that the same book cited in two texts,
 * or twice with a spelling slip, lands in one bibliography entry.
 */
import { fold } from './fold.ts';

/** Words left out of short titles: articles and particles in the languages the sources use. */
const titleStopwords = new Set(
  'a an the of and in on to for at by from with el la los las lo de del y en un una le les du des et der die das und von zu il'.split(' '),
);

/**
 * Normalize a surname: accents stripped, lower case, transliteration variants unified
 * (`Trotski`/`Trotskiy`/`Trotsky` → `trotsky`, `Zinovieff` → `zinoviev`, `Tchaikovsky` → `chaikovsky`).
 */
export function surnameKey(surname: string): string {
  let s = fold(surname).replace(/[^a-z]/g, '');
  s = s.replace(/^tch/, 'ch');
  s = s.replace(/(?:iy|ij|ii|yi|yy)$/, 'y');
  s = s.replace(/([kc])i$/, '$1y');
  s = s.replace(/ff$/, 'v');
  return s;
}

/** The first three significant words of a title, folded and hyphen-joined (`partido-bolchevique`). */
export function titleKey(title: string): string {
  const words = fold(title)
    .replace(/['’]/g, '')
    .split(/[^a-z0-9]+/)
    .filter((w) => w && !titleStopwords.has(w));
  return words.slice(0, 3).join('-');
}

/** The key of a work from its author's surname and its title; either may be missing. */
export function sourceKey(surname: string | undefined, title: string | undefined): string {
  const s = surname ? surnameKey(surname) : '';
  const t = title ? titleKey(title) : '';
  if (s && t) return `${s}:${t}`;
  if (s) return s;
  return `:${t}`;
}

/** Split a key into surname and title parts. */
export function splitKey(key: string): { surname: string; title: string } {
  const i = key.indexOf(':');
  return i < 0 ? { surname: key, title: '' } : { surname: key.slice(0, i), title: key.slice(i + 1) };
}

/** Levenshtein distance, giving up (returning `max + 1`) once it must exceed `max`. */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      cur.push(v);
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    prev = cur;
  }
  return prev[b.length]!;
}

/**
 * How far two surnames may differ and still be one person: 2 for long names, 1 for
 * five or six letters (Joffe/Ioffe), none below (Marx/Mark are two people).
 */
function surnameSlack(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  return n >= 7 ? 2 : n >= 5 ? 1 : 0;
}

function titleSlack(a: string, b: string): number {
  return Math.min(a.length, b.length) >= 8 ? 2 : 0;
}

/** Same work? Equal titles, a small slip, or one title a word-prefix of the other. */
function sameTitle(a: string, b: string): boolean {
  if (a === b) return true;
  if (a.startsWith(`${b}-`) || b.startsWith(`${a}-`)) return true;
  return editDistance(a, b, 2) <= titleSlack(a, b);
}

/**
 * Map raw keys to canonical keys. Surnames within a small edit distance are one author
 * (the most used spelling wins); titles of one author that agree are one work; a bare
 * author (a mention, `See Volkoganov, p. 463`) joins that author's work when there is just
 * one; a bare title joins the one authored work with that title.
 * `counts` gives how often each raw key was seen, to pick the canonical spelling.
 */
export function resolveKeys(counts: Map<string, number>): Map<string, string> {
  const keys = [...counts.keys()];
  // 1. Cluster surnames. Distinct surnames are few (tens), so pairwise is cheap;
  //    bucketing by length keeps it well below quadratic in practice.
  const surnameCount = new Map<string, number>();
  for (const k of keys) {
    const { surname } = splitKey(k);
    if (surname) surnameCount.set(surname, (surnameCount.get(surname) ?? 0) + (counts.get(k) ?? 0));
  }
  // Most used spelling first; ties keep first-seen order (sort is stable).
  const order = [...surnameCount.keys()].sort((a, b) => surnameCount.get(b)! - surnameCount.get(a)!);
  const canonSurname = new Map<string, string>();
  const heads: string[] = [];
  for (const s of order) {
    const head = heads.find((h) => Math.abs(h.length - s.length) <= 2 && editDistance(h, s, 2) <= surnameSlack(h, s));
    if (head) canonSurname.set(s, head);
    else {
      heads.push(s);
      canonSurname.set(s, s);
    }
  }
  // 2. Within each author, cluster titles; most-cited title spelling wins.
  const titlesBy = new Map<string, Map<string, number>>();
  for (const k of keys) {
    const { surname, title } = splitKey(k);
    const s = surname ? canonSurname.get(surname)! : '';
    const m = titlesBy.get(s) ?? new Map<string, number>();
    if (title) m.set(title, (m.get(title) ?? 0) + (counts.get(k) ?? 0));
    titlesBy.set(s, m);
  }
  const canonTitle = new Map<string, string>(); // `${surname}:${title}` → canonical title
  for (const [s, m] of titlesBy) {
    const heads2: string[] = [];
    const sorted = [...m.keys()].sort((a, b) => m.get(b)! - m.get(a)!);
    for (const t of sorted) {
      const head = heads2.find((h) => sameTitle(h, t));
      if (head) canonTitle.set(`${s}:${t}`, head);
      else {
        heads2.push(t);
        canonTitle.set(`${s}:${t}`, t);
      }
    }
  }
  // Authored works by title, to give bare titles an author when exactly one matches.
  const authoredByTitle = new Map<string, string[]>();
  for (const [s, m] of titlesBy) {
    if (!s) continue;
    for (const t of m.keys()) {
      const ct = canonTitle.get(`${s}:${t}`)!;
      const list = authoredByTitle.get(ct) ?? [];
      if (!list.includes(s)) list.push(s);
      authoredByTitle.set(ct, list);
    }
  }
  const out = new Map<string, string>();
  for (const k of keys) {
    const { surname, title } = splitKey(k);
    if (!surname) {
      const ct = canonTitle.get(`:${title}`) ?? title;
      const authors = [...authoredByTitle.entries()].filter(([t]) => sameTitle(t, ct)).flatMap(([, a]) => a);
      out.set(k, authors.length === 1 ? `${authors[0]}:${ct}` : `:${ct}`);
      continue;
    }
    const s = canonSurname.get(surname)!;
    if (title) {
      out.set(k, `${s}:${canonTitle.get(`${s}:${title}`)!}`);
      continue;
    }
    const works = new Set([...(titlesBy.get(s)?.keys() ?? [])].map((t) => canonTitle.get(`${s}:${t}`)!));
    out.set(k, works.size === 1 ? `${s}:${[...works][0]!}` : s);
  }
  return out;
}
