import { describe, expect, it } from 'vitest';
import { accessibleHtmlOutput } from '../../../src/outputs/accessible-html.ts';
import { normalizeReport } from '../../../src/outputs/normalize-report.ts';
import type { OutputFiles, Prepared } from '../../../src/outputs/types.ts';
import { prepare } from '../../../src/pipeline/index.ts';

/** The two side editions, written into memory: the accessible HTML once the book is laid out (`anchors`), the report from the prepared texts. */
async function sideEditions(facts: Prepared, anchors: Record<string, number> = {}): Promise<Array<{ name: string; content: string }>> {
  const written: Array<{ name: string; content: string }> = [];
  const files: OutputFiles = {
    dir: '',
    outDir: '',
    write: async (name, content) => void written.push({ name, content: String(content) }),
    assets: async () => {},
    remove: async () => {},
  };
  const context = { request: { edition: 'reader' as const }, files, browser: () => Promise.reject(new Error('no browser')) };
  expect(accessibleHtmlOutput.stage).toBe('laid-out');
  expect(normalizeReport.stage).toBe('prepared');
  for (const output of [accessibleHtmlOutput, normalizeReport]) {
    expect(output.wanted(context.request)).toBe(true);
    expect(output.wanted({ edition: 'large-print' })).toBe(false);
  }
  await accessibleHtmlOutput.write({ ...facts, base: 'reader', anchors, pages: 0 }, context);
  await normalizeReport.write(facts, context);
  return written;
}

describe('the side editions (accessible HTML, normalize report)', () => {
  it('reuse an unchanged text’s share and redo one whose manifest entry changed', async () => {
    const { loaded, texts, analysis, hashes } = await prepare({ config: 'reader.yaml' });
    const input = { loaded, texts, analysis, hashes };
    const first = await sideEditions(input);
    expect(first.map((f) => f.name)).toEqual(['reader.accessible.html', 'normalize-report.html']);
    for (const t of texts) expect(first[0]!.content).toContain(`<article id="${t.meta.id}"`);
    // The same documents again: the same files.
    expect(await sideEditions(input)).toEqual(first);
    // A new title for one text (same document): its article shows it, the others are as before.
    const [t0, ...rest] = texts;
    const retitled = { ...input, texts: [{ ...t0!, meta: { ...t0!.meta, title: 'A New Title For The Test' } }, ...rest] };
    const again = await sideEditions(retitled);
    expect(again[0]!.content).toContain('A New Title For The Test');
    // Its article (the book's other parts, made from the manifest, may still name the text as it was).
    const article = (html: string) =>
      html.slice(html.indexOf(`<article id="${t0!.meta.id}"`), html.indexOf('</article>', html.indexOf(`<article id="${t0!.meta.id}"`)));
    expect(article(again[0]!.content)).toContain('A New Title For The Test');
    expect(article(again[0]!.content)).not.toContain(`>${t0!.meta.title}<`);
    expect(again[1]).toEqual(first[1]);
  });

  it('the accessible HTML gives a reference the printed page the PDF gives it, and says so', async () => {
    const { loaded, texts, analysis, hashes } = await prepare({ config: 'reader.yaml' });
    const input = { loaded, texts, analysis, hashes };
    const [html] = await sideEditions(input);
    const ref = /<a class="ref" href="#([^"]+)">([^<]*)<\/a>/.exec(html!.content);
    expect(ref).not.toBeNull();
    // A target with no page, no page; one with a page, the page after the reference, as the print has it.
    expect(ref![2]).not.toMatch(/p\./);
    const [paged] = await sideEditions(input, { [ref![1]!]: 43 });
    expect(paged!.content).toContain(`<a class="ref" href="#${ref![1]}">${ref![2]}, p.&#160;43</a>`);
    expect(paged!.content).toContain('with the page in this reader');
  });

  it('the accessible HTML makes its articles ahead, while the book is laid out: writing it then makes none', async () => {
    const { loaded, texts, analysis, hashes } = await prepare({ config: 'reader.yaml' });
    const made: string[] = [];
    // Each text's derived cache, recording what it had to make.
    const counted = texts.map((t) => ({
      ...t,
      derived: {
        get: (kind: string, key: string, make: () => unknown) => t.derived.get(kind, key, () => (made.push(kind), make())),
      } as unknown as typeof t.derived,
    }));
    const input = { loaded, texts: counted, analysis, hashes };
    expect(accessibleHtmlOutput.ahead).toBeDefined();
    await accessibleHtmlOutput.ahead!(input);
    expect(made.filter((k) => k === 'accessible-article')).toHaveLength(texts.length);
    made.length = 0;
    const [html] = await sideEditions(input);
    expect(made).not.toContain('accessible-article');
    for (const t of texts) expect(html!.content).toContain(`<article id="${t.meta.id}"`);
  });
});
