// An unchanged rebuild is skipped; any change to a source, the manifest or a style rebuilds.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const dir = mkdtempSync(join(tmpdir(), 'reader-cache-'));
mkdirSync(join(dir, 'content'));
writeFileSync(join(dir, 'content', 'one.txt'), 'A short text.\n\nIt has two paragraphs.\n');
writeFileSync(
  join(dir, 'reader.yaml'),
  'title: Cache test\ntexts:\n  - id: one\n    source: content/one.txt\n    title: One\n    author: A. Writer\n    position: It is short.\n',
);
const build = (...extra: string[]) =>
  spawnSync(process.execPath, ['bin/reader.js', 'build', '--config', join(dir, 'reader.yaml'), ...extra], { encoding: 'utf8' });
const pdf = join(dir, 'out', 'reader.pdf');

describe('rebuilds', () => {
  it('skips a build when nothing changed, and rebuilds after an edit or with --force', () => {
    expect(build('--quiet').status).toBe(0);
    const first = statSync(pdf).mtimeMs;

    const again = build();
    expect(again.status).toBe(0);
    expect(again.stderr).toContain('is up to date');
    expect(statSync(pdf).mtimeMs).toBe(first);

    writeFileSync(join(dir, 'content', 'one.txt'), 'A short text, edited.\n\nIt has two paragraphs.\n');
    const edited = build();
    expect(edited.status).toBe(0);
    expect(edited.stderr).not.toContain('is up to date');
    const second = statSync(pdf).mtimeMs;
    expect(second).toBeGreaterThan(first);

    // An imposed copy of the kept PDF is written, and the message says so (not "use --force").
    const booklet = build('--impose', 'booklet');
    expect(booklet.status).toBe(0);
    expect(booklet.stderr).toContain('is up to date');
    expect(booklet.stderr).not.toContain('--force');
    expect(booklet.stderr).toMatch(/Wrote \S*reader-booklet\.pdf \(booklet from \d+ pages: \d+ A4 sheets?/);
    expect(statSync(join(dir, 'out', 'reader-booklet.pdf')).size).toBeGreaterThan(1000);
    expect(statSync(pdf).mtimeMs).toBe(second);

    const forced = build('--force', '--quiet');
    expect(forced.status).toBe(0);
    expect(statSync(pdf).mtimeMs).toBeGreaterThan(second);
  });
});
