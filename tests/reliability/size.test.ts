// Size and shape: big inputs must not crash. These stop before render (ingest -> compose):
// laying out a 20 MB reader takes Chromium far longer than a test run can (see docs/reliability.md).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { prepare } from '../../src/pipeline/index.ts';
import { compose } from '../../src/compose/index.ts';
import { tinyProject } from './helpers.ts';

const PARA = 'The committee met again on the question of the land, and after a long debate it resolved to send a delegation to the capital. ';

async function throughCompose(text: string, name = 'content/one.txt') {
  const dir = tinyProject({ [name]: '' }, [{ id: 'one', source: name }]);
  writeFileSync(join(dir, name), text);
  const t0 = performance.now();
  const prepared = await prepare({ config: join(dir, 'reader.yaml') });
  const t1 = performance.now();
  const { html } = await compose({ manifest: prepared.loaded.manifest, texts: prepared.texts, analysis: prepared.analysis, root: prepared.loaded.root });
  const timings = {
    ...Object.fromEntries(Object.entries(prepared.timings).map(([k, v]) => [k, Math.round(v)])),
    prepare: Math.round(t1 - t0),
    compose: Math.round(performance.now() - t1),
  };
  console.log(`${name} (${(text.length / 1e6).toFixed(1)} MB): ${JSON.stringify(timings)}`);
  return { prepared, html };
}

describe('size and shape', () => {
  it('a 20 MB text goes through ingest, normalize, analyze and compose', async () => {
    const block = `${PARA.repeat(6)}\n\n`;
    const text = block.repeat(Math.ceil(20e6 / block.length));
    const { prepared, html } = await throughCompose(text);
    expect(prepared.texts[0]!.analysis.paragraphs).toBeGreaterThan(20_000);
    expect(html.length).toBeGreaterThan(20e6);
  });

  it('a single 1 MB line is refused at its place (Paged.js would take minutes a page)', async () => {
    const refused = throughCompose(PARA.repeat(Math.ceil(1e6 / PARA.length)));
    await expect(refused).rejects.toThrow(/^A paragraph of 1,000,\d{3} characters starts here; reader lays out at most 100,000 in one$/);
    await expect(refused).rejects.toMatchObject({ code: 'SourceParagraphTooLong', place: { file: 'content/one.txt', line: 1, column: 1 } });
  });

  it('a paragraph of 100,000 characters goes through', async () => {
    const { prepared } = await throughCompose(`${PARA.repeat(Math.floor(100_000 / PARA.length))}\n`);
    expect(prepared.texts[0]!.analysis.paragraphs).toBe(1);
  });

  it('100,000 note calls (to 900 notes) in a plain text, 1,000 paragraphs of 100', async () => {
    const calls = Array.from({ length: 100_000 }, (_, i) => `Claim number ${i} [${(i % 900) + 1}].${i % 100 === 99 ? '\n\n' : ' '}`).join('');
    const notes = Array.from({ length: 900 }, (_, i) => `[${i + 1}] Note ${i + 1}.`).join('\n');
    const { prepared, html } = await throughCompose(`${calls}\n\nNotes\n\n${notes}\n`);
    expect(prepared.texts[0]!.doc.file.messages.every((m) => m.ruleId !== 'normalize-failed')).toBe(true);
    expect(html).toContain('class="note-call"');
  });
});
