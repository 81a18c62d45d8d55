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

  it('edits reader.yaml in place: one new line, every other byte as the user wrote it', async () => {
    const long = 'A reader whose title runs on well past the eighty columns at which YAML printers like to wrap';
    const user = [
      '# My reader',
      `title: ${long}`,
      'language: en   # aligned comment',
      'summary: >-',
      '  folded',
      '  text',
      '',
      '# The texts',
      'texts:',
      '  - id: a',
      '    source: content/a.txt',
      '    questions: [What does the first text say about it?, What does the second say about the same thing?]',
      '    rules: { disable: [hidden-break, split-word] }   # keep',
      '',
      '    # before b',
      "  - id: 'b'",
      '',
    ].join('\n');
    await writeFile(join(dir, 'reader.yaml'), user);
    await ejectDefaults('styles', { config: join(dir, 'reader.yaml') });
    const after = await readFile(join(dir, 'reader.yaml'), 'utf8');
    const lines = after.split('\n');
    // The one-line list stays one line, the long title unwrapped, the blank lines and comments kept.
    expect(lines.filter((l) => !user.split('\n').includes(l))).toEqual(['styles: styles']);
    expect(after.replace('styles: styles\n', '')).toBe(user);
    // With the settings, before the texts.
    expect(lines.indexOf('styles: styles')).toBe(lines.indexOf('  text') + 1);
  });

  it('replaces an existing value where it stands, keeping its comment', async () => {
    await writeFile(join(dir, 'reader.yaml'), `${manifest}templates:   # to fill\nstyles: [ ]\n`);
    await ejectDefaults('templates', { config: join(dir, 'reader.yaml') });
    expect(await readFile(join(dir, 'reader.yaml'), 'utf8')).toBe(`${manifest}templates: templates   # to fill\nstyles: [ ]\n`);
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
