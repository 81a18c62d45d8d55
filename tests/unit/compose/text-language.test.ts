import { describe, expect, it } from 'vitest';
import { accessibleHtml } from '../../../src/accessible-html/index.ts';
import { prepare } from '../../../src/pipeline/prepare.ts';
import { compose } from '../../../src/compose/index.ts';
import { manifestSchema } from '../../../src/manifest/schema.ts';

describe('a text in another language', () => {
  it('its article carries its own lang in the paged and the accessible HTML, and it is not hyphenated by English rules', async () => {
    const { loaded, texts, analysis } = await prepare({ config: 'reader.yaml' });
    const spanish = texts.map((t, i) => (i === 1 ? { ...t, meta: { ...t.meta, language: 'es' } } : t));
    const input = { manifest: loaded.manifest, texts: spanish, analysis, root: loaded.root };
    const { html } = await compose(input);
    const article = (id: string) => new RegExp(`<article class="text[^"]*" id="${id}"[^>]*>`).exec(html)?.[0] ?? '';
    expect(article(texts[1]!.meta.id)).toContain('lang="es"');
    expect(article(texts[0]!.meta.id)).not.toContain('lang=');
    // Its body has no soft hyphens: only English patterns ship, and they are not Spanish.
    const body = html.slice(html.indexOf(article(texts[1]!.meta.id)), html.indexOf(article(texts[2]!.meta.id)));
    expect(body).not.toContain('\u00ad');
    expect(html.slice(html.indexOf(article(texts[0]!.meta.id)), html.indexOf(article(texts[1]!.meta.id)))).toContain('\u00ad');
    const accessible = accessibleHtml(input);
    expect(accessible).toMatch(new RegExp(`<article id="${texts[1]!.meta.id}"[^>]*lang="es"`));
  });

  it('the manifest refuses a language that is not a BCP 47 tag', () => {
    const text = { id: 'a', source: 'a.txt', title: 'A', author: 'B', position: 'C' };
    expect(manifestSchema.safeParse({ title: 'T', texts: [{ ...text, language: 'es-MX' }] }).success).toBe(true);
    expect(manifestSchema.safeParse({ title: 'T', texts: [{ ...text, language: 'Spanish please' }] }).success).toBe(false);
  });
});
