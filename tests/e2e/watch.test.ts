// `reader build --watch` writes each new PDF before its PDF/UA check and puts the claim in only
// once the check passed (src/pipeline/claim-after-write.ts): the file on disk never claims
// what was not checked, the claim it ends with is the one a plain build makes, a failed check
// leaves the claim out with its warnings written down, and a check abandoned for a newer build
// leaves no lock or staging behind. The CLI loop is run as a user runs it, in the real Chromium.
import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { appendFile, cp, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ensureBundle } from '../../scripts/cli-bundle.mjs';
import { build, keepIfUpToDate } from '../../src/pipeline/index.ts';
import { claimAfterWrite } from '../../src/pipeline/claim-after-write.ts';
import type { BuildReport } from '../../src/pipeline/report.ts';
import { guardOf } from '../../src/util/out-folder.ts';
import { loadManifest } from '../../src/manifest/load.ts';

const sample = inject('sample');
const CLAIM = 'pdfuaid:part';
const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');
const claims = (b: Uint8Array) => Buffer.from(b).includes(CLAIM);

let dir: string;
let config: string;
let out: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'reader-watch-'));
  await cp('content', join(dir, 'content'), { recursive: true });
  await cp('reader.yaml', join(dir, 'reader.yaml'));
  config = join(dir, 'reader.yaml');
  out = join(dir, 'out');
  // The sample's output folder as the suite's build left it: its caches make these builds quick.
  await cp(sample.out, out, { recursive: true });
});

/** Watches this file started: one still running when the file ends (a test timed out) is killed, not left behind. */
const watches = new Set<ChildProcess>();
afterAll(async () => {
  for (const child of watches) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  if (dir) await rm(dir, { recursive: true, force: true });
});

const leftovers = async () => (await readdir(out)).filter((n) => n === '.lock' || n.startsWith('.staging'));

describe('the PDF/UA check after the write', () => {
  it('writes the PDF without the claim, then claims it once the check passed, as a plain build would', async () => {
    const result = await build({ config, out, checkAfterWrite: true });
    const written = new Uint8Array(await readFile(result.pdfPath));
    expect(claims(written)).toBe(false);
    expect(result.claimLater).toBeTypeOf('function');
    // A check abandoned for a newer build leaves the PDF without the claim and nothing behind.
    const stop = new AbortController();
    stop.abort();
    await expect(result.claimLater!(stop.signal)).rejects.toThrow(/abort/i);
    expect(sha(new Uint8Array(await readFile(result.pdfPath)))).toBe(sha(written));
    expect(await leftovers()).toEqual([]);
    // Run to the end, it puts the claim in.
    const outcome = await result.claimLater!(new AbortController().signal);
    expect(outcome).toMatchObject({ claimed: true, failed: [], warnings: [] });
    const claimed = new Uint8Array(await readFile(result.pdfPath));
    expect(claims(claimed)).toBe(true);
    // The same bytes but the blanked claim: nothing else was rewritten.
    expect(claimed.length).toBe(written.length);
    // build.json knows the claiming file, so the next plain build keeps it.
    const report = JSON.parse(await readFile(join(out, 'build.json'), 'utf8')) as BuildReport;
    expect(report.pdfSha256).toBe(sha(claimed));
    expect((await keepIfUpToDate({ config, out })).kept?.pdfPath).toBe(result.pdfPath);
    expect(await leftovers()).toEqual([]);
  });

  it('a failed check keeps the claim out and writes its failures into build.json and the warnings file', async () => {
    const pdf = new Uint8Array(await readFile(join(out, 'reader.pdf')));
    const claimed = new Uint8Array(await readFile(sample.pdf));
    expect(claims(claimed)).toBe(true);
    const report = JSON.parse(await readFile(join(out, 'build.json'), 'utf8')) as BuildReport;
    const before = report.warnings.length;
    // Words the PDF does not hold: the text-layer rule fails.
    const outcome = await claimAfterWrite(
      {
        outDir: out,
        guard: guardOf(await loadManifest(config)),
        claimed,
        sourceHtml: '<!doctype html><html lang="en"><body><p>Nothing of this is in the book at all, zebra quokka.</p></body></html>',
        report,
        files: { pdf: 'reader.pdf', report: 'build.json', warnings: 'reader.warnings.txt' },
      },
      new AbortController().signal,
    );
    expect(outcome.claimed).toBe(false);
    expect(outcome.failed.map((r) => r.rule)).toContain('reader:text-layer');
    expect(outcome.warnings.every((w) => w.startsWith('PDF/UA claim dropped:'))).toBe(true);
    // The file on disk was not touched; the failures are written down.
    expect(sha(new Uint8Array(await readFile(join(out, 'reader.pdf'))))).toBe(sha(pdf));
    const after = JSON.parse(await readFile(join(out, 'build.json'), 'utf8')) as BuildReport;
    expect(after.warnings.length).toBe(before + outcome.failed.length);
    expect(after.warnings.at(-1)?.rule).toBe('pdfua-check');
    expect(await readFile(join(out, 'reader.warnings.txt'), 'utf8')).toMatch(/reader\.pdf: PDF\/UA claim dropped: reader:text-layer/);
    expect(await leftovers()).toEqual([]);
  });
});

