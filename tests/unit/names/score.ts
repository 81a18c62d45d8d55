/**
 * Score the index of names and the sources against the hand-made gold lists
 * (tests/fixtures/names/gold, rules in its README). Pairs are (text, person) and (text, source).
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { fold } from '../../../src/analyze/fold.ts';
import { editDistance, surnameKey, titleKey } from '../../../src/analyze/source-key.ts';
import type { ReaderAnalysis } from '../../../src/analyze/index.ts';

export interface GoldPerson {
  name: string;
  variants?: string[];
  optional?: boolean;
}
export interface GoldSource {
  author?: string;
  title?: string;
  variants?: string[];
  optional?: boolean;
}
export interface Gold {
  persons: GoldPerson[];
  sources: GoldSource[];
}

export function loadGold(id: string): Gold {
  return parse(readFileSync(new URL(`../../fixtures/names/gold/${id}.yaml`, import.meta.url), 'utf8')) as Gold;
}

export interface Score {
  tp: number;
  fp: number;
  fn: number;
  falsePositives: string[];
  misses: string[];
}

export const emptyScore = (): Score => ({ tp: 0, fp: 0, fn: 0, falsePositives: [], misses: [] });
export const add = (a: Score, b: Score): Score => ({
  tp: a.tp + b.tp,
  fp: a.fp + b.fp,
  fn: a.fn + b.fn,
  falsePositives: [...a.falsePositives, ...b.falsePositives],
  misses: [...a.misses, ...b.misses],
});
export const precision = (s: Score): number => (s.tp + s.fp === 0 ? 1 : s.tp / (s.tp + s.fp));
export const recall = (s: Score): number => (s.tp + s.fn === 0 ? 1 : s.tp / (s.tp + s.fn));

const form = (s: string): string =>
  fold(s.replace(/['’]s?$/u, ''))
    .replace(/\s+/g, ' ')
    .trim();

/** The persons the index gives for one text, against that text's gold persons. */
export function scoreNames(analysis: ReaderAnalysis, textId: string, gold: Gold): Score {
  const s = emptyScore();
  const matched = new Set<GoldPerson>();
  const forms = gold.persons.map((p) => new Set([p.name, ...(p.variants ?? [])].map(form)));
  // The most cited entry first: a stray second entry, not the main one, is the false one.
  const entries = analysis.names.filter((e) => e.refs.some((r) => r.textId === textId)).sort((a, b) => b.refs.length - a.refs.length);
  for (const e of entries) {
    const mine = new Set([e.name, ...e.variants].map(form));
    const hits = gold.persons.filter((p, i) => [...forms[i]!].some((f) => mine.has(f)));
    const fresh = hits.find((p) => !matched.has(p));
    if (fresh) {
      matched.add(fresh);
      if (!fresh.optional) s.tp++;
    } else if (!hits.some((p) => p.optional)) {
      s.fp++;
      s.falsePositives.push(`${textId}: ${e.name}${hits.length ? ' (a second entry)' : ''}`);
    }
  }
  for (const p of gold.persons) {
    if (!p.optional && !matched.has(p)) {
      s.fn++;
      s.misses.push(`${textId}: ${p.name}`);
    }
  }
  return s;
}

const surname = (author: string): string =>
  surnameKey(
    author
      .trim()
      .split(/\s+/)
      .filter((w) => !/^\p{Lu}\.$/u.test(w))
      .pop() ?? author,
  );
const sameSurname = (a: string, b: string): boolean => a === b || (Math.min(a.length, b.length) >= 5 && editDistance(a, b, 1) <= 1);
function sameTitle(a: string, b: string): boolean {
  const ka = titleKey(a);
  const kb = titleKey(b);
  return ka === kb || ka.startsWith(`${kb}-`) || kb.startsWith(`${ka}-`) || (Math.min(ka.length, kb.length) >= 8 && editDistance(ka, kb, 2) <= 2);
}

/** How well a found source fits a gold source: 2 exact, 1 by author only, 0 not at all. */
function fit(found: { author: string; title: string }, g: GoldSource): number {
  const titles = [g.title, ...(g.variants ?? [])].filter((t): t is string => !!t);
  if (g.author && found.author) {
    if (!sameSurname(surname(found.author), surname(g.author))) return 0;
    if (found.title && titles.length) return titles.some((t) => sameTitle(t, found.title)) ? 2 : 0;
    return 1;
  }
  const foundTitle = found.title || found.author;
  if (!g.author) return titles.some((t) => sameTitle(t, foundTitle)) ? 2 : 0;
  // A gold work with an author, found as a title alone.
  return found.title && titles.some((t) => sameTitle(t, found.title)) ? 2 : 0;
}

/** The sources the concordance gives for one text, against that text's gold sources. */
export function scoreSources(analysis: ReaderAnalysis, textId: string, gold: Gold): Score {
  const s = emptyScore();
  const matched = new Set<GoldSource>();
  const found = analysis.sources.filter((src) => src.citedBy.some((c) => c.textId === textId));
  // Works with titles first, so an author-only entry does not take a work's gold line.
  found.sort((a, b) => Number(!!b.title) - Number(!!a.title));
  for (const src of found) {
    const fits = gold.sources.map((g) => ({ g, f: fit(src, g) })).filter((x) => x.f > 0);
    const fresh = fits.filter((x) => !matched.has(x.g)).sort((a, b) => b.f - a.f)[0];
    if (fresh) {
      matched.add(fresh.g);
      if (!fresh.g.optional) s.tp++;
    } else if (fits.length === 0) {
      s.fp++;
      s.falsePositives.push(`${textId}: ${src.author}${src.title ? `, ${src.title}` : ''}`);
    }
    // Fits only gold lines already matched: a true source listed twice (an author beside their works). Not counted.
  }
  for (const g of gold.sources) {
    if (!g.optional && !matched.has(g)) {
      s.fn++;
      s.misses.push(`${textId}: ${g.author ?? ''}${g.title ? `, ${g.title}` : ''}`);
    }
  }
  return s;
}
