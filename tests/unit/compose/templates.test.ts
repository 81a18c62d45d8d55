import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ReaderError } from '../../../src/errors.ts';
import { loadTemplates } from '../../../src/compose/templates.ts';

function userDir(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'reader-tpl-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

async function errorOf(files: Record<string, string>): Promise<ReaderError> {
  const dir = userDir(files);
  const e = await loadTemplates(dir, dir).then(
    () => undefined,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(ReaderError);
  return e as ReaderError;
}

describe('templates', () => {
  it('a user folder overrides a partial by name', async () => {
    const dir = userDir({ 'partials/introduction.hbs': '<section id="introduction"><h1>Our own introduction for {{reader.title}}</h1></section>' });
    const t = await loadTemplates(dir, dir);
    expect(t.files.introduction).toBe(join(dir, 'partials/introduction.hbs'));
    const html = t.render({ reader: { title: 'A & B', language: 'en' }, texts: [], stylesheets: [] });
    expect(html).toContain('Our own introduction for A &amp; B');
  });

  it('a syntax error names the template file and line', async () => {
    const e = await errorOf({ 'partials/cover.hbs': '<section>\n<h1>{{reader.title}}</h1>\n{{#if reader.subtitle}}\n<p>x</p>\n' });
    expect(e.code).toBe('TemplateSyntax');
    expect(e.line).toMatch(/^partials\/cover\.hbs:\d+(:\d+)?: Template syntax error/);
  });

  it('an unknown helper names the file, line and column, with a suggestion', async () => {
    const e = await errorOf({ 'partials/cover.hbs': '<section>\n<p>{{formatDat reader.date}}</p>\n</section>' });
    expect(e.code).toBe('TemplateHelperMissing');
    expect(e.line).toBe('partials/cover.hbs:2:4: Unknown helper `formatDat`');
    expect(e.hint).toContain('formatDate');
  });

  it('a bad partial names the file and line', async () => {
    const e = await errorOf({ 'reader.hbs': '<html>\n<body>\n{{> covr}}\n</body></html>' });
    expect(e.code).toBe('TemplatePartialMissing');
    expect(e.line).toBe('reader.hbs:3:1: Unknown partial `covr`');
    expect(e.hint).toContain('cover');
  });

  it('escapes source text: Handlebars syntax inside a text prints literally', async () => {
    const t = await loadTemplates();
    const html = t.render({ reader: { title: '{{> cover}} <script>alert(1)</script>', language: 'en' }, texts: [], stylesheets: [] });
    expect(html).toContain('{{&gt; cover}} &lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).not.toContain('<script>alert(1)');
  });
});

describe('the introduction’s texts table', () => {
  // A year with no publication printed "not stated, 2024" (a new user's reader).
  it.each([['reader'], ['large-print']])('gives the year alone when only the year is known (%s)', async (profile) => {
    const t = await loadTemplates(undefined, process.cwd());
    const text = { id: 'a', number: 1, title: 'T', words: 100, readingMinutes: 1, noteCount: 0 };
    const view = {
      profile,
      reader: { title: 'R' },
      texts: [
        { ...text, year: 2024 },
        { ...text, id: 'b', publication: 'Red Pepper', year: 2023 },
        { ...text, id: 'c' },
      ],
    };
    const html = t.partial('introduction', view);
    const cells = [...html.matchAll(/<\/th><td>(.*?)(?:<span class="facts">|<\/td>)/g)].map((m) => m[1]);
    expect(cells).toEqual(['2024', 'Red Pepper, 2023', '<span class="unknown">not stated</span>']);
  });
});

describe('the editor’s note on calls with no note', () => {
  // It said the source's notes list "was not part of the copy we received": a claim the tool
  // cannot know (a new user's PDF had its notes at the page foot, read as text).
  it('says only what the tool knows: the copy gives no text for the note', async () => {
    const t = await loadTemplates(undefined, process.cwd());
    const one = t.partial('notes', { id: 'a', orphanNotes: [], missingNotes: [1] });
    expect(one).toContain('The source calls note [1], but the copy this reader was made from gives no text for it.');
    const two = t.partial('notes', { id: 'a', orphanNotes: [], missingNotes: [1, 2] });
    expect(two).toMatch(/notes \[1\].{1,3}\[2\], but the copy this reader was made from gives no text for them\./);
    expect(one + two).not.toMatch(/not part of the copy|we received/);
  });
});
