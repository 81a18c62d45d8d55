/**
 * Topic matching: which terms of a topic a paragraph contains. Terms match whole words,
 * case- and accent-insensitively, and tolerate plurals and possessives.
 */
import type { Topic } from '../types.ts';
import type { ManifestTopic } from '../manifest/schema.ts';
import { ReaderError } from '../errors.ts';
import { fold } from './fold.ts';
import { termMatcher } from './term-match.ts';
import { compileUserRegex, userRegexProblem } from '../util/user-regex.ts';

const letter = '[\\p{L}\\p{N}]';
const apostrophe = "['’]";

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The regex source for one word of a term. The last word may take a plural (`-s`, `-es`,
 * `-y` → `-ies`) and a possessive (`'s`, or a bare apostrophe after `s`).
 */
function wordSource(word: string, last: boolean): string {
  // A straight or curly apostrophe in a term matches either.
  const w = escape(word).replace(/['’]/g, apostrophe);
  if (!last) return w;
  const possessive = `(?:${apostrophe}s?)?`;
  const forms = [`${w}(?:e?s)?`];
  if (/[^aeiou]y$/.test(word)) forms.push(`${w.slice(0, -1)}ies`);
  return `(?:${forms.join('|')})${possessive}`;
}

/** The folded words of a term: a space or hyphen in a term matches either. */
function termWords(term: string): string[] {
  return fold(term)
    .trim()
    .split(/[\s\-‐–]+/)
    .filter(Boolean);
}

/** Compile one term to a whole-word regex; a space or hyphen in a term matches either. */
export function termRegex(term: string): RegExp {
  const words = termWords(term);
  const body = words.map((w, i) => wordSource(w, i === words.length - 1)).join('[\\s\\u00a0\\-‐–]+');
  return new RegExp(`(?<!${letter})${body}(?!${letter})`, 'u');
}

interface CompiledTerm {
  term: string;
  matches(text: string, folded: string): boolean;
}

interface CompiledTopic {
  terms: CompiledTerm[];
}

// Topics are compiled once and reused for every paragraph (matchTopic runs per paragraph × topic).
const compiled = new WeakMap<Topic, CompiledTopic>();

/** A regex tried on the folded text; a `/`-term or pattern is tried on the text as written too. */
function byRegex(term: string, re: { test(text: string): boolean }): CompiledTerm {
  return { term, matches: (text, folded) => re.test(folded) || (term.startsWith('/') && re.test(text)) };
}

function compileTerm(term: string): CompiledTerm {
  // Terms are matched by hand (term-match.ts), exactly as their regex would match.
  const test = term.startsWith('/') ? undefined : termMatcher(termWords(term));
  return test ? { term, matches: (_text, folded) => test(folded) } : byRegex(term, termRegex(term));
}

function compile(topic: Topic): CompiledTopic {
  let c = compiled.get(topic);
  if (c) return c;
  const terms = topic.terms.map(compileTerm);
  // The user's own regexes run on a linear-time engine (util/user-regex.ts).
  for (const p of topic.patterns) terms.push(byRegex(`/${p}/`, compileUserRegex(p, { ignoreCase: true })));
  c = { terms };
  compiled.set(topic, c);
  return c;
}

/**
 * Score a text against a topic: the number of distinct terms (and patterns) it contains,
 * and which. Terms are reported as written in the topic; patterns as `/source/`.
 */
export function matchTopic(text: string, topic: Topic): { score: number; terms: string[] } {
  return matchFolded(text, fold(text), topic);
}

/** `matchTopic` for a text already folded, so a paragraph is folded once for all topics. */
export function matchFolded(text: string, folded: string, topic: Topic): { score: number; terms: string[] } {
  const { terms } = compile(topic);
  const found: string[] = [];
  // Terms are folded, so they are matched against folded text.
  for (const { term, matches } of terms) if (matches(text, folded)) found.push(term);
  return { score: found.length, terms: found };
}

/**
 * Compile manifest topics for matching (`min_score` → `minScore`). Bad regexes in
 * `patterns` are reported here rather than in the middle of a build.
 */
export function compileTopics(topics: ManifestTopic[]): Topic[] {
  return topics.map((t) => {
    for (const p of t.patterns ?? []) {
      const problem = userRegexProblem(p);
      if (problem) {
        throw new ReaderError(
          'TopicPatternInvalid',
          `Unexpected pattern \`${p}\` in topic \`${t.id}\`, expected a valid regular expression: ${problem}`,
          'Fix or remove the pattern in `topics` in reader.yaml; plain terms need no regex.',
        );
      }
    }
    return {
      id: t.id,
      title: t.title,
      terms: [...t.terms],
      patterns: [...(t.patterns ?? [])],
      minScore: t.min_score ?? 1,
      questions: [...(t.questions ?? [])],
    };
  });
}
