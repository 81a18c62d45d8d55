import { createRequire } from 'node:module';
import enUs from 'hyphen/en-us/index.js';
import enUsPatterns from 'hyphen/patterns/en-us.js';
import { describe, expect, it } from 'vitest';
import { createHyphenator } from '../../../src/compose/liang.ts';

const require = createRequire(import.meta.url);

describe('createHyphenator', () => {
  const hyphenate = createHyphenator(enUsPatterns);

  it('breaks words exactly as the hyphen package does', () => {
    const all = require('an-array-of-english-words') as string[];
    const words = all.filter((w, i) => w.length >= 7 && i % 7 === 0);
    // Capitalised and accented spellings, the package's exceptions, and odd letters of the range.
    const extra = [
      'Revolution',
      'BUREAUCRACY',
      'Kronstadt',
      'Makhnovschina',
      'Ordzhonikidze',
      'naïveté',
      'Brouéiste',
      'İstanbulian',
      'associates',
      'Philanthropic',
      'present',
      'ßtraßenbahn',
      'ÆØÅæøåabcdef',
    ];
    for (const w of [...words, ...words.map((x) => x[0]!.toUpperCase() + x.slice(1)), ...extra]) {
      expect(hyphenate(w), w).toBe(enUs.hyphenateSync(w, { minWordLength: 7 }));
    }
  });
});
