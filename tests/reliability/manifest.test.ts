// Manifest cases not covered by tests/e2e/cli-errors.test.ts.
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { isReaderError } from '../../src/errors.ts';
import { loadManifest } from '../../src/manifest/load.ts';
import { ONE_PARAGRAPH, tinyProject } from './helpers.ts';

it('a duplicate text id names the second one', async () => {
  const dir = tinyProject({ 'content/one.txt': ONE_PARAGRAPH, 'content/two.txt': ONE_PARAGRAPH }, [
    { id: 'one', source: 'content/one.txt' },
    { id: 'one', source: 'content/two.txt' },
  ]);
  const e = await loadManifest(join(dir, 'reader.yaml')).then(
    () => undefined,
    (err: unknown) => err,
  );
  expect(isReaderError(e)).toBe(true);
  expect((e as { line: string }).line).toMatch(/reader\.yaml:8:9: Duplicate text id `one` \(also text 1\)$/);
});

it('an unknown rule in rules.disable is an error at its place, with the closest rule id', async () => {
  const dir = tinyProject({ 'content/one.txt': ONE_PARAGRAPH }, [
    { id: 'one', source: 'content/one.txt', extra: '    rules:\n      disable: [split-word, web-captions]' },
  ]);
  const e = await loadManifest(join(dir, 'reader.yaml')).then(
    () => undefined,
    (err: unknown) => err,
  );
  expect(isReaderError(e)).toBe(true);
  expect((e as { line: string }).line).toMatch(/reader\.yaml:9:29: Unknown normalizer rule `web-captions` in rules.disable$/);
  expect((e as { hint: string }).hint).toContain('Did you mean `web-caption`?');
});
