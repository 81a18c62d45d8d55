import { mkdtemp, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AUTHOR_PLACEHOLDER, POSITION_PLACEHOLDER } from '../../../src/init/manifest-doc.ts';
import { placeholderReason } from '../../../src/init/placeholders.ts';
import { loadManifest } from '../../../src/manifest/load.ts';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'reader-placeholders-'));
  await mkdir(join(dir, 'content'));
  await writeFile(join(dir, 'content', 'a.txt'), 'Text.\n');
  await writeFile(join(dir, 'content', '02-the_b-text.txt'), 'Text.\n');
});
afterAll(() => rm(dir, { recursive: true, force: true }));

const yaml = [
  'title: A reader',
  'texts:',
  '  - id: a',
  '    source: content/a.txt',
  '    title: Known',
  `    author: "${AUTHOR_PLACEHOLDER}" # TODO — not found in the text`,
  `    position: "${POSITION_PLACEHOLDER}"`,
  '    publication: todo',
  '    questions: [Keep this one?, "TODO: a question", And this?]',
  '  - id: b',
  '    source: content/02-the_b-text.txt',
  '    title: TODO',
  '    author: Ana Pérez',
  '    position: Argues well.',
  '',
].join('\n');

describe('TODO values left by reader init', () => {
  it('are taken out of the loaded manifest, each with its place in reader.yaml', async () => {
    await writeFile(join(dir, 'reader.yaml'), yaml);
    const loaded = await loadManifest(join(dir, 'reader.yaml'));
    const [a, b] = loaded.manifest.texts;
    expect(a).toMatchObject({ title: 'Known', author: '', position: '', questions: ['Keep this one?', 'And this?'] });
    expect(a!.publication).toBeUndefined();
    // A text's title falls back to its file name, never to "TODO".
    expect(b).toMatchObject({ title: 'The b text', author: 'Ana Pérez' });
    expect(loaded.placeholders.map((p) => [p.path.join('.'), p.value, p.line, p.column])).toEqual([
      ['texts.0.author', AUTHOR_PLACEHOLDER, 6, 13],
      ['texts.0.position', POSITION_PLACEHOLDER, 7, 15],
      ['texts.0.publication', 'todo', 8, 18],
      ['texts.0.questions.1', 'TODO: a question', 9, 33],
      ['texts.1.title', 'TODO', 12, 12],
    ]);
    expect(JSON.stringify(loaded.manifest)).not.toMatch(/todo/i);
  });

  it('say which field, what it still holds, and what the reader prints meanwhile', async () => {
    await writeFile(join(dir, 'reader.yaml'), yaml);
    const { placeholders } = await loadManifest(join(dir, 'reader.yaml'));
    expect(placeholderReason(placeholders[0]!)).toBe(
      '`texts[0].author` is still `TODO: author` from `reader init`: fill it in (until then the reader leaves it out)',
    );
    expect(placeholderReason(placeholders[4]!)).toContain('prints the file name');
  });

  it('leave words that merely start like it alone', async () => {
    await writeFile(join(dir, 'reader.yaml'), yaml.replace('title: Known', 'title: Todorov on Todos'));
    const { manifest } = await loadManifest(join(dir, 'reader.yaml'));
    expect(manifest.texts[0]!.title).toBe('Todorov on Todos');
  });
});

describe('a text with no author', () => {
  it('may leave `author` out or write it empty: none is printed, and nothing is left to review', async () => {
    const none = ['title: A reader', 'texts:', '  - id: a', '    source: content/a.txt', '    title: The agreement', '    position: Sets out the terms.'];
    for (const extra of [[], ['    author: ""']]) {
      await writeFile(join(dir, 'reader.yaml'), [...none, ...extra, ''].join('\n'));
      const loaded = await loadManifest(join(dir, 'reader.yaml'));
      expect(loaded.manifest.texts[0]).toMatchObject({ title: 'The agreement', author: '' });
      expect(loaded.placeholders).toEqual([]);
    }
  });
});
