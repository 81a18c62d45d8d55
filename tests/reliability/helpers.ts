// Small throwaway projects and a real-CLI runner for the reliability tests.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { descendantsOf } from '../../src/util/processes.ts';

/**
 * The files of an earlier build in `out/`: its PDF and the record that says the tool wrote it
 * (a build refuses a non-empty folder it did not make).
 */
export const earlierOutput = (pdf: string): Record<string, string> => ({
  'out/reader.pdf': pdf,
  'out/.reader-out.json': JSON.stringify({ tool: 'reader-press', version: 1, wrote: ['reader.pdf'], temp: [] }),
});

export const ONE_PARAGRAPH = 'This is one short paragraph of text, enough for a page and no more.\n';

export interface TextEntry {
  id: string;
  source: string;
  extra?: string;
}

/** A project folder with `reader.yaml` and the given files (path -> content). */
export function tinyProject(files: Record<string, string | Uint8Array>, texts: TextEntry[] = [{ id: 'one', source: 'content/one.txt' }], head = ''): string {
  const dir = mkdtempSync(join(tmpdir(), 'reader-rel-'));
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  const yaml = [`title: Reliability`, head, 'texts:', ...texts.flatMap((t) => [`  - id: ${t.id}`, `    source: ${t.source}`, `    title: Text ${t.id}`, '    author: A. Author', '    position: It says one thing.', ...(t.extra ? [t.extra] : [])])].filter(Boolean).join('\n');
  writeFileSync(join(dir, 'reader.yaml'), `${yaml}\n`);
  return dir;
}

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** `reader build` through the real CLI (bin/reader.js), as a user runs it. */
export function runBuild(dir: string, out = join(dir, 'out'), env: Record<string, string> = {}, args: string[] = []): CliRun {
  const r = spawnSync(process.execPath, ['bin/reader.js', 'build', '-q', '--config', join(dir, 'reader.yaml'), '--out', out, ...args], { encoding: 'utf8', env: { ...process.env, ...env } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Builds started by startBuild, so a test that times out can end them (see killStarted). */
const started = new Set<import('node:child_process').ChildProcess>();

/** End any build a failed or timed-out test left running. */
export function killStarted(): void {
  for (const child of started) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  started.clear();
}

/** Start `reader build` without waiting (for signals and concurrent builds). */
export function startBuild(dir: string, out = join(dir, 'out'), env: Record<string, string> = {}) {
  const child = spawn(process.execPath, ['bin/reader.js', 'build', '--config', join(dir, 'reader.yaml'), '--out', out], { env: { ...process.env, ...env } });
  started.add(child);
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const done = new Promise<{ code: number | null; stderr: string }>((resolve) => child.on('close', (code) => resolve({ code, stderr })));
  const waitFor = (re: RegExp, ms = 60_000) =>
    new Promise<void>((resolve, reject) => {
      const t = setTimeout(() => reject(new Error(`timed out waiting for ${re} in:\n${stderr}`)), ms);
      const check = () => {
        if (re.test(stderr)) {
          clearTimeout(t);
          child.stderr.off('data', check);
          resolve();
        }
      };
      child.stderr.on('data', check);
      check();
    });
  return { child, done, waitFor, stderr: () => stderr };
}

/** Pids of every live descendant of `pid` (from /proc). */
export const descendants = descendantsOf;

/** Is this pid running (not gone, not a zombie)? */
export function running(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2)[0] !== 'Z';
  } catch {
    return false;
  }
}

export const isChromium = (pid: number) => {
  try {
    return /chrom/i.test(readFileSync(`/proc/${pid}/cmdline`, 'utf8'));
  } catch {
    return false;
  }
};

/** Leftover staging folders of an interrupted build. */
export const leftovers = (out: string) => (existsSync(out) ? readdirSync(out).filter((n) => n.startsWith('.staging-') || n.includes('.old-')) : []);

/** First line of stderr; and no stack trace anywhere in it. */
export const firstLine = (stderr: string) => stderr.split('\n').find((l) => l.trim() !== '') ?? '';
export const hasStack = (stderr: string) => /\n\s+at .+:\d+:\d+/.test(stderr);
