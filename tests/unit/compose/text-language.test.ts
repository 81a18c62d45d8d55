import { describe, expect, it } from 'vitest';
import { accessibleHtml } from '../../../src/accessible-html/index.ts';
import { prepare } from '../../../src/pipeline/prepare.ts';
import { compose } from '../../../src/compose/index.ts';
import { manifestSchema } from '../../../src/manifest/schema.ts';

describe('a text in another language', () => {
  it('its article carries its own lang in the paged and the accessible HTML, and it is hyphenated by its own patterns, not English ones', async () => {
    const { loaded, texts, analysis } = await prepare({ config: 'reader.yaml' });
    const spanish = texts.map((t, i) => (i === 1 ? { ...t, meta: { ...t.meta, language: 'es' } } : t));
    const input = { manifest: loaded.manifest, texts: spanish, analysis, root: loaded.root };
    const { html } = await compose(input);
    const article = (id: string) => new RegExp(`<article class="text[^"]*" id="${id}"[^>]*>`).exec(html)?.[0] ?? '';
    expect(article(texts[1]!.meta.id)).toContain('lang="es"');
    expect(article(texts[0]!.meta.id)).not.toContain('lang=');
    // Its body is hyphenated by Spanish patterns: soft hyphens, but not where English puts them.
    const bodyOf = (page: string) => {
      const head = new RegExp(`<article class="text[^"]*" id="${texts[1]!.meta.id}"[^>]*>`).exec(page)!;
      return page.slice(head.index + head[0].length, page.indexOf('</article>', head.index));
    };
    const english = (await compose({ ...input, texts })).html;
    expect(bodyOf(html)).toContain('\u00ad');
    expect(bodyOf(english)).toContain('\u00ad');
    expect(bodyOf(html)).not.toBe(bodyOf(english));
    expect(bodyOf(html).replace(/\u00ad/g, '')).toBe(bodyOf(english).replace(/\u00ad/g, ''));
    const accessible = accessibleHtml(input);
    expect(accessible).toMatch(new RegExp(`<article id="${texts[1]!.meta.id}"[^>]*lang="es"`));
  });

  it('the manifest refuses a language that is not a BCP 47 tag', () => {
    const text = { id: 'a', source: 'a.txt', title: 'A', author: 'B', position: 'C' };
    expect(manifestSchema.safeParse({ title: 'T', texts: [{ ...text, language: 'es-MX' }] }).success).toBe(true);
    expect(manifestSchema.safeParse({ title: 'T', texts: [{ ...text, language: 'Spanish please' }] }).success).toBe(false);
  });
});
