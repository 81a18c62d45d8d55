// Faults through the real CLI: no Chromium, a crash, a hang, Ctrl-C, a second build, an
// unwritable or full disk. Each ends in a clear error (or exit 130), with no Chromium
// process left, no staging folder left, and the earlier PDF intact.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  descendants,
  earlierOutput,
  firstLine,
  hasStack,
  isChromium,
  killStarted,
  leftovers,
  ONE_PARAGRAPH,
  runBuild,
  running,
  startBuild,
  tinyProject,
} from './helpers.ts';

afterEach(killStarted);

const PDF = '%PDF-1.4 earlier build\n';
const project = () => tinyProject({ 'content/one.txt': ONE_PARAGRAPH, ...earlierOutput(PDF) });
const earlierPdf = (dir: string) => readFileSync(join(dir, 'out', 'reader.pdf'), 'utf8');

/** Run a build in the background, noting every Chromium process it starts. */
async function watchedBuild(dir: string, env: Record<string, string>) {
  const run = startBuild(dir, join(dir, 'out'), env);
  const seen = new Set<number>();
  const poll = setInterval(() => {
    for (const pid of descendants(run.child.pid!)) if (isChromium(pid)) seen.add(pid);
  }, 100);
  const r = await run.done;
  clearInterval(poll);
  // The first line that is not progress: the error the CLI printed.
  const error = r.stderr.split('\n').find((l) => l.trim() && !/^(manifest|ingest|normalize|analyze|compose|render|write)\s/.test(l)) ?? '';
  return { ...r, error, chromium: [...seen] };
}

describe('faults', () => {
  it('Chromium missing: says how to install it', () => {
    const dir = project();
    const r = runBuild(dir, undefined, { READER_CHROMIUM: '/nonexistent' });
    expect(r.code).toBe(2);
    expect(firstLine(r.stderr)).toBe('READER_CHROMIUM points at `/nonexistent`, which does not exist; the PDF is printed by a local Chromium');
    expect(r.stderr).toContain('apt-get install -y chromium');
    expect(hasStack(r.stderr)).toBe(false);
    expect(earlierPdf(dir)).toBe(PDF);
  });

  it('Chromium crashes during layout, twice: retried once, then a clear error, nothing left behind', async () => {
    const dir = project();
    const r = await watchedBuild(dir, { READER_FAULT: 'crash' });
    expect(r.code, r.stderr).toBe(2);
    expect(r.stderr).toMatch(/retrying once: Chromium (exited|crashed) during/);
    expect(r.stderr).toMatch(/Chromium (exited|crashed) during (layout|rendering).*\(twice: the retry failed too\)/);
    expect(hasStack(r.stderr)).toBe(false);
    expect(r.chromium.length).toBeGreaterThan(0);
    expect(r.chromium.filter(running)).toEqual([]);
    expect(earlierPdf(dir)).toBe(PDF);
    expect(leftovers(join(dir, 'out'))).toEqual([]);
    expect(existsSync(join(dir, 'out', '.lock'))).toBe(false);
  });

  it('Chromium crashes once: the retry builds the PDF', async () => {
    const dir = project();
    const r = await watchedBuild(dir, { READER_FAULT: 'crash-once' });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/retrying once/);
    expect(earlierPdf(dir).startsWith('%PDF-')).toBe(true);
    expect(earlierPdf(dir)).not.toBe(PDF);
    expect(r.chromium.filter(running)).toEqual([]);
  });

  it('layout hangs: no page comes, the watchdog stops it, retries once, then a clear error and no Chromium left', async () => {
    const dir = project();
    const r = await watchedBuild(dir, { READER_FAULT: 'hang', READER_LAYOUT_STALL_MS: '1500' });
    expect(r.code, r.stderr).toBe(2);
    expect(r.stderr).toMatch(/Layout made no progress for \d+(\.\d)? s, before its first page \(twice: the retry failed too\)/);
    expect(r.stderr).toContain('READER_LAYOUT_STALL_MS');
    expect(r.chromium.filter(running)).toEqual([]);
    expect(earlierPdf(dir)).toBe(PDF);
    expect(leftovers(join(dir, 'out'))).toEqual([]);
  });

  it('layout hangs past its whole budget: the retry is not given more time, one clear error', async () => {
    const dir = project();
    const r = await watchedBuild(dir, { READER_FAULT: 'hang', READER_LAYOUT_TIMEOUT_MS: '1500' });
    expect(r.code, r.stderr).toBe(2);
    expect(r.stderr).toMatch(/Layout did not finish within 1\.5 s \(0 pages laid out\); no time was left to retry/);
    expect(r.stderr).toContain('READER_LAYOUT_TIMEOUT_MS');
    expect(r.chromium.filter(running)).toEqual([]);
    expect(earlierPdf(dir)).toBe(PDF);
    expect(leftovers(join(dir, 'out'))).toEqual([]);
  });

  it('a second build into the same out/ refuses; Ctrl-C on the first cleans up and exits 130', async () => {
    const dir = project();
    // The first build hangs in layout (holding the lock) until we interrupt it: a small book
    // would otherwise finish before the second build even starts on a busy machine.
    const first = startBuild(dir, join(dir, 'out'), { READER_FAULT: 'hang', READER_LAYOUT_TIMEOUT_MS: '120000' });
    await first.waitFor(/render\s+laying out pages/);
    // The first build holds out/.lock: the second one must refuse, naming its pid.
    const second = spawnSync(process.execPath, ['bin/reader.js', 'build', '-q', '--config', join(dir, 'reader.yaml'), '--out', join(dir, 'out')], {
      encoding: 'utf8',
    });
    expect(second.status).toBe(2);
    expect(firstLine(second.stderr)).toMatch(new RegExp(`: Another build \\(pid ${first.child.pid}\\) is writing to`));
    const chromium = descendants(first.child.pid!).filter(isChromium);
    first.child.kill('SIGINT');
    const r = await first.done;
    expect(r.code, r.stderr).toBe(130);
    expect(r.stderr).toContain('Interrupted');
    expect(hasStack(r.stderr)).toBe(false);
    expect(chromium.filter(running)).toEqual([]);
    expect(descendants(first.child.pid!)).toEqual([]);
    expect(leftovers(join(dir, 'out'))).toEqual([]);
    expect(existsSync(join(dir, 'out', '.lock'))).toBe(false);
    expect(earlierPdf(dir)).toBe(PDF);
  });

  it('out/ not writable (a path under a regular file, since tests run as root): a clear error', () => {
    const dir = project();
    writeFileSync(join(dir, 'afile'), 'not a folder\n');
    const r = runBuild(dir, join(dir, 'afile', 'out'));
    expect(r.code).toBe(2);
    expect(firstLine(r.stderr)).toMatch(/afile\/out: Cannot write to the output folder `.*afile\/out` \(ENOTDIR\)$/);
    expect(r.stderr).toContain('--out');
    expect(hasStack(r.stderr)).toBe(false);
  });

  it('disk full (simulated ENOSPC when committing): a clear error, the earlier PDF intact', async () => {
    const dir = project();
    const r = await watchedBuild(dir, { READER_FAULT: 'enospc' });
    expect(r.code, r.stderr).toBe(2);
    expect(r.error).toMatch(/out: Cannot write to the output folder `.*out`: no space left on the device \(ENOSPC\)$/);
    expect(r.stderr).toContain('earlier output was left as it was');
    expect(earlierPdf(dir)).toBe(PDF);
    expect(leftovers(join(dir, 'out'))).toEqual([]);
    expect(r.chromium.filter(running)).toEqual([]);
  });
});
