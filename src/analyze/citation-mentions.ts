/**
 * Sources named in running text without a note: `the American historian Richard Pipes`,
 * `Shostakovich's *Testimony*`, `Deutscher's "The Prophet Armed"`, `*Testimony* by Shostakovich`.
 */
import type { FlatText } from './flatten.ts';
import { isName } from './citation-parse.ts';
import { functionWords } from './names/lexicon.ts';

export interface Mention {
  raw: string;
  author: string;
  title?: string;
  offset: number;
}

// A word of a name; `McAlevey`, `MacDowell`, `O'Brien`, `DiCaprio` have a second capital after a prefix.
const nameWord = String.raw`(?:Mc|Mac|O['’]|D['’]|De|Di|Da|Du|La|Le|Van|Von|Fitz)?\p{Lu}[\p{Ll}\-]+`;
const name = String.raw`(?:\p{Lu}\.\s*){0,2}${nameWord}(?:\s+(?:(?:\p{Lu}\.\s*){1,2}|${nameWord})){0,3}`;
// Singular only: `historians Ivan Grozny` is rarely an apposition.
const roles =
  'historian|biographer|writer|journalist|economist|sociologist|philosopher|scholar|professor|sovietologist|kremlinologist|novelist|memoirist|researcher';
const roleRe = new RegExp(String.raw`\b(?:${roles})\s+(${name})`, 'gu');
/** Cheap tests first: most paragraphs have no role word and no possessive, and the name patterns are costly to run. */
const roleWord = new RegExp(String.raw`\b(?:${roles})\s`, 'u');
const apostrophe = /['’]/;
const possessiveRe = new RegExp(String.raw`(${name})['’]s?\s+(?=[«“"*_]|\S)`, 'gu');
const quotedTitleRe = /^[«“"]([^«»“”"\n]{2,100})[»”"]/u;
/** A title in single quotes (British style): the closing mark is not an apostrophe, no letter follows it. */
const singleQuotedTitleRe = /^['‘]([^'‘’\n]{2,100})['’](?!\p{L})/u;
/** `Bancroft's great work on the "Native Races…"`: a work noun between the possessive and the title. */
const workBefore =
  /^(?:[\p{Ll}]+\s+)?(?:book|work|works|memoirs|diary|essay|study|history|poem|novel|treatise|account|opera|song|ballad|play|lecture)\s+(?:(?:on|of|about|entitled|called)\s+)?(?:the\s+)?/u;
/** `King's monthly *The Co-operator*`, `Federici's later book, *Caliban*`: a word or two, then a marked title (checked by the caller). */
const fewWords = /^(?:[\p{Ll}\-]+\s+)?[\p{Ll}\-]+,?\s+/u;
const byRe = new RegExp(String.raw`^,?\s+by\s+(${name})`, 'u');
/** What `byRe` must start with: most titles have no `by` after them, and `byRe` is costly to compile. */
const byStart = /^,?\s+by\s/;

const small = new Set('a an the of and in on to for at by from with or as is'.split(' '));

/**
 * A title, not a sentence: short, no inner full stop, and its content words mostly capitalized;
 * in sentence case too (`'The voice of the sluggard'`) when it is marked and follows its author's possessive.
 */
function looksLikeTitle(t: string, afterAuthor = false): boolean {
  const words = t
    .trim()
    .replace(/[,.;:]+$/, '')
    .split(/\s+/);
  if (words.length === 0 || words.length > 10) return false;
  if (/[.!?;:]\s/.test(t)) return false;
  if (!/^\p{Lu}/u.test(words[0]!)) return false;
  if (afterAuthor && words.length <= 8) return true;
  const content = words.filter((w) => !small.has(w.toLowerCase()));
  const caps = content.filter((w) => /^\p{Lu}/u.test(w)).length;
  return caps * 2 >= content.length;
}

/** The title that starts at `at`: a quoted title, or an emphasised run. */
function titleAt(flat: FlatText, at: number): { title: string; end: number } | undefined {
  const em = flat.emphasis.find(([s]) => s === at);
  if (em) return { title: flat.text.slice(em[0], em[1]).trim(), end: em[1] };
  const q = quotedTitleRe.exec(flat.text.slice(at, at + 120));
  if (q) return { title: q[1]!.replace(/[,.;:]+$/, '').trim(), end: at + q[0].length };
  return undefined;
}

/** The name without a possessive ending or a capitalized word that opens the sentence (`In Prescott's`). */
function trimName(n: string): string {
  let words = n
    .trim()
    .replace(/['’]s?$/, '')
    .split(/\s+/);
  while (words.length > 1 && functionWords.has(words[0]!.toLowerCase())) words = words.slice(1);
  return words.join(' ');
}

function singleQuoted(text: string, at: number): { title: string; end: number } | undefined {
  const q = singleQuotedTitleRe.exec(text.slice(at, at + 120));
  return q ? { title: q[1]!.replace(/[,.;:]+$/, '').trim(), end: at + q[0].length } : undefined;
}

const capitalRun = /^(?:\p{Lu}[\p{L}\-]*|of|the|and|in|on|a|to)(?:\s+(?:\p{Lu}[\p{L}\-]*|of|the|and|in|on|a|to)){0,7}/u;

/**
 * Find mentions of sources in one flattened paragraph. `isKnown(author, title)` lets an
 * unmarked title count when the text cites that work elsewhere (`Shostakovich's Testimony`).
 */
export function findMentions(flat: FlatText, isKnown?: (author: string, title: string) => boolean): Mention[] {
  const out: Mention[] = [];
  const text = flat.text;
  if (roleWord.test(text))
    for (const m of text.matchAll(roleRe)) {
      const author = trimName(m[1]!);
      if (isName(author)) out.push({ raw: m[0].trim(), author, offset: m.index });
    }
  if (apostrophe.test(text))
    for (const m of text.matchAll(possessiveRe)) {
      let at = m.index + m[0].length;
      const author = trimName(m[1]!);
      const offset = m.index + m[1]!.length - author.length;
      const wb = workBefore.exec(text.slice(at, at + 60)) ?? fewWords.exec(text.slice(at, at + 60));
      if (wb) {
        const to = at + wb[0].length;
        if (/^[«“"'‘]/u.test(text.charAt(to)) || flat.emphasis.some(([s]) => s === to)) at = to;
      }
      const t = titleAt(flat, at) ?? singleQuoted(text, at);
      if (t && looksLikeTitle(t.title, true) && isName(author)) {
        out.push({ raw: text.slice(offset, t.end), author, title: t.title, offset });
      } else if (isKnown && isName(author)) {
        // Longest run of title words after the possessive that names a work cited elsewhere.
        const words = capitalRun.exec(text.slice(at, at + 120))?.[0].split(/\s+/) ?? [];
        for (let n = words.length; n > 0; n--) {
          const title = words.slice(0, n).join(' ');
          if (/^\p{Lu}/u.test(title) && isKnown(author, title)) {
            out.push({ raw: text.slice(m.index, at) + title, author, title, offset: m.index });
            break;
          }
        }
      }
    }
  // `"Title" by Author` / `*Title* by Author`: scan only at quote marks and emphasis starts.
  const starts = [...flat.emphasis.map(([s]) => s)];
  for (let i = text.indexOf('“'); i >= 0; i = text.indexOf('“', i + 1)) starts.push(i);
  for (let i = text.indexOf('«'); i >= 0; i = text.indexOf('«', i + 1)) starts.push(i);
  for (let i = text.indexOf('"'); i >= 0; i = text.indexOf('"', i + 1)) starts.push(i);
  for (const at of starts) {
    const t = titleAt(flat, at);
    if (!t || !looksLikeTitle(t.title)) continue;
    const after = text.slice(t.end, t.end + 80);
    const by = byStart.test(after) ? byRe.exec(after) : null;
    if (by && isName(trimName(by[1]!))) {
      out.push({ raw: text.slice(at, t.end + by[0].length), author: trimName(by[1]!), title: t.title, offset: at });
    }
  }
  return out.sort((a, b) => a.offset - b.offset);
}
