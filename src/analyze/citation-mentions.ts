/**
 * Sources named in running text without a note: `the American historian Richard Pipes`,
 * `Shostakovich's *Testimony*`, `Deutscher's "The Prophet Armed"`, `*Testimony* by Shostakovich`.
 */
import type { FlatText } from './flatten.ts';
import { isName } from './citation-parse.ts';

export interface Mention {
  raw: string;
  author: string;
  title?: string;
  offset: number;
}

const name = String.raw`(?:\p{Lu}\.\s*){0,2}\p{Lu}[\p{Ll}\-]+(?:\s+(?:(?:\p{Lu}\.\s*){1,2}|\p{Lu}[\p{Ll}\-]+)){0,3}`;
// Singular only: `historians Ivan Grozny` is rarely an apposition.
const roles =
  'historian|biographer|writer|journalist|economist|sociologist|philosopher|scholar|professor|sovietologist|kremlinologist|novelist|memoirist|researcher';
const roleRe = new RegExp(String.raw`\b(?:${roles})\s+(${name})`, 'gu');
const possessiveRe = new RegExp(String.raw`(${name})['’]s?\s+(?=[«“"*_]|\S)`, 'gu');
const quotedTitleRe = /^[«“"]([^«»“”"\n]{2,100})[»”"]/u;
const byRe = new RegExp(String.raw`^,?\s+by\s+(${name})`, 'u');
/** What `byRe` must start with: most titles have no `by` after them, and `byRe` is costly to compile. */
const byStart = /^,?\s+by\s/;

const small = new Set('a an the of and in on to for at by from with or as is'.split(' '));

/** A title, not a sentence: short, no inner full stop, and its content words mostly capitalized. */
function looksLikeTitle(t: string): boolean {
  const words = t.trim().split(/\s+/);
  if (words.length === 0 || words.length > 10) return false;
  if (/[.!?;:]\s/.test(t)) return false;
  if (!/^\p{Lu}/u.test(words[0]!)) return false;
  const content = words.filter((w) => !small.has(w.toLowerCase()));
  const caps = content.filter((w) => /^\p{Lu}/u.test(w)).length;
  return caps * 2 >= content.length;
}

/** The title that starts at `at`: a quoted title, or an emphasised run. */
function titleAt(flat: FlatText, at: number): { title: string; end: number } | undefined {
  const em = flat.emphasis.find(([s]) => s === at);
  if (em) return { title: flat.text.slice(em[0], em[1]).trim(), end: em[1] };
  const q = quotedTitleRe.exec(flat.text.slice(at, at + 120));
  if (q) return { title: q[1]!.trim(), end: at + q[0].length };
  return undefined;
}

function trimName(n: string): string {
  return n.trim().replace(/['’]s?$/, '');
}

const capitalRun = /^(?:\p{Lu}[\p{L}\-]*|of|the|and|in|on|a|to)(?:\s+(?:\p{Lu}[\p{L}\-]*|of|the|and|in|on|a|to)){0,7}/u;

/**
 * Find mentions of sources in one flattened paragraph. `isKnown(author, title)` lets an
 * unmarked title count when the text cites that work elsewhere (`Shostakovich's Testimony`).
 */
export function findMentions(flat: FlatText, isKnown?: (author: string, title: string) => boolean): Mention[] {
  const out: Mention[] = [];
  const text = flat.text;
  for (const m of text.matchAll(roleRe)) {
    const author = trimName(m[1]!);
    if (isName(author)) out.push({ raw: m[0].trim(), author, offset: m.index });
  }
  for (const m of text.matchAll(possessiveRe)) {
    const at = m.index + m[0].length;
    const t = titleAt(flat, at);
    const author = trimName(m[1]!);
    if (t && looksLikeTitle(t.title) && isName(author)) {
      out.push({ raw: text.slice(m.index, t.end), author, title: t.title, offset: m.index });
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
