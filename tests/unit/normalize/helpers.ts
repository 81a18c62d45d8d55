import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { VFile } from 'vfile';
import { parse } from 'yaml';
import { ingestFile } from '../../../src/ingest/index.ts';
import type { IngestedText, NormalizeOptions } from '../../../src/types.ts';

/** An ingested text from a string, as ingest would hand it over. */
export function textInput(value: string, extension = 'txt', path = `input.${extension}`): IngestedText {
  return { id: 'test', file: new VFile({ path, value }), encoding: 'utf-8', extension };
}

interface ManifestText {
  id: string;
  source: string;
  title?: string;
}

const manifest = parse(readFileSync('reader.yaml', 'utf8')) as { texts: ManifestText[] };

/** One of the five seeds with its manifest title. */
export async function seed(n: number): Promise<{ input: IngestedText; options: NormalizeOptions; source: string }> {
  const t = manifest.texts.find((x) => x.source.includes(`/00${n}-`));
  if (!t) throw new Error(`seed ${n} not in reader.yaml`);
  const input = await ingestFile(t.source, t.id);
  return { input, options: t.title ? { title: t.title } : {}, source: String(input.file.value) };
}

/**
 * A normalize fixture's input: `input.<ext>` in its folder; a `<name>-disabled` folder (the same
 * input with a rule switched off in its options.json) may leave it out and read `<name>`'s.
 */
export function fixtureInput(root: string, name: string): { path: string; ext: string } | undefined {
  const own = (dir: string) => (existsSync(dir) ? readdirSync(dir).find((f) => f.startsWith('input.')) : undefined);
  const dir = join(root, name);
  const file = own(dir);
  if (file) return { path: join(dir, file), ext: file.slice('input.'.length) };
  const base = name.endsWith('-disabled') ? join(root, name.slice(0, -'-disabled'.length)) : undefined;
  const inherited = base ? own(base) : undefined;
  return base && inherited ? { path: join(base, inherited), ext: inherited.slice('input.'.length) } : undefined;
}