describe('reader build --watch', () => {
  it('prints each rebuilt PDF before its check, claims it after, and stops clean on Ctrl-C', async () => {
    await ensureBundle();
    const child = spawn(process.execPath, [resolve('bin/reader.js'), 'build', '--watch', '--config', config, '--out', out], {
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    watches.add(child);
    let stderr = '';
    const waiters: Array<{ pattern: RegExp; from: number; done: () => void }> = [];
    const exited = new Promise<number | null>((done) => child.once('close', done));
    // A dropped claim or a crash is an answer too: the waits below fail at once, not at the hang backstop.
    let fail: (e: Error) => void = () => {};
    const failed = new Promise<never>((_, reject) => (fail = reject));
    failed.catch(() => {});
    child.stderr.on('data', (d: Buffer) => {
      stderr += d;
      if (/PDF\/UA claim dropped|reader crashed/.test(stderr)) fail(new Error(`reader build --watch: ${stderr.slice(-800)}`));
      for (const w of waiters.splice(0))
        if (w.pattern.test(stderr.slice(w.from))) w.done();
        else waiters.push(w);
    });
    // Resolves with the offset just after the match; rejects if the watch exits first.
    const waitFor = (pattern: RegExp, from = 0) =>
      Promise.race([
        new Promise<number>((done) => {
          const settle = () => {
            const m = pattern.exec(stderr.slice(from));
            done(from + m!.index + m![0].length);
          };
          if (pattern.test(stderr.slice(from))) settle();
          else waiters.push({ pattern, from, done: settle });
        }),
        exited.then((code) => {
          throw new Error(`reader build --watch exited (${code}): ${stderr.slice(-800)}`);
        }),
        failed,
      ]);
    try {
      const built = await waitFor(/: \d+ pages, .* s\n/);
      const checked = await waitFor(/reader\.pdf: checked, PDF\/UA-1 claimed\n/, built);
      await waitFor(/Watching for changes/);
      expect(claims(new Uint8Array(await readFile(join(out, 'reader.pdf'))))).toBe(true);
      // An edit: the rebuilt PDF is announced, then checked and claimed.
      await appendFile(join(dir, 'content', sample.report.texts[1]!.source.replace(/^content\//, '')), '\nOne more sentence, added while watching.\n');
      const rebuilt = await waitFor(/: \d+ pages, .* s\n/, checked);
      await waitFor(/reader\.pdf: checked, PDF\/UA-1 claimed\n/, rebuilt);
      const pdf = new Uint8Array(await readFile(join(out, 'reader.pdf')));
      expect(claims(pdf)).toBe(true);
      const report = JSON.parse(await readFile(join(out, 'build.json'), 'utf8')) as BuildReport;
      expect(report.pdfSha256).toBe(sha(pdf));
    } finally {
      child.kill('SIGINT');
    }
    expect(await exited).toBe(130);
    expect(stderr).not.toMatch(/reader crashed|PDF\/UA claim dropped/);
    expect(await leftovers()).toEqual([]);
  });
});
