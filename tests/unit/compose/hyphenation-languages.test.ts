import { describe, expect, it } from 'vitest';
import { prepare } from '../../../src/pipeline/prepare.ts';
import { compose } from '../../../src/compose/index.ts';
import { patternSetFor } from '../../../src/compose/hyphen-languages.ts';

const SHY = '\u00ad';

describe('hyphenation by each text’s language', async () => {
  const { loaded, texts, analysis } = await prepare({ config: 'tests/fixtures/compose/languages/reader.yaml' });
  const { html } = await compose({ manifest: loaded.manifest, texts, analysis, root: loaded.root });
  const article = (id: string) => {
    const start = html.search(new RegExp(`<article class="[^"]*" id="${id}"`));
    return html.slice(start, html.indexOf('</article>', start));
  };

  it('Spanish and German texts are hyphenated by their own patterns', () => {
    const es = article('vivienda');
    const de = article('wohnen');
    // Spanish syllables (es patterns), not English ones: "(ad-)mi-nis-tra-ción", "ha-bi-ta-cio-nal".
    expect(es).toContain(`admi${SHY}nis${SHY}tra${SHY}ción`);
    expect(es).toContain(`habi${SHY}ta${SHY}cio${SHY}nal`);
    // German compounds break at their joints and syllables (de-1996).
    expect(de).toContain(`Woh${SHY}nungs${SHY}po${SHY}li${SHY}tik`);
    expect(de).toContain(`Boden${SHY}spe${SHY}ku${SHY}la${SHY}tion`);
    expect(es.split(SHY).length - 1).toBeGreaterThan(10);
    expect(de.split(SHY).length - 1).toBeGreaterThan(10);
    expect(es).not.toContain('ragged');
  });

  it('a language without patterns is set ragged-right, with one warning at the head of its source', async () => {
    const vi = article('nha-o');
    expect(vi).toMatch(/^<article class="text [^"]*\bragged\b/);
    expect(vi).not.toContain(SHY);
    const text = texts.find((t) => t.meta.id === 'nha-o')!;
    // Composed again (a watch session, the accessible edition): still one warning.
    await compose({ manifest: loaded.manifest, texts, analysis, root: loaded.root });
    const warned = text.doc.file.messages.filter((m) => m.ruleId === 'hyphenation-patterns');
    expect(warned).toHaveLength(1);
    expect(warned[0]!.line).toBe(1);
    expect(warned[0]!.reason).toContain('`vi`');
    for (const t of texts.filter((t) => t.meta.id !== 'nha-o')) expect(t.doc.file.messages.filter((m) => m.ruleId === 'hyphenation-patterns')).toEqual([]);
  });

  it('a tag finds its set by region, orthography or language', () => {
    expect(patternSetFor('en')).toBe('en-us');
    expect(patternSetFor('en-GB')).toBe('en-gb');
    expect(patternSetFor('de')).toBe('de-1996');
    expect(patternSetFor('de-AT')).toBe('de-1996');
    expect(patternSetFor('de-CH')).toBe('de-ch-1901');
    expect(patternSetFor('es-MX')).toBe('es');
    expect(patternSetFor('pt-BR')).toBe('pt');
    for (const guessed of ['en', 'fr', 'de', 'es', 'it', 'pt', 'nl']) expect(patternSetFor(guessed)).toBeDefined();
    expect(patternSetFor('vi')).toBeUndefined();
    expect(patternSetFor('zh')).toBeUndefined();
  });
});
