// A copy of the sample project in a temporary folder, and one browser, for the tests that
// build it several times (the caches).
import { cp, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
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

/** A text longer than this is cut, in a short sample, at the first paragraph end past `SHORT_TEXT`. */
const LONG_TEXT = 100_000;
const SHORT_TEXT = 50_000;

/**
 * Copy the sample before the suite and launch a browser; remove both after it. `short`: the
 * sample's one long text (Woods, 162 KB, 90 of its 139 pages) cut to its first 50 KB, so that a
 * test building it several times lays out 83 pages a build instead of 139. The same five
 * texts, ids and manifest, and still what the cache tests rely on: over 15,000 words, so each
 * text opens a right-hand page and is a part of its own (a shorter reader runs its texts on in
 * one part), and an estimate of three-digit page numbers before and after a text grows (a
 * change of digits lays out every part again). The suite's global setup and the bench still
 * build the whole sample.
 */
export function useSampleProject(prefix: string, { short = false }: { short?: boolean } = {}): SampleProject {
  const project = {} as SampleProject;
  beforeAll(async () => {
    project.dir = await mkdtemp(join(tmpdir(), prefix));
    await cp('content', join(project.dir, 'content'), { recursive: true });
    await cp('reader.yaml', join(project.dir, 'reader.yaml'));
    if (short) await shorten(join(project.dir, 'content'));
    project.browser = await launchBrowser();
  });
  afterAll(async () => {
    await closeBrowser(project.browser);
    await rm(project.dir, { recursive: true, force: true });
  });
  return project;
}

async function shorten(content: string): Promise<void> {
  for (const name of await readdir(content)) {
    const file = join(content, name);
    const text = await readFile(file, 'utf8');
    if (text.length <= LONG_TEXT) continue;
    const end = text.indexOf('\n\n', SHORT_TEXT);
    if (end > 0) await writeFile(file, `${text.slice(0, end)}\n`);
  }
}
