// Build the sample reader once per test run; every end-to-end test reads this one PDF back.
import { createHash } from 'node:crypto';
import { readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { build } from '../../src/pipeline/index.ts';

/** One folder per test run, so concurrent runs (and developers) never share an out/. */
export const E2E_OUT = process.env.READER_E2E_OUT ?? `.cache/test-out-${process.pid}`;

async function hashContent(): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const name of (await readdir('content')).sort())
    out[name] = createHash('sha256')
      .update(await readFile(join('content', name)))
      .digest('hex');
  return out;
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  await rm(E2E_OUT, { recursive: true, force: true });
  const before = await hashContent();
  // With the EPUB edition: tests/e2e/epub.test.ts reads it back.
  const result = await build({ config: 'reader.yaml', out: E2E_OUT, also: ['epub'] });
  project.provide('sample', { out: E2E_OUT, pdf: result.pdfPath, report: result.report, anchors: result.anchors, hashesBefore: before });
  return async () => {
    if (!process.env.READER_E2E_OUT) await rm(E2E_OUT, { recursive: true, force: true });
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    sample: {
      out: string;
      pdf: string;
      report: import('../../src/pipeline/index.ts').BuildReport;
      anchors: Record<string, number>;
      hashesBefore: Record<string, string>;
    };
  }
}
