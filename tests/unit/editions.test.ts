import { describe, expect, it } from 'vitest';
import { sideEditions } from '../../src/editions.ts';
import { prepare } from '../../src/build.ts';

describe('sideEditions', () => {
  it('reuses an unchanged text’s share and redoes one whose manifest entry changed', async () => {
    const { loaded, texts, analysis } = await prepare({ config: 'reader.yaml' });
    const input = { manifest: loaded.manifest, texts, analysis, root: loaded.root };
    const first = sideEditions(input);
    expect(first.map((f) => f.name)).toEqual(['reader.accessible.html', 'normalize-report.html']);
    for (const t of texts) expect(first[0]!.content).toContain(`<article id="${t.meta.id}"`);
    // The same documents again: the same files.
    expect(sideEditions(input)).toEqual(first);
    // A new title for one text (same document): its article shows it, the others are as before.
    const [t0, ...rest] = texts;
    const retitled = { ...input, texts: [{ ...t0!, meta: { ...t0!.meta, title: 'A New Title For The Test' } }, ...rest] };
    const again = sideEditions(retitled);
    expect(again[0]!.content).toContain('A New Title For The Test');
    expect(again[0]!.content).not.toContain(`>${t0!.meta.title}<`);
    expect(again[1]).toEqual(first[1]);
  });
});
