// `reader build` with nothing to do answers from build.json and a hash of the PDF: the modules
// it loads at start-up (the static imports from up-to-date.ts) must not pull in the pipeline's
// heavy parts. They did (through build.ts and an output's import of compose): 26 chunks and
// 0.87 s of CPU for an up-to-date check, now 7 chunks and 0.3 s.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// Value imports only: `import type` and `import()` load nothing at start-up.
const STATIC = /^\s*(?:import|export)\s+(?!type\s)(?:[^'";]*?\s+from\s+)?['"]([^'"]+)['"]/gm;

/** Every file and package loaded by importing `entry`, following static value imports. */
function staticClosure(entry: string): { files: Set<string>; packages: Set<string> } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string) => {
    if (files.has(file)) return;
    files.add(file);
    const code = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
    for (const m of code.matchAll(STATIC)) {
      const spec = m[1]!;
      if (spec.startsWith('.')) visit(resolve(dirname(file), spec));
      else if (!spec.startsWith('node:')) packages.add(spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]!);
    }
  };
  visit(resolve(entry));
  return { files, packages };
}

describe('the up-to-date check', () => {
  const { files, packages } = staticClosure('src/pipeline/up-to-date.ts');

  it('loads none of the heavy packages', () => {
    for (const heavy of ['pdf-lib', 'pdfjs-dist', 'linkedom', 'puppeteer-core', 'handlebars', 'unified', 'remark-parse', 'hyphen', 'zod'])
      expect(packages.has(heavy), heavy).toBe(false);
  });

  it('loads no stage of the pipeline', () => {
    const stages = [...files]
      .map((f) => f.replace(resolve('src') + '/', ''))
      .filter((f) => /^(render|compose|accessibility|normalize|analyze|check|pack|epub|impose)\//.test(f) || f === 'pipeline/build.ts')
      // Only a path: the tool's own stylesheets folder.
      .filter((f) => f !== 'compose/styles-dir.ts');
    expect(stages).toEqual([]);
  });

  it('follows what it should: the walk sees the output list and the lock', () => {
    expect([...files].some((f) => f.endsWith('src/outputs/index.ts'))).toBe(true);
    expect([...files].some((f) => f.endsWith('src/util/out-lock.ts'))).toBe(true);
  });
});
