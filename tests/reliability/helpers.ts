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
  const yaml = [
    `title: Reliability`,
    head,
    'texts:',
    ...texts.flatMap((t) => [
      `  - id: ${t.id}`,
      `    source: ${t.source}`,
      `    title: Text ${t.id}`,
      '    author: A. Author',
      '    position: It says one thing.',
      ...(t.extra ? [t.extra] : []),
    ]),
  ]
    .filter(Boolean)
    .join('\n');
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
  const r = spawnSync(process.execPath, ['bin/reader.js', 'build', '-q', '--config', join(dir, 'reader.yaml'), '--out', out, ...args], {
    encoding: 'utf8',
    env: { ...process.env, ...env },
  });
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
export function startBuild(dir: string, out = join(dir, 'out'), env: Record<string, string> = {}, args: string[] = []) {
  const child = spawn(process.execPath, ['bin/reader.js', 'build', '--config', join(dir, 'reader.yaml'), '--out', out, ...args], {
    env: { ...process.env, ...env },
  });
  started.add(child);
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const done = new Promise<{ code: number | null; stderr: string }>((resolve) => child.on('close', (code) => resolve({ code, stderr })));
  // Waits on events only: the line appearing, or the build ending without it (never a clock).
  const waitFor = (re: RegExp) =>
    new Promise<void>((resolve, reject) => {
      const check = () => {
        if (!re.test(stderr)) return;
        child.stderr.off('data', check);
        resolve();
      };
      child.stderr.on('data', check);
      void done.then(({ code }) => {
        child.stderr.off('data', check);
        if (re.test(stderr)) resolve();
        else reject(new Error(`the build ended (exit ${code}) before printing ${re}:\n${stderr}`));
      });
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

/**
 * A TCP listener on 127.0.0.1 that records every connection and the first line of every
 * request: the seal's tests count its hits (a sealed build makes none).
 */
export async function startListener() {
  const { createServer } = await import('node:net');
  const hits: string[] = [];
  const waiters: Array<() => void> = [];
  const server = createServer((socket) => {
    hits.push('connection');
    let head = '';
    let answered = false;
    socket.on('data', (d: Buffer) => {
      // One hit per request line; what follows it (headers, a form's body) is not another.
      if (answered) return;
      head += d.toString('latin1');
      if (!head.includes('\r\n')) return;
      answered = true;
      hits.push(head.split('\r\n')[0]!);
      socket.end('HTTP/1.1 200 OK\r\ncontent-type: text/html\r\ncontent-length: 2\r\nconnection: close\r\n\r\nok');
      for (const w of waiters.splice(0)) w();
    });
    socket.on('error', () => {});
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as import('node:net').AddressInfo).port;
  return {
    port,
    url: `http://127.0.0.1:${port}`,
    hits,
    /** Resolves once a request for each of these paths has arrived. */
    waitForPaths: (paths: string[]) =>
      new Promise<void>((resolve) => {
        const check = () => (paths.every((p) => hits.some((h) => h.includes(` ${p} `))) ? resolve() : waiters.push(check));
        check();
      }),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/**
 * Every way a page was found to reach the network past a per-page seal (issue #24): each asks
 * for `<listener>/<name>`. `css-script` needs `assets/user-evil.css` to be script text.
 */
export function leakVectors(listener: string): Record<string, string> {
  return {
    'window-open': `<script>window.open('${listener}/window-open')</script>`,
    'blank-link': `<a id="rp-blank" href="${listener}/blank-link" target="_blank">x</a><script>document.getElementById('rp-blank').click()</script>`,
    'form-post': `<form id="rp-form" method="post" action="${listener}/form-post" target="_blank"><input name="x" value="1"></form><script>document.getElementById('rp-form').submit()</script>`,
    prefetch: `<script type="speculationrules">{"prefetch":[{"source":"list","urls":["${listener}/prefetch"]}]}</script>`,
    prerender: `<script type="speculationrules">{"prerender":[{"source":"list","urls":["${listener}/prerender"]}]}</script>`,
    'data-iframe-open': `<iframe src="data:text/html,<script>window.open('${listener}/data-iframe-open')</script>"></iframe>`,
    'css-script': `<script src="assets/user-evil.css"></script>`,
  };
}

/** The script a hostile stylesheet holds, for `<script src="assets/user-evil.css">`. */
export const evilCss = (listener: string) => `window.open('${listener}/css-script');\n`;
