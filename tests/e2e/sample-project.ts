// A copy of the sample project in a temporary folder, and one browser, for the tests that
// build it several times (the caches).
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'puppeteer-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser } from '../../src/render/index.ts';
import { closeBrowser } from '../../src/render/retry.ts';

export interface SampleProject {
  /** The project folder (reader.yaml, content/); set once the suite has started. */
  dir: string;
  browser: Browser;
}

/** Copy the sample before the suite and launch a browser; remove both after it. */
export function useSampleProject(prefix: string): SampleProject {
  const project = {} as SampleProject;
  beforeAll(async () => {
    project.dir = await mkdtemp(join(tmpdir(), prefix));
    await cp('content', join(project.dir, 'content'), { recursive: true });
    await cp('reader.yaml', join(project.dir, 'reader.yaml'));
    project.browser = await launchBrowser();
  });
  afterAll(async () => {
    await closeBrowser(project.browser);
    await rm(project.dir, { recursive: true, force: true });
  });
  return project;
}
