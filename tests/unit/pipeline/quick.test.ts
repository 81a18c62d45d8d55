// Quick mode's manifest, made from files alone: guesses, warnings at their source lines, and
// a bad file refused (file:line:col, exit 2) before anything is written.
import { copyFile, mkdir, mkdtemp, readdir, realpath, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { quickManifest } from '../../../src/pipeline/quick.ts';

const FIXTURES = 'tests/fixtures/init/held-out-2';
let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'reader-quick-'));
  await mkdir(join(dir, 'texts'));
  for (const f of ['hq-03-footnotes.md', 'hq-04-notes.txt', 'hq-07-blog.html', 'hq-05-leaflet.pdf']) await copyFile(join(FIXTURES, f), join(dir, 'texts', f));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

describe('quickManifest', () => {
  it('makes the manifest init would write, in memory, in the order given', async () => {
    const before = await readdir(dir, { recursive: true });
    const q = await quickManifest(['texts/hq-07-blog.html', 'texts/hq-03-footnotes.md', 'texts/hq-04-notes.txt'], { cwd: dir });
    expect(await readdir(dir, { recursive: true })).toEqual(before);
    const { manifest, root, placeholders } = q.loaded;
    expect(root).toBe(await realpath(dir));
    expect(manifest.texts.map((t) => [t.id, t.source, t.title, t.author])).toEqual([
      ['hq-07-blog', 'texts/hq-07-blog.html', 'Solidarity Is a Skill', 'Kwame Mensah and Lotte de Vries'],
      ['hq-03-footnotes', 'texts/hq-03-footnotes.md', 'The Shorter Working Day and Its Enemies', 'Rahul Menon'],
      ['hq-04-notes', 'texts/hq-04-notes.txt', 'A short history of the picket line', 'Joanna Kowalska'],
    ]);
    // Nothing the editor has to fill in reaches print, and init's TODOs are not warned of here.
    expect(JSON.stringify(manifest)).not.toMatch(/TODO/i);
    expect(placeholders).toEqual([]);
    expect(q.yaml).toContain('# guessed from line 1 (the first heading) — check');
    expect(q.inputs).toMatch(/^[0-9a-f]{64}$/);
  });

  it("warns of each text's guesses at their line in the source", async () => {
    const q = await quickManifest(['texts/hq-03-footnotes.md', 'texts/hq-07-blog.html'], { cwd: dir });
    expect(q.loaded.guesses).toEqual([
      {
        file: 'texts/hq-03-footnotes.md',
        line: 1,
        reason: expect.stringMatching(
          /^Guessed title `The Shorter Working Day and Its Enemies` \(line 1, the first heading\); author `Rahul Menon` \(line 3, .*\): check them in the PDF, or run `reader init` with these files and correct `title:` and `author:`/,
        ),
      },
      { file: 'texts/hq-07-blog.html', reason: expect.stringContaining('author `Kwame Mensah and Lotte de Vries`') },
    ]);
  });

  it('titles the reader by its one text, by --title, or by the folder (not a bland one)', async () => {
    expect((await quickManifest(['texts/hq-03-footnotes.md'], { cwd: dir })).loaded.manifest.title).toBe('The Shorter Working Day and Its Enemies');
    expect((await quickManifest(['texts/hq-03-footnotes.md', 'texts/hq-04-notes.txt'], { cwd: dir, title: 'Work and time' })).loaded.manifest.title).toBe(
      'Work and time',
    );
    // A folder's texts in name order; a folder called `texts` says nothing: the reader is 'Reader'.
    const q = await quickManifest(['.'], { cwd: join(dir, 'texts') });
    expect(q.loaded.manifest.title).toBe('Reader');
    expect(q.titleGuessed).toBe(true);
    expect(q.loaded.manifest.texts.map((t) => t.source)).toEqual(['hq-03-footnotes.md', 'hq-04-notes.txt', 'hq-05-leaflet.pdf', 'hq-07-blog.html']);
  });

  it("titles a folder's reader by the folder given or the files' own folder, never by the current one", async () => {
    // Run from an unrelated folder (the user's /tmp/hvt): the folder given names the reader.
    await mkdir(join(dir, 'hvt'));
    await mkdir(join(dir, 'hvt', 'housing-readings'));
    for (const f of ['hq-03-footnotes.md', 'hq-04-notes.txt']) await copyFile(join(FIXTURES, f), join(dir, 'hvt', 'housing-readings', f));
    expect((await quickManifest(['housing-readings'], { cwd: join(dir, 'hvt') })).loaded.manifest.title).toBe('Housing readings');
    expect((await quickManifest(['housing-readings/'], { cwd: join(dir, 'hvt') })).loaded.manifest.title).toBe('Housing readings');
    // A folder given by its absolute path, from a folder that does not hold it.
    expect((await quickManifest([join(dir, 'hvt', 'housing-readings')], { cwd: '/' })).loaded.manifest.title).toBe('Housing readings');
    // Files given: the folder they share, wherever the command runs.
    const files = ['housing-readings/hq-03-footnotes.md', 'housing-readings/hq-04-notes.txt'];
    expect((await quickManifest(files, { cwd: join(dir, 'hvt') })).loaded.manifest.title).toBe('Housing readings');
    // --title wins over the folder.
    expect((await quickManifest(['housing-readings'], { cwd: join(dir, 'hvt'), title: 'Homes' })).loaded.manifest.title).toBe('Homes');
  });

  it('takes files outside the current folder, paths from their common folder', async () => {
    await mkdir(join(dir, 'elsewhere'));
    const q = await quickManifest([join(dir, 'texts', 'hq-04-notes.txt'), '../texts/hq-03-footnotes.md'], { cwd: join(dir, 'elsewhere') });
    expect(q.loaded.manifest.texts.map((t) => [t.source, t.author])).toEqual([
      ['hq-04-notes.txt', 'Joanna Kowalska'],
      ['hq-03-footnotes.md', 'Rahul Menon'],
    ]);
  });

  it('refuses a missing file, a kind it cannot read, an empty text and a binary one, with the file and exit 2', async () => {
    await writeFile(join(dir, 'texts', 'empty.txt'), '  \n');
    await writeFile(join(dir, 'texts', 'photo.txt'), new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a]));
    await writeFile(join(dir, 'texts', 'essay.docx'), 'PK');
    await mkdir(join(dir, 'nothing'));
    const cases: Array<[string[], object]> = [
      [['texts/missing.txt'], { code: 'QuickNoFile', place: { file: 'texts/missing.txt' } }],
      [['texts/hq-04-notes.txt', 'texts/essay.docx'], { code: 'QuickUnknownKind', message: expect.stringContaining('(.docx)') }],
      [
        ['texts/hq-04-notes.txt', 'texts/empty.txt'],
        { code: 'SourceEmpty', place: { file: 'texts/empty.txt', line: 1, column: 1 }, hint: expect.stringContaining('Leave the file out') },
      ],
      [['texts/photo.txt'], { code: 'SourceBinary', message: expect.stringContaining('PNG'), place: { file: 'texts/photo.txt', line: 1, column: 1 } }],
      [['nothing'], { code: 'QuickNoTexts' }],
    ];
    const before = await readdir(dir, { recursive: true });
    for (const [files, error] of cases) await expect(quickManifest(files, { cwd: dir })).rejects.toMatchObject({ exitCode: 2, ...error });
    expect(await readdir(dir, { recursive: true })).toEqual(before);
  });
});
