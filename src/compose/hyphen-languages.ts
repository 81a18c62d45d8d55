import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import type { HyphenPatterns } from './liang.ts';

const require = createRequire(import.meta.url);

/**
 * The `hyphen` package's pattern set for a language without a region or orthography in its
 * tag: `de` is hyphenated by the 1996 spelling, `en` by American rules, `el` monotonic.
 */
const DEFAULT_SET: Record<string, string> = {
  en: 'en-us',
  de: 'de-1996',
  el: 'el-monoton',
  mn: 'mn-cyrl',
  sr: 'sr-cyrl',
  sh: 'sh-latn',
  nb: 'nb',
  nn: 'nn',
};

let available: Set<string> | undefined;

/** The pattern sets the installed `hyphen` package ships (file names without `.js`). */
function patternSets(): Set<string> {
  if (!available) {
    const dir = dirname(require.resolve('hyphen/patterns/en-us.js'));
    available = new Set(
      readdirSync(dir)
        .filter((n) => n.endsWith('.js'))
        .map((n) => n.slice(0, -3)),
    );
  }
  return available;
}

/**
 * The pattern set that hyphenates a BCP 47 language tag, or undefined when none ships:
 * the whole tag (`en-GB`, `de-CH` → `de-ch-1901`), else its language (`es-MX` → `es`,
 * `de` → `de-1996`).
 */
export function patternSetFor(language: string): string | undefined {
  const sets = patternSets();
  const tag = language.toLowerCase();
  if (sets.has(tag)) return tag;
  const longer = [...sets].filter((s) => s.startsWith(`${tag}-`)).sort();
  if (tag.includes('-') && longer.length > 0) return longer[0];
  const primary = tag.split('-')[0]!;
  if (DEFAULT_SET[primary] && sets.has(DEFAULT_SET[primary])) return DEFAULT_SET[primary];
  return sets.has(primary) ? primary : undefined;
}

const loaded = new Map<string, HyphenPatterns>();

/** The patterns of a set `patternSetFor` returned, loaded once (the big ones are ~0.7 MB). */
export function loadPatterns(set: string): HyphenPatterns {
  let patterns = loaded.get(set);
  if (!patterns) {
    // Each language is loaded when a text needs it: statically importing all ~80 sets would load ~20 MB.
    patterns = require(`hyphen/patterns/${set}.js`) as HyphenPatterns;
    loaded.set(set, patterns);
  }
  return patterns;
}
