import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { guessMetadata } from '../../../src/init/guess.ts';
import { isSourceFile, readSourceText } from '../../../src/init/source-text.ts';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'reader-source-text-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('readSourceText', () => {
  it('Markdown: front matter wins, else the first heading', async () => {
    const withFm = join(dir, 'a.md');
    await writeFile(withFm, '---\ntitle: From Front Matter\nauthor: Ana Pérez\ndate: 2020-01-02\n---\n# Heading\n\nBody.\n');
    const a = await readSourceText(withFm);
    expect(guessMetadata(a.text, a.known)).toMatchObject({ title: { value: 'From Front Matter' }, author: { value: 'Ana Pérez' }, date: { value: '2020-01-02' } });
    const plain = join(dir, 'b.md');
    await writeFile(plain, 'Intro line that is long enough to be a paragraph of the text, really quite long.\n\n# The Heading\n\nby Jane Roe\n');
    const b = await readSourceText(plain);
    expect(guessMetadata(b.text, b.known)).toMatchObject({ title: { value: 'The Heading', line: 3 }, author: { value: 'Jane Roe', line: 5 } });
  });

  it('HTML: meta tags and the <h1>, and the text for the rest', async () => {
    const file = join(dir, 'c.html');
    await writeFile(file, '<!doctype html><html><head><title>Page Title | Site</title><meta name="author" content="Rosa Luxemburg"></head><body><h1>The Russian Revolution</h1><p>Translated by Bertram Wolfe</p><p>Body text.</p></body></html>');
    const c = await readSourceText(file);
    expect(guessMetadata(c.text, c.known)).toMatchObject({ title: { value: 'The Russian Revolution' }, author: { value: 'Rosa Luxemburg' }, translator: { value: 'Bertram Wolfe' } });
  });

  it('takes .txt, .md, .html and .pdf, not hidden or other files', () => {
    expect(['a.txt', 'b.MD', 'c.htm', 'd.pdf', '.e.txt', 'f.docx'].filter(isSourceFile)).toEqual(['a.txt', 'b.MD', 'c.htm', 'd.pdf']);
  });
});
