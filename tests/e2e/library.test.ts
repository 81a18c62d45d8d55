// The library: a script builds a reader without the CLI, through package.json's `exports`,
// and a new output plugs in with one module and one registration (tests/fixtures/outputs/).
import { execFile } from 'node:child_process';
import { cp, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { ensureBundle } from '../../scripts/cli-bundle.mjs';
import * as api from '../../src/index.ts';

const sample = inject('sample');
const run = promisify(execFile);
// Inside the package, so that `import 'reader-press'` resolves to the package itself.
const scratch = resolve('.cache');

describe('the library API', () => {
  const dirs: string[] = [];
  afterAll(async () => {
    for (const d of dirs) await rm(d, { recursive: true, force: true });
  });

  it('names the pipeline and the outputs, nothing of the CLI', () => {
    expect(Object.keys(api).sort()).toEqual(
      [
        'OUTPUTS',
        'ReaderError',
        'build',
        'buildPacks',
        'buildPreview',
        'closeBrowser',
        'createBuildSession',
        'defineOutput',
        'finishOutputs',
        'formatMessage',
        'isReaderError',
        'keepIfUpToDate',
        'launchBrowser',
        'normalizeFile',
        'prepare',
        'startPreview',
        'watchBuild',
      ].sort(),
    );
    expect(api.OUTPUTS.map((o) => o.id)).toEqual([
      'reader-pdf',
      'large-print',
      'accessible-html',
      'normalize-report',
      'epub',
      'crop-marks',
      'booklet',
      'two-up',
      'packs',
    ]);
  });

  it('builds a reader from a script, with a new output registered beside the others', async () => {
    await ensureBundle();
    const out = await mkdtemp(join(scratch, 'library-'));
    dirs.push(out);
    // The sample's output folder as a last build left it: its caches make this build quick.
    await cp(sample.out, out, { recursive: true });
    await rm(join(out, 'reader.pdf'));
    const { stdout } = await run(process.execPath, [resolve('tests/fixtures/outputs/build-with-toy.mjs'), resolve('reader.yaml'), out], { cwd: out });
    const result = JSON.parse(stdout) as { pdf: string; pages: number; toy: { files: string[]; result: { lines: number } } };
    expect(result.pages).toBe(sample.report.pages);
    expect(result.toy.files).toEqual([join(out, 'toy.txt')]);
    expect(result.toy.result.lines).toBe(sample.report.texts.length);
    // The toy wrote what the laid-out book knows: each text's first page, as build.json has it.
    const toy = await readFile(join(out, 'toy.txt'), 'utf8');
    expect(toy).toBe(`${sample.report.texts.map((t) => `${t.id} ${t.startPage}`).join('\n')}\n${sample.report.pages} pages\n`);
    expect((await readFile(result.pdf)).subarray(0, 5).toString()).toBe('%PDF-');
    // build.json lists what each output wrote, the new one among them.
    const report = JSON.parse(await readFile(join(out, 'build.json'), 'utf8')) as { outputs: Record<string, string[]> };
    expect(report.outputs).toEqual({
      'accessible-html': ['reader.accessible.html'],
      'normalize-report': ['normalize-report.html'],
      toy: ['toy.txt'],
      'reader-pdf': ['reader.pdf'],
    });
    // Committed with the rest: nothing left in staging, no lock.
    expect((await readdir(out)).filter((n) => n.startsWith('.staging') || n === '.lock')).toEqual([]);
  });
});
