// Under --watch, the next build's first page loads the book's shell ahead (render/open-page.ts):
// it takes the new body only when the new document starts the same and its assets are the
// same files, and prints what a page that loaded the whole file prints.
import { appendFile, cp, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { build } from '../../src/pipeline/index.ts';
import { launchBrowser, render } from '../../src/render/index.ts';
import { loadAhead } from '../../src/render/open-page.ts';
import { closeBrowser } from '../../src/render/retry.ts';
import { SHOW_BODY } from '../../src/render/paged-hooks.ts';
import { pdfWordBoxes } from './pdf-read.ts';
import { useSampleProject } from './sample-project.ts';

const sample = useSampleProject('reader-load-ahead-', { short: true });

/** Render `dir`'s reader.html as a book lane does (body hidden until layout), in `page` if given; its PDF is written beside. */
async function lane(dir: string, name: string, page?: Awaited<ReturnType<typeof loadAhead>>) {
  const out = await render({
    browser: sample.browser,
    dir,
    ...(page ? { page } : {}),
    hideUntilLayout: true,
    beforeLayout: async (p) => void (await p.evaluate(SHOW_BODY)),
  });
  await writeFile(join(dir, name), out.pdf);
  return { ...out, words: pdfWordBoxes(join(dir, name)) };
}

/** A copy of the built output, as the next build's folder would be before it is changed. */
async function nextBuild(name: string): Promise<string> {
  const to = join(sample.dir, name);
  await cp(join(sample.dir, 'out'), to, { recursive: true, filter: (f) => !f.includes('.cache') });
  return to;
}

describe('a page loaded ahead', () => {
  it('takes the body of a document that starts the same, and prints what a whole load prints', async () => {
    // The build before: the short sample, built once (the next builds below are copies of it).
    const before = await build({ config: join(sample.dir, 'reader.yaml'), out: join(sample.dir, 'out'), browser: sample.browser });
    const next = await nextBuild('next');
    const page = await loadAhead(sample.browser, { dir: join(sample.dir, 'out'), htmlFile: 'reader.html' });
    expect(page).toBeDefined();
    const ahead = await lane(next, 'ahead.pdf', page);
    expect(ahead.loadedAhead).toBe(true);
    const whole = await lane(next, 'whole.pdf');
    expect(whole.loadedAhead).toBe(false);
    expect(ahead.pages).toBe(whole.pages);
    expect(ahead.pages).toBe(before.report.pages);
    expect(ahead.words).toBe(whole.words);
    expect(ahead.pageErrors).toEqual([]);
  });

  it('loads the whole file when the document starts otherwise, or an asset changed', async () => {
    const retitled = await nextBuild('retitled');
    const html = await readFile(join(retitled, 'reader.html'), 'utf8');
    await writeFile(join(retitled, 'reader.html'), html.replace(/<title>[^<]*<\/title>/, '<title>Another title</title>'));
    const restyled = await nextBuild('restyled');
    const css = (await readdir(join(restyled, 'assets'))).find((n) => n.startsWith('default-') && n.endsWith('.css'))!;
    await appendFile(join(restyled, 'assets', css), '\n.cover { letter-spacing: 0.02em; }\n');
    const words: string[] = [];
    for (const dir of [retitled, restyled]) {
      const page = await loadAhead(sample.browser, { dir: join(sample.dir, 'out'), htmlFile: 'reader.html' });
      const ahead = await lane(dir, 'ahead.pdf', page);
      expect(ahead.loadedAhead, dir).toBe(false);
      expect(ahead.words, dir).toBe((await lane(dir, 'whole.pdf')).words);
      words.push(ahead.words);
    }
    // The changed style shows (a shell with the old one would have printed the old words' boxes).
    expect(words[1]).not.toBe(words[0]);
  });

  it('resolves to nothing, never a rejection, when its browser closes as it opens (a watch stopped)', async () => {
    const browser = await launchBrowser();
    // The suite's sample output, only read: the shell is there to load.
    const page = loadAhead(browser, { dir: inject('sample').out, htmlFile: 'reader.html' });
    await closeBrowser(browser);
    await expect(page).resolves.toBeUndefined();
  });
});
