// The EPUB switches of the command line: parsed without a process.
import { expect, it } from 'vitest';
import { parseBuildArgs } from '../../../src/cli/build.parser.ts';
import { parsePackArgs } from '../../../src/cli/pack.parser.ts';
import { manifestSchema } from '../../../src/manifest/schema.ts';
import { OUTPUTS } from '../../../src/outputs/index.ts';
import { buildRequest } from '../../../src/pipeline/output-runner.ts';
import { withManifestOutputs } from '../../../src/outputs/types.ts';

const manifest = (epub?: boolean) =>
  manifestSchema.parse({
    title: 'T',
    ...(epub !== undefined ? { epub } : {}),
    texts: [{ id: 'a', source: 'content/a.txt', title: 'A', author: 'X', position: 'P' }],
  });

it('reader build --epub asks for the epub output', () => {
  expect(parseBuildArgs(['--epub']).also).toEqual(['epub']);
  expect(parseBuildArgs([]).also).toEqual([]);
  const epub = OUTPUTS.find((o) => o.id === 'epub')!;
  expect(epub.wanted(buildRequest({ also: ['epub'] }))).toBe(true);
  expect(epub.wanted(buildRequest({}))).toBe(false);
});

it('the manifest’s epub: true asks for it too, once', () => {
  const epub = OUTPUTS.find((o) => o.id === 'epub')!;
  expect(epub.wanted(withManifestOutputs(buildRequest({}), manifest(true), OUTPUTS))).toBe(true);
  expect(withManifestOutputs(buildRequest({ also: ['epub'] }), manifest(true), OUTPUTS).also).toEqual(['epub']);
  expect(epub.wanted(withManifestOutputs(buildRequest({}), manifest(), OUTPUTS))).toBe(false);
  expect(manifest().epub).toBe(false);
});

it('reader pack --epub', () => {
  expect(parsePackArgs(['unions', '--epub']).epub).toBe(true);
  expect(parsePackArgs(['unions']).epub).toBe(false);
});
