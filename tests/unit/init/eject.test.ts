import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ejectDefaults } from '../../../src/init/eject.ts';

let dir: string;
const manifest = '# My reader — keep this comment\ntitle: T # and this one\ntexts: []\n';
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'reader-eject-'));
  await writeFile(join(dir, 'reader.yaml'), manifest);
});
afterEach(() => rm(dir, { recursive: true, force: true }));

describe('ejectDefaults', () => {
  it('copies templates with partials and sets `templates:` keeping comments', async () => {
    const r = await ejectDefaults('templates', { config: join(dir, 'reader.yaml') });
    expect(r).toMatchObject({ folder: 'templates', manifestChanged: true });
    expect(r.written).toEqual(expect.arrayContaining(['templates/reader.hbs', 'templates/partials/cover.hbs']));
    expect(await readFile(join(dir, 'templates/reader.hbs'), 'utf8')).toBe(await readFile('templates/reader.hbs', 'utf8'));
    const yaml = await readFile(join(dir, 'reader.yaml'), 'utf8');
    expect(yaml).toContain('# My reader — keep this comment');
    expect(yaml).toContain('title: T # and this one');
    expect(yaml).toMatch(/^templates: templates$/m);
  });

  it('refuses to overwrite without force, and overwrites with it', async () => {
    await ejectDefaults('styles', { config: join(dir, 'reader.yaml') });
    await writeFile(join(dir, 'styles/reader.css'), '/* mine */');
    await expect(ejectDefaults('styles', { config: join(dir, 'reader.yaml') })).rejects.toMatchObject({ code: 'EjectExists' });
    expect(await readFile(join(dir, 'styles/reader.css'), 'utf8')).toBe('/* mine */');
    const r = await ejectDefaults('styles', { config: join(dir, 'reader.yaml'), force: true });
    expect(r.manifestChanged).toBe(false);
    expect(await readFile(join(dir, 'styles/reader.css'), 'utf8')).not.toBe('/* mine */');
  });

  it('uses the folder reader.yaml already names', async () => {
    await writeFile(join(dir, 'reader.yaml'), `${manifest}styles: look\n`);
    const r = await ejectDefaults('styles', { config: join(dir, 'reader.yaml') });
    expect(r).toMatchObject({ folder: 'look', manifestChanged: false });
    expect(r.written).toContain('look/reader.css');
  });

  it('needs a manifest', async () => {
    await expect(ejectDefaults('styles', { config: join(dir, 'nope.yaml') })).rejects.toMatchObject({ code: 'ManifestNotFound' });
  });
});
