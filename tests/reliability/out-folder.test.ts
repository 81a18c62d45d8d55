// The output folder never touches a user's files: folders that hold the project's inputs are
// refused, a folder the tool did not make is refused, and in its own folder a build replaces
// or removes only names its record lists. Through the real CLI, as a user runs it.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { OUT_MARKER } from '../../src/util/out-folder.ts';
import { firstLine, hasStack, ONE_PARAGRAPH, runBuild, tinyProject, type CliRun } from './helpers.ts';

const sha = (p: string) => createHash('sha256').update(readFileSync(p)).digest('hex');

/** Every file under `dir` with its sha256: the whole project, to show nothing in it changed. */
function snapshot(dir: string, skip = new Set<string>()): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (skip.has(p)) continue;
      if (statSync(p).isDirectory()) walk(p);
      else out[relative(dir, p)] = sha(p);
    }
  };
  walk(dir);
  return out;
}

function expectRefused(run: CliRun, code: string | RegExp): void {
  expect(run.code, run.stderr).toBe(2);
  expect(firstLine(run.stderr)).toMatch(code);
  expect(hasStack(run.stderr)).toBe(false);
  // Every refusal says what to use instead.
  expect(run.stderr).toMatch(/--out/);
}

describe('an output folder that holds the project is refused, and nothing in the project changes', () => {
  it('--out . (the project folder), with the sources in assets/', () => {
    // The case that lost a user's only copy: sources and notes in assets/, built with --out .
    const dir = tinyProject({ 'assets/one.txt': ONE_PARAGRAPH, 'assets/my-notes.md': '# my notes\n' }, [{ id: 'one', source: 'assets/one.txt' }]);
    const before = snapshot(dir);
    const run = runBuild(dir, dir);
    expectRefused(run, /is the project folder/);
    expect(snapshot(dir)).toEqual(before);
  });

  it('--out content: holds a source; a user file that looks like a leftover and one named like an output stay', () => {
    const dir = tinyProject({ 'content/one.txt': ONE_PARAGRAPH, 'content/chapter.old-2023': 'old draft\n', 'content/reader.warnings.txt': 'x'.repeat(7958) });
    const before = snapshot(dir);
    const run = runBuild(dir, join(dir, 'content'));
    expectRefused(run, /holds `.*content\/one\.txt`, a source of this reader/);
    expect(snapshot(dir)).toEqual(before);
  });

  it('an output folder inside styles/ or templates/, or one that holds reader.yaml', () => {
    const dir = tinyProject({ 'content/one.txt': ONE_PARAGRAPH, 'styles/extra.css': 'p { color: black }\n' }, undefined, 'styles: styles');
    const before = snapshot(dir);
    expectRefused(runBuild(dir, join(dir, 'styles', 'out')), /lies inside `.*styles`, a folder of templates or styles/);
    expectRefused(runBuild(dir, join(dir, 'templates')), /is a folder of templates or styles/);
    expectRefused(runBuild(dir, join(dir, '..')), /holds `.*reader\.yaml`, the manifest/);
    expect(snapshot(dir)).toEqual(before);
  });

  it('a non-empty folder the tool did not make', () => {
    const dir = tinyProject({ 'content/one.txt': ONE_PARAGRAPH, 'notes/ideas.txt': 'mine\n' });
    const before = snapshot(dir);
    const run = runBuild(dir, join(dir, 'notes'));
    expectRefused(run, /is not empty and was not made by reader \(it holds `ideas\.txt`\)/);
    expect(snapshot(dir)).toEqual(before);
  });
});

describe('in a folder of its own, a build touches only what it wrote', () => {
  it('builds into a new folder, marks it, and leaves a user file dropped in there alone on every rebuild', () => {
    const dir = tinyProject({ 'content/one.txt': ONE_PARAGRAPH });
    const out = join(dir, 'out');
    const first = runBuild(dir, out);
    expect(first.code, first.stderr).toBe(0);
    const record = JSON.parse(readFileSync(join(out, OUT_MARKER), 'utf8')) as { wrote: string[]; temp: string[] };
    expect(record.wrote).toEqual(expect.arrayContaining(['reader.pdf', 'build.json', 'assets', '.cache']));
    expect(record.temp).toEqual([]);
    // The user keeps a file or two beside the outputs, some with names that look like leftovers.
    writeFileSync(join(out, 'chapter.old-2023'), 'old draft\n');
    mkdirSync(join(out, '.staging-mine'));
    writeFileSync(join(out, '.staging-mine', 'draft.txt'), 'mine\n');
    writeFileSync(join(out, 'my-notes.txt'), 'notes\n');
    const mine = snapshot(
      out,
      new Set(
        readdirSync(out)
          .filter((n) => !['chapter.old-2023', '.staging-mine', 'my-notes.txt'].includes(n))
          .map((n) => join(out, n)),
      ),
    );
    writeFileSync(join(dir, 'content', 'one.txt'), `${ONE_PARAGRAPH}A second paragraph, so the book changes.\n`);
    const second = runBuild(dir, out);
    expect(second.code, second.stderr).toBe(0);
    expect(
      snapshot(
        out,
        new Set(
          readdirSync(out)
            .filter((n) => !['chapter.old-2023', '.staging-mine', 'my-notes.txt'].includes(n))
            .map((n) => join(out, n)),
        ),
      ),
    ).toEqual(mine);
    expect(readdirSync(out).filter((n) => n.startsWith('.staging-'))).toEqual(['.staging-mine']);

    // A user's file with the name of an output the tool never wrote there stops the write: nothing replaced.
    writeFileSync(join(out, 'reader-booklet.pdf'), 'my own booklet\n');
    const booklet = runBuildArgs(dir, out, ['--impose', 'booklet']);
    expect(booklet.code, booklet.stderr).toBe(2);
    expect(firstLine(booklet.stderr)).toMatch(/holds `reader-booklet\.pdf`, which reader did not write/);
    expect(readFileSync(join(out, 'reader-booklet.pdf'), 'utf8')).toBe('my own booklet\n');
    expect(existsSync(join(out, '.lock'))).toBe(false);
  });

  it("adopts an earlier version's output folder (its own names and build.json, no marker)", () => {
    const dir = tinyProject({ 'content/one.txt': ONE_PARAGRAPH });
    const out = join(dir, 'out');
    mkdirSync(join(out, 'assets'), { recursive: true });
    writeFileSync(join(out, 'reader.pdf'), 'old');
    writeFileSync(join(out, 'build.json'), JSON.stringify({ pdf: 'reader.pdf', texts: [] }));
    const run = runBuild(dir, out);
    expect(run.code, run.stderr).toBe(0);
    expect(existsSync(join(out, OUT_MARKER))).toBe(true);
  });
});

function runBuildArgs(dir: string, out: string, args: string[]): CliRun {
  return runBuild(dir, out, {}, args);
}
