// The ZIP writer, read back by Info-ZIP's unzip (a reader that shares nothing with it).
import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { zip } from '../../../src/epub/zip.ts';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'reader-zip-'));
});
afterAll(async () => rm(dir, { recursive: true, force: true }));

it('writes stored and deflated entries that unzip tests and extracts byte for byte', async () => {
  const big = 'Lenin led to Stalin? '.repeat(5000);
  const bytes = new Uint8Array(Array.from({ length: 1000 }, (_, i) => (i * 37) % 256));
  const file = join(dir, 'a.zip');
  await writeFile(
    file,
    zip(
      [
        { name: 'mimetype', data: 'application/epub+zip', store: true },
        { name: 'EPUB/text.xhtml', data: big },
        { name: 'EPUB/images/b.bin', data: bytes },
      ],
      new Date('2026-11-01T12:34:56Z'),
    ),
  );
  expect(execFileSync('unzip', ['-t', file], { encoding: 'utf8' })).toMatch(/No errors detected/);
  const listing = execFileSync('unzip', ['-v', file], { encoding: 'utf8' });
  expect(listing).toMatch(/\s20\s+Stored\s+20\s+0%\s+2026-11-01 12:34\s+[0-9a-f]{8}\s+mimetype/);
  expect(listing).toMatch(/Defl:\w .* EPUB\/text\.xhtml/);
  execFileSync('unzip', ['-q', file, '-d', join(dir, 'x')]);
  expect(await readFile(join(dir, 'x/EPUB/text.xhtml'), 'utf8')).toBe(big);
  expect(new Uint8Array(await readFile(join(dir, 'x/EPUB/images/b.bin')))).toEqual(bytes);
  // The mimetype's bytes sit at offset 38, where a reader looks for them.
  expect(Buffer.from((await readFile(file)).subarray(30, 58)).toString('latin1')).toBe('mimetypeapplication/epub+zip');
});

it('gives the same bytes for the same input and date', () => {
  const entries = [{ name: 'a', data: 'x'.repeat(100) }];
  expect(Buffer.from(zip(entries, new Date(0))).equals(Buffer.from(zip(entries, new Date(0))))).toBe(true);
});
