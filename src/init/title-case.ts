/**
 * Titles and names set in capitals (`THE CASE FOR CAR-FREE CITY CENTRES`, `TOMÁS FERREIRA`)
 * put back in the case a reader would print them in. The text's own running prose is the
 * evidence for each word: a word it writes in capitals (`NHS`) stays so, a word it writes
 * `McDonald` or `iPhone` is written so, and in languages that do not title-case (French,
 * German, Spanish…) a word keeps a capital only where the prose gives it one (proper nouns,
 * German nouns).
 */

/** How the running text writes one word (keyed lower-case): counts, and its commonest odd form. */
export interface Casing {
  lower: number;
  /** Capitalised inside a sentence (not after a full stop or at a line's start). */
  capital: number;
  upper: number;
  /** A form like `McDonald` or `iPhone`, when the text uses one. */
  mixed?: string;
}

export type CasingTable = Map<string, Casing>;

const WORD = /\p{L}[\p{L}\p{M}]*(?:['’]\p{L}+)?/gu;

/** Tally how the text writes each word. Words at a sentence's or a line's start say nothing and are skipped. */
export function casingOf(text: string): CasingTable {
  const table: CasingTable = new Map();
  // Lines in capitals (a title, a heading) say nothing about how a word is written; nor do short ones without a small
  // letter, too short for isAllCaps ("THE" / "OF THE" of a title set over several lines).
  const sample = (text.length > 400_000 ? text.slice(0, 400_000) : text)
    .split('\n')
    .map((l) => ((isAllCaps(l) || !/\p{Ll}/u.test(l)) && l.length < 200 ? '' : l))
    .join('\n');
  for (const m of sample.matchAll(WORD)) {
    const word = m[0];
    const before = sample.slice(Math.max(0, (m.index ?? 0) - 3), m.index).replace(/[\s"'“‘«(\[]+$/u, '');
    const starts = before === '' || /[.!?:\n]$/.test(before) || (m.index ?? 0) === 0;
    const key = word.toLowerCase();
    const c = table.get(key) ?? { lower: 0, capital: 0, upper: 0 };
    if (word === key) c.lower++;
    else if (word.length > 1 && word === word.toUpperCase()) c.upper++;
    else if (starts) {
      // A sentence's first word tells nothing about the word.
    } else if (word === key[0]!.toUpperCase() + key.slice(1)) c.capital++;
    else c.mixed ??= word;
    table.set(key, c);
  }
  return table;
}

/** Mostly capitals: at least 4 letters and no more than one in ten in lower case. */
export function isAllCaps(s: string): boolean {
  const letters = s.match(/\p{L}/gu) ?? [];
  if (letters.length < 4) return false;
  const upper = letters.filter((l) => l !== l.toLowerCase()).length;
  const lower = letters.filter((l) => l !== l.toUpperCase()).length;
  return upper >= 4 && lower <= upper / 10;
}

// Chicago-style small words, lower case inside an English title. Not "off" and "up", which a title uses as a verb's
// particle far more often than as a preposition, and Chicago capitalises then: "Hands Off Our Nursery!", "Speak Up".
const SMALL = new Set([
  'a',
  'an',
  'the',
  'and',
  'but',
  'or',
  'nor',
  'for',
  'so',
  'yet',
  'as',
  'at',
  'by',
  'in',
  'of',
  'on',
  'per',
  'to',
  'via',
  'vs',
  'from',
  'into',
  'onto',
  'with',
  'than',
]);
// Short all-capital words that are abbreviations even when the text never uses them.
const ACRONYMS = new Set([
  'uk',
  'eu',
  'un',
  'usa',
  'ussr',
  'nato',
  'nhs',
  'bbc',
  'imf',
  'gdp',
  'co2',
  'ngo',
  'ngos',
  'lgbt',
  'lgbtq',
  'ceo',
  'tv',
  'dna',
  'hiv',
  'aids',
  'covid',
]);
// Abbreviations with no vowel that are written with one capital: `St Anne's`, `Dr`, `Mr`.
const TITLE_ABBREVIATIONS = new Set(['st', 'ste', 'mr', 'mrs', 'ms', 'dr', 'mt', 'ft', 'jr', 'sr', 'rd', 'nr', 'vs']);
const ROMAN = /^(?:i{2,3}|iv|vi{0,3}|ix|xi{0,3}|xiv|xvi{0,3}|xix|xx)$/i;

/**
 * A title in capitals in the case it would be printed in: English title case (small words in
 * lower case, `Car-Free`), or sentence case for other languages. `casing` is the text's own
 * usage (see {@link casingOf}); `language` a BCP 47 tag (default `en`).
 */
export function titleFromCaps(title: string, casing: CasingTable = new Map(), language = 'en'): string {
  const english = language.toLowerCase().startsWith('en');
  const german = language.toLowerCase().startsWith('de');
  // Words and what separates them; separators are kept as written.
  const parts = title.split(/([\s/]+|[:—–?!.]\s*|\s+-\s+)/u);
  const wordIndexes = parts.flatMap((p, i) => (i % 2 === 0 && /\p{L}/u.test(p) ? [i] : []));
  const first = wordIndexes[0];
  // A number may end a title as a word does: the small word before it stays small ("… Boycott of 1963").
  const last = parts.flatMap((p, i) => (i % 2 === 0 && /[\p{L}\p{N}]/u.test(p) ? [i] : [])).at(-1);
  let afterBreak = true;
  return parts
    .map((part, i) => {
      if (i % 2 === 1) {
        if (/[:—–?!.]/.test(part) || /\s-\s/.test(part)) afterBreak = true;
        return part;
      }
      if (!/\p{L}/u.test(part)) return part;
      const opening = i === first || afterBreak;
      afterBreak = false;
      // Each part of a hyphenated word is cased alone: `Car-Free`, `Out-of-Town`. After a prefix that is no word of its
      // own the rest stays small, as Chicago has it: `Co-operative`, `Anti-war`, `Re-imagining` (a name keeps its capital
      // where the text writes one: `Anti-Apartheid` stays if the text says so).
      const pieces = part.split('-');
      const prefixed = english && pieces.length > 1 && PREFIXES.has(pieces[0]!.toLowerCase().replace(/^\W+/u, ''));
      return pieces
        .map((piece, k) => {
          const cased = caseWord(piece, { opening: opening && k === 0, closing: i === last, english, german, casing, inCompound: k > 0 });
          const usage = casing.get(piece.toLowerCase());
          return prefixed && k > 0 && !(usage && usage.capital + usage.upper > usage.lower) && !isAbbreviation(piece, usage) ? cased.toLowerCase() : cased;
        })
        .join('-');
    })
    .join('');
}

// Prefixes that are no words of their own: the word after their hyphen is not capitalised in a title.
const PREFIXES = new Set(['anti', 'co', 'de', 'inter', 'intra', 'mid', 'multi', 'non', 'post', 'pre', 'pro', 're', 'semi', 'sub', 'trans', 'ultra', 'un']);

interface WordContext {
  opening: boolean;
  closing: boolean;
  english: boolean;
  german: boolean;
  casing: CasingTable;
  inCompound: boolean;
}

function caseWord(raw: string, ctx: WordContext): string {
  // Quotes and brackets around a word stay as they are.
  const m = /^([^\p{L}\p{N}]*)([\p{L}\p{N}][\p{L}\p{M}\p{N}'’.]*?)([^\p{L}\p{M}\p{N}]*)$/u.exec(raw);
  if (!m) return raw;
  const [, lead, word, trail] = m as unknown as [string, string, string, string];
  const key = word.toLowerCase();
  const usage = ctx.casing.get(key);
  const keep = (w: string) => lead + w + trail;
  if (usage?.mixed && usage.mixed.length === word.length && usage.lower === 0) return keep(usage.mixed);
  if (TITLE_ABBREVIATIONS.has(key.replace(/\.$/, '')) && !(usage && usage.upper > usage.lower + usage.capital))
    return keep(key === 'vs' ? key : capitalise(key));
  // An abbreviation's plural keeps its small s in a title in capitals: `HCAs`, `MPs`, `NGOs`.
  if (/^\p{Lu}{2,}s$/u.test(word)) return keep(word);
  if (isAbbreviation(word, usage)) return keep(word.toUpperCase());
  if (key === 'i') return keep('I');
  const capital = capitalise(key);
  if (ctx.opening) return keep(capital);
  if (ctx.english) {
    if (SMALL.has(key) && !ctx.closing) return keep(key);
    return keep(capital);
  }
  // Sentence case: a capital only where the text writes one (names, German nouns).
  if (usage && usage.capital + usage.upper > usage.lower) return keep(capital);
  if (!usage && ctx.german && key.length > 3 && !ctx.inCompound) return keep(capital);
  return keep(key);
}

function isAbbreviation(word: string, usage: Casing | undefined): boolean {
  if (word.length < 2 || !/\p{L}/u.test(word)) return false;
  if (usage && usage.upper > 0 && usage.upper >= usage.lower + usage.capital) return true;
  const key = word.toLowerCase();
  if (ACRONYMS.has(key) && !(usage && usage.lower > usage.upper)) return true;
  if (ROMAN.test(word) && !(usage && usage.lower > 0)) return true;
  // No vowel at all (BBC, NHS, TV): not a word of any of our languages.
  return word.length >= 2 && word.length <= 5 && !/[aeiouyàáâãäåèéêëìíîïòóôõöùúûüæœ]/i.test(word);
}

function capitalise(lower: string): string {
  // Elided articles and Irish names: `l’État`, `d'Alema`, `O'Brien`; an English possessive stays lower (`Workers'`, `Don't`).
  const apos = /^([dlo])(['’])(\p{L})(.*)$/u.exec(lower);
  if (apos) return `${apos[1]!.toUpperCase()}${apos[2]}${apos[3]!.toUpperCase()}${apos[4]}`;
  return lower.charAt(0).toUpperCase() + lower.slice(1);
}

const PARTICLES = new Set([
  'de',
  'da',
  'das',
  'do',
  'dos',
  'del',
  'della',
  'di',
  'du',
  'der',
  'den',
  'la',
  'las',
  'le',
  'les',
  'los',
  'van',
  'von',
  'y',
  'e',
  'ter',
  'ten',
  'zu',
  'bin',
  'ibn',
  'al',
]);

/** A personal name in capitals as a name: `TOMÁS DE LA CRUZ` -> `Tomás de la Cruz`, `O'BRIEN`, `MCDONALD`, `JEAN-PAUL`. */
export function nameFromCaps(name: string): string {
  return name
    .split(/(\s+)/)
    .map((word, i) => {
      if (/^\s+$/.test(word)) return word;
      const lower = word.toLowerCase();
      if (i > 0 && PARTICLES.has(lower)) return lower;
      return lower
        .split('-')
        .map((p) => {
          const mc = /^(mc)(\p{L})(.*)$/u.exec(p);
          if (mc) return `Mc${mc[2]!.toUpperCase()}${mc[3]}`;
          const o = /^([o])(['’])(\p{L})(.*)$/u.exec(p);
          if (o) return `O${o[2]}${o[3]!.toUpperCase()}${o[4]}`;
          return p.charAt(0).toUpperCase() + p.slice(1);
        })
        .join('-');
    })
    .join('');
}
