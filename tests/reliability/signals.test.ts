// Killed builds (issue #24): SIGTERM and SIGHUP stop a build as Ctrl-C does (clean up, exit
// 143 or 129); SIGKILL leaves no Chromium behind (it runs on a pipe that dies with us); a
// signal after the PDF was written exits 0. The earlier PDF, a real one, stays whole.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { descendants, hasStack, isChromium, killStarted, leftovers, ONE_PARAGRAPH, runBuild, running, startBuild, tinyProject } from './helpers.ts';

afterEach(killStarted);

let built: string;
beforeAll(() => {
  // One real build: each case starts from a copy of it, its PDF the one that must survive.
  built = tinyProject({ 'content/one.txt': ONE_PARAGRAPH });
  const r = runBuild(built);
  if (r.code !== 0) throw new Error(r.stderr);
});

const sha = (p: string) => createHash('sha256').update(readFileSync(p)).digest('hex');
function copy(): string {
  const dir = mkdtempSync(join(tmpdir(), 'reader-sig-'));
  cpSync(built, dir, { recursive: true });
  return dir;
}

/** Start a build that lays out until stopped (a page that spins), and wait until it renders. */
async function renderingBuild(dir: string) {
  const run = startBuild(dir, join(dir, 'out'), { READER_FAULT: 'hang', READER_LAYOUT_TIMEOUT_MS: '300000' }, ['--force']);
  await run.waitFor(/render\s+laying out pages/);
  return { run, chromium: descendants(run.child.pid!).filter(isChromium) };
}

function expectIntact(dir: string, pdfSha: string, sourceSha: string) {
  expect(sha(join(dir, 'out', 'reader.pdf'))).toBe(pdfSha);
  expect(sha(join(dir, 'content', 'one.txt'))).toBe(sourceSha);
  execFileSync('qpdf', ['--check', join(dir, 'out', 'reader.pdf')], { stdio: 'ignore' });
  expect(leftovers(join(dir, 'out'))).toEqual([]);
  expect(existsSync(join(dir, 'out', '.lock'))).toBe(false);
}

/** Chromium processes exit a moment after their browser's pipe closes: wait for it. */
async function gone(pids: number[]): Promise<number[]> {
  for (let i = 0; i < 200 && pids.some(running); i++) await new Promise((r) => setTimeout(r, 50));
  return pids.filter(running);
}

describe('signals', () => {
  for (const [signal, code, says] of [
    ['SIGTERM', 143, 'Stopped by SIGTERM'],
    ['SIGHUP', 129, 'Stopped by SIGHUP'],
    ['SIGINT', 130, 'Interrupted'],
  ] as const) {
    it(`${signal} during layout: cleans up, exits ${code}, the earlier PDF intact`, async () => {
      const dir = copy();
      const pdf = sha(join(dir, 'out', 'reader.pdf'));
      const source = sha(join(dir, 'content', 'one.txt'));
      const { run, chromium } = await renderingBuild(dir);
      expect(chromium.length).toBeGreaterThan(0);
      run.child.kill(signal);
      const r = await run.done;
      expect(r.code, r.stderr).toBe(code);
      expect(r.stderr).toContain(says);
      expect(hasStack(r.stderr)).toBe(false);
      expect(await gone(chromium)).toEqual([]);
      expectIntact(dir, pdf, source);
    });
  }

  it('SIGKILL: no Chromium outlives the build', async () => {
    const dir = copy();
    const { run, chromium } = await renderingBuild(dir);
    expect(chromium.length).toBeGreaterThan(0);
    run.child.kill('SIGKILL');
    await run.done;
    expect(await gone(chromium)).toEqual([]);
  });

  it('a signal once the PDF is written: exit 0, the new PDF whole', async () => {
    const dir = copy();
    const run = startBuild(dir, join(dir, 'out'), {}, ['--force']);
    // `write` is printed once the outputs are committed.
    await run.waitFor(/^write\s+\S*reader\.pdf$/m);
    const delivered = run.child.kill('SIGINT');
    const r = await run.done;
    if (r.code === null) {
      // The signal came while Node was tearing the finished process down (its handlers gone, the
      // summary printed): the OS reports the signal, and the output must be whole all the same.
      expect(run.child.signalCode, r.stderr).toBe('SIGINT');
      expect(r.stderr).toMatch(/reader\.pdf: \d+ pages, .* s\n/);
    } else expect(r.code, r.stderr).toBe(0);
    if (delivered && r.stderr.includes('Interrupted')) expect(r.stderr).toContain('had finished when SIGINT came');
    execFileSync('qpdf', ['--check', join(dir, 'out', 'reader.pdf')], { stdio: 'ignore' });
    expect(leftovers(join(dir, 'out'))).toEqual([]);
  });
});
