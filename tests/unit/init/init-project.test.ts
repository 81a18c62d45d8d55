import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { initProject } from '../../../src/init/index.ts';
import { loadManifest } from '../../../src/manifest/load.ts';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'reader-init-'));
  await mkdir(join(dir, 'texts'));
  await copyFile('content/004-martinez-republic-of-soviets.txt', join(dir, 'texts', '004-martinez-republic-of-soviets.txt'));
  await writeFile(join(dir, 'texts', 'notes.docx'), 'not a text');
});
afterEach(() => rm(dir, { recursive: true, force: true }));

describe('initProject', () => {
  it('writes a manifest that loads, with a review comment on every guess', async () => {
    const r = await initProject({ dir: join(dir, 'proj'), from: join(dir, 'texts') });
    expect(r.skipped).toEqual(['notes.docx']);
    const yaml = await readFile(r.manifestPath, 'utf8');
    expect(yaml).toMatch(/title: From the Republic of Soviets to the Stalinist Counter-revolution # guessed from line 4 .* — check/);
    expect(yaml).toMatch(/author: Jorge Martínez # guessed from line 8/);
    expect(yaml).toMatch(/translator: Carlos Sapir # guessed/);
    expect(yaml).toMatch(/date: 2021-12-12 # guessed from line 6/);
    expect(yaml).toMatch(/position: "TODO: one line on what this text argues" # TODO/);
    const { manifest } = await loadManifest(r.manifestPath);
    expect(manifest.texts[0]).toMatchObject({ id: 'martinez-republic-of-soviets', source: 'content/004-martinez-republic-of-soviets.txt', date: '2021-12-12' });
    // Byte for byte.
    expect(await readFile(join(dir, 'proj', manifest.texts[0]!.source))).toEqual(await readFile('content/004-martinez-republic-of-soviets.txt'));
  });

  it('copies the pictures a text shows from its folder, at the same place beside it, and no other file', async () => {
    const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAAAAAA6fptVAAAACklEQVR4nGNgAAAAAgABSK+kcQAAAABJRU5ErkJggg==', 'base64');
    await mkdir(join(dir, 'texts', 'page_files'));
    await writeFile(join(dir, 'texts', 'page_files', 'chart.png'), png);
    await writeFile(join(dir, 'texts', 'page_files', 'tracker.js'), 'nothing');
    await writeFile(join(dir, 'outside.png'), png);
    await writeFile(
      join(dir, 'texts', 'page.html'),
      '<html><body><h1>Wages</h1><p>The mills ran twelve hours a day and paid for eleven of them.</p><img src="page_files/chart.png" alt="Wages"><img src="../outside.png" alt="x"><img src="gone.png" alt="y"></body></html>',
    );
    const r = await initProject({ dir: join(dir, 'proj'), files: [join(dir, 'texts', 'page.html')] });
    expect(r.copied).toEqual(['content/page.html', 'content/page_files/chart.png']);
    expect(await readFile(join(dir, 'proj', 'content', 'page_files', 'chart.png'))).toEqual(png);
  });

  it('refuses to replace reader.yaml without --force', async () => {
    await initProject({ dir: join(dir, 'proj'), from: join(dir, 'texts') });
    await expect(initProject({ dir: join(dir, 'proj'), from: join(dir, 'texts') })).rejects.toMatchObject({ code: 'InitExists' });
    await expect(initProject({ dir: join(dir, 'proj'), from: join(dir, 'texts'), force: true })).resolves.toBeDefined();
  });

  it('uses DIR/content in place when there is no --from', async () => {
    await mkdir(join(dir, 'p2', 'content'), { recursive: true });
    await copyFile('content/003-woods-stalin-50-years.txt', join(dir, 'p2', 'content', 'woods.txt'));
    const r = await initProject({ dir: join(dir, 'p2') });
    expect(r.copied).toEqual([]);
    expect(r.texts.map((t) => t.source)).toEqual(['content/woods.txt']);
  });

  it('says so when there are no texts', async () => {
    await mkdir(join(dir, 'empty'));
    await expect(initProject({ dir: join(dir, 'p3'), from: join(dir, 'empty') })).rejects.toMatchObject({ code: 'InitNoTexts' });
    await expect(initProject({ dir: join(dir, 'p3'), from: join(dir, 'missing') })).rejects.toMatchObject({ code: 'InitNoFolder' });
  });

  it('refuses an empty text, naming it, before it writes anything', async () => {
    await writeFile(join(dir, 'texts', 'blank.txt'), '  \n\n');
    const err = await initProject({ dir: join(dir, 'proj'), from: join(dir, 'texts') }).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 'InitEmptyText' });
    expect((err as Error).message).toMatch(/blank\.txt` has no text \(the file is empty\)/);
    expect((err as { hint: string }).hint).toMatch(/move it out of the folder/);
    await expect(readFile(join(dir, 'proj', 'reader.yaml'))).rejects.toThrow();
    await expect(readFile(join(dir, 'proj', 'content', '004-martinez-republic-of-soviets.txt'))).rejects.toThrow();
  });

  it('ejects templates and styles when asked', async () => {
    const r = await initProject({ dir: join(dir, 'proj'), from: join(dir, 'texts'), eject: ['templates', 'styles'] });
    expect(r.ejected).toContain('templates/reader.hbs');
    expect(r.ejected).toContain('templates/partials/text.hbs');
    expect(r.ejected).toContain('styles/reader.css');
    const { manifest } = await loadManifest(r.manifestPath);
    expect(manifest).toMatchObject({ templates: 'templates', styles: 'styles' });
  });
});
