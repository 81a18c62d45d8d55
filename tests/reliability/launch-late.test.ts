// A build that stops at its manifest or at a source starts no Chromium: the browser is launched
// once a text has been read (src/pipeline/build.ts). It had been launched at once, so each bad
// input cost 1.5 s of CPU and 650 MB before its error.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from './case-harness.ts';

const dirs: string[] = [];
function project(files: Record<string, string | Uint8Array>): string {
  const dir = mkdtempSync(join(tmpdir(), 'reader-launch-late-'));
  dirs.push(dir);
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  return dir;
}
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

const YAML = 'title: T\ntexts:\n  - id: one\n    source: content/one.txt\n    title: One\n    author: A. Author\n    position: It says one thing.\n';

describe('a build that stops before layout', () => {
  it('starts no browser for a malformed manifest', async () => {
    const r = await runCli(project({ 'reader.yaml': 'title: T\ntexts: [\n' }), ['-q']);
    expect(r.code, r.stderr).toBe(2);
    expect(r.stderr).toMatch(/^reader\.yaml:\d+:\d+: Malformed YAML/);
    expect(r.chromium).toEqual([]);
  });

  it('starts no browser for a source that is binary data', async () => {
    const r = await runCli(project({ 'reader.yaml': YAML, 'content/one.txt': new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0, 1, 2, 3]) }), ['-q']);
    expect(r.code, r.stderr).toBe(2);
    expect(r.stderr).toMatch(/^content\/one\.txt:\d+:\d+: Source looks like binary data/);
    expect(r.chromium).toEqual([]);
  });

  it('starts one once the texts are read, and builds', async () => {
    const r = await runCli(project({ 'reader.yaml': YAML, 'content/one.txt': 'One short paragraph of text, enough for a page.\n' }), ['-q']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.chromium.length).toBeGreaterThan(0);
  });
});
