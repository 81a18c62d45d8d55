// The text cache: a build in a new process (no session) takes unchanged texts from
// `<out>/.cache/texts`, and writes the same files as a build that prepared every text.
import { cp, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { build, type ProgressEvent } from '../../src/pipeline/index.ts';
import { pdfWordBoxes } from './pdf-read.ts';
import { useSampleProject } from './sample-project.ts';

const EDITED = '001-westmoreland-nothing-inevitable.txt';
const FILES = ['reader.html', 'reader.accessible.html', 'normalize-report.html', 'reader.warnings.txt', 'reader.anchors.json'];
const sample = useSampleProject('reader-text-cache-', { short: true });

/** One build as a new `reader build` would run it (no session); the texts it normalized are returned. */
async function buildInto(out: string, fresh = false) {
  const normalized: string[] = [];
  const onProgress = (e: ProgressEvent) => void (e.stage === 'normalize' && e.text && normalized.push(e.text));
  const result = await build({
    config: join(sample.dir, 'reader.yaml'),
    out: join(sample.dir, out),
    browser: sample.browser,
    ...(fresh ? { fresh } : {}),
    onProgress,
  });
  return { normalized, result };
}

/**
 * The files a build wrote; build.json without its timings and the PDF's hash (the PDF carries
 * its build time), and without the parts' lanes when `layout` is false (the layout cache's -1).
 * The PDF as the words on each page with their boxes (poppler), as in layout-cache.test.ts.
 */
async function outputs(out: string, layout = true): Promise<Record<string, string>> {
  const files: Record<string, string> = {};
  for (const name of FILES) files[name] = await readFile(join(sample.dir, out, name), 'utf8');
  const {
    timings: _timings,
    pdfSha256: _pdf,
    layout: parts,
    ...report
  } = JSON.parse(await readFile(join(sample.dir, out, 'build.json'), 'utf8')) as Record<string, unknown>;
  files['build.json'] = JSON.stringify(layout ? { ...report, parts } : report, null, 2);
  files['reader.pdf'] = pdfWordBoxes(join(sample.dir, out, 'reader.pdf'));
  return files;
}

describe('the text cache', () => {
  it('gives the same files whether the texts were prepared or read from the cache', async () => {
    const cold = await buildInto('cold', true);
    expect(cold.normalized).toHaveLength(cold.result.report.texts.length);
    // Only the text cache goes over: the book is laid out afresh, as in the cold build, so
    // build.json's layout (lanes, not the layout cache's -1) can be compared too.
    await cp(join(sample.dir, 'cold', '.cache', 'texts'), join(sample.dir, 'warm', '.cache', 'texts'), { recursive: true });
    // Beside each text, what compose and the outputs derived from it (cache/derived.ts).
    const cache = join(sample.dir, 'warm', '.cache', 'texts');
    const derived = (await readdir(cache)).filter((n) => n.endsWith('.derived.v8'));
    expect(derived).toHaveLength(cold.result.report.texts.length);
    const written = async () => Object.fromEntries(await Promise.all(derived.map(async (n) => [n, (await stat(join(cache, n))).mtimeMs] as const)));
    const before = await written();
    const warm = await buildInto('warm');
    expect(warm.normalized).toEqual([]);
    expect(warm.result.report.timings.normalize ?? 0).toBe(0);
    // All of it was read back, none derived and stored again; the files below are the same all the same.
    expect(await written()).toEqual(before);
    const [a, b] = [await outputs('cold'), await outputs('warm')];
    expect(a['reader.warnings.txt']).not.toBe('');
    for (const name of Object.keys(a)) expect(b[name], name).toBe(a[name]);
  });

  it('prepares again only the edited text, and every text with --force', async () => {
    const file = join(sample.dir, 'content', EDITED);
    await writeFile(file, (await readFile(file, 'utf8')).replace('the revolution', 'the great revolution'));
    const edited = await buildInto('warm');
    expect(edited.normalized).toEqual(['westmoreland-inevitable']);
    const b = await outputs('warm', false);
    // `cold` holds a full text cache from the test above: --force (fresh) prepares every text all the same.
    const forced = await buildInto('cold', true);
    expect(forced.normalized).toHaveLength(edited.result.report.texts.length);
    const a = await outputs('cold', false);
    expect(b['normalize-report.html']).toContain('the great revolution');
    for (const name of Object.keys(a)) expect(b[name], name).toBe(a[name]);
  });
});
