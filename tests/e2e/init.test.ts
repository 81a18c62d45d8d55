// A new user's first hour: three raw texts -> `reader init` -> `reader build` -> a PDF with the titles the texts state.
import { copyFile, mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { build, type BuildResult } from '../../src/pipeline/index.ts';
import { runInit } from '../../src/cli/init.runner.ts';
import { parseInitArgs } from '../../src/cli/init.parser.ts';
import { loadManifest } from '../../src/manifest/load.ts';
import { pdfinfo, pdftotextPages } from './pdf-read.ts';

const SEEDS = ['002-westmoreland-last-testament.txt', '003-woods-stalin-50-years.txt', '004-martinez-republic-of-soviets.txt'];

let tmp: string;
let project: string;
let result: BuildResult;
let stdout = '';

beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'reader-init-e2e-'));
  await mkdir(join(tmp, 'texts'));
  for (const name of SEEDS) await copyFile(join('content', name), join(tmp, 'texts', name));
  project = join(tmp, 'my-reader');
  const io = { stdout: (t: string) => void (stdout += t), stderr: () => {}, isTTY: false };
  expect(await runInit(parseInitArgs([project, '--from', join(tmp, 'texts')]), io)).toBe(0);
  result = await build({ config: join(project, 'reader.yaml'), out: join(project, 'out') });
});

afterAll(() => rm(tmp, { recursive: true, force: true }));

/** pdftotext splits lines and may drop a hyphen at a line end: compare letters only. */
const squash = (s: string) => s.replace(/[^\p{L}\p{N}]+/gu, '').toLowerCase();

describe('reader init on three seed texts, then build', () => {
  it('copies the sources byte for byte', async () => {
    for (const name of SEEDS) expect(await readFile(join(project, 'content', name))).toEqual(await readFile(join('content', name)));
  });

  it('writes a manifest that validates, with guesses marked for review', async () => {
    const { manifest } = await loadManifest(join(project, 'reader.yaml'));
    expect(manifest.texts.map((t) => t.id)).toEqual(['westmoreland-last-testament', 'woods-stalin-50-years', 'martinez-republic-of-soviets']);
    const yaml = await readFile(join(project, 'reader.yaml'), 'utf8');
    expect(yaml).toMatch(/title: "Stalin: 50 years after the death of a tyrant" # guessed from line 1 .*— check/);
    expect(yaml.match(/# TODO/g)?.length).toBeGreaterThanOrEqual(3);
    expect(stdout).toContain('Next:');
  });

  it('guesses authors, translator and date', async () => {
    const texts = (parse(await readFile(join(project, 'reader.yaml'), 'utf8')) as { texts: Array<Record<string, string>> }).texts;
    expect(texts[0]).toMatchObject({ author: 'John Westmoreland' });
    expect(texts[2]).toMatchObject({ author: 'Jorge Martínez', translator: 'Carlos Sapir', date: '2021-12-12' });
  });

  it('builds a PDF that prints the titles the texts state', () => {
    expect(result.report.pages).toBeGreaterThan(10);
    const text = squash(pdftotextPages(result.pdfPath).join('\n'));
    expect(text).toContain(squash('Stalin: 50 years after the death of a tyrant'));
    expect(text).toContain(squash('From the Republic of Soviets to the Stalinist Counter-revolution'));
    expect(text).toContain(squash('Jorge Martínez'));
    expect(text).toContain(squash('John Westmoreland'));
    expect(result.report.texts.map((t) => t.title)).toEqual([
      'Westmoreland last testament',
      'Stalin: 50 years after the death of a tyrant',
      'From the Republic of Soviets to the Stalinist Counter-revolution',
    ]);
  });

  it('prints no TODO left by init, and warns of each one at its line in reader.yaml', async () => {
    const yamlLines = (await readFile(join(project, 'reader.yaml'), 'utf8')).split('\n');
    const todoLines = yamlLines.flatMap((l, i) => (/^\s*\w+: "?TODO\b/.test(l) ? [i + 1] : []));
    expect(todoLines.length).toBeGreaterThanOrEqual(3);
    const warned = result.report.warnings.filter((w) => w.rule === 'unreviewed-guess');
    expect(warned.map((w) => w.line)).toEqual(todoLines);
    for (const w of warned) expect(w.file).toMatch(/reader\.yaml$/);
    expect(pdftotextPages(result.pdfPath).join('\n')).not.toMatch(/TODO/i);
    expect(pdfinfo(result.pdfPath).Author ?? '').not.toMatch(/TODO/i);
    expect(await readFile(join(project, 'out', 'reader.accessible.html'), 'utf8')).not.toMatch(/TODO/i);
    expect(await readFile(join(project, 'out', 'reader.warnings.txt'), 'utf8')).toMatch(/reader\.yaml:\d+:\d+: `texts\[\d\]\.position` is still `TODO/);
  });
});
