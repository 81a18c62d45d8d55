/**
 * Topic matching: which terms of a topic a paragraph contains. Terms match whole words,
 * case- and accent-insensitively, and tolerate plurals and possessives.
 */
import type { Topic } from '../types.ts';
import type { ManifestTopic } from '../manifest/schema.ts';
import { ReaderError } from '../errors.ts';
import { fold } from './fold.ts';

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

/** Compile one term to a whole-word regex; a space or hyphen in a term matches either. */
export function termRegex(term: string): RegExp {
  const words = fold(term).trim().split(/[\s\-‐–]+/).filter(Boolean);
  const body = words.map((w, i) => wordSource(w, i === words.length - 1)).join('[\\s\\u00a0\\-‐–]+');
  return new RegExp(`(?<!${letter})${body}(?!${letter})`, 'u');
}

interface CompiledTopic {
  terms: Array<{ term: string; re: RegExp }>;
}

// Topics are compiled once and reused for every paragraph (matchTopic runs per paragraph × topic).
const compiled = new WeakMap<Topic, CompiledTopic>();

function compile(topic: Topic): CompiledTopic {
  let c = compiled.get(topic);
  if (c) return c;
  const terms = topic.terms.map((term) => ({ term, re: termRegex(term) }));
  for (const p of topic.patterns) terms.push({ term: `/${p}/`, re: new RegExp(p, 'iu') });
  c = { terms };
  compiled.set(topic, c);
  return c;
}

/**
 * Score a text against a topic: the number of distinct terms (and patterns) it contains,
 * and which. Terms are reported as written in the topic; patterns as `/source/`.
 */
export function matchTopic(text: string, topic: Topic): { score: number; terms: string[] } {
  const { terms } = compile(topic);
  const folded = fold(text);
  const found: string[] = [];
  for (const { term, re } of terms) {
    // Terms are folded, so match them against folded text; patterns see the text as written too.
    if (re.test(folded) || (term.startsWith('/') && re.test(text))) found.push(term);
  }
  return { score: found.length, terms: found };
}

/**
 * Compile manifest topics for matching (`min_score` → `minScore`). Bad regexes in
 * `patterns` are reported here rather than in the middle of a build.
 */
export function compileTopics(topics: ManifestTopic[]): Topic[] {
  return topics.map((t) => {
    for (const p of t.patterns ?? []) {
      try {
        new RegExp(p, 'iu');
      } catch (e) {
        throw new ReaderError(
          'TopicPatternInvalid',
          `Unexpected pattern \`${p}\` in topic \`${t.id}\`, expected a valid regular expression: ${(e as Error).message}`,
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
