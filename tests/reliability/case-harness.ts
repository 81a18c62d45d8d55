// One reliability case through the real CLI, with every check of issue #24: exit code, a
// message with its place and a hint, no stack trace, sources byte-identical, the earlier PDF
// intact (qpdf --check), nothing left in out/ (.lock, .staging-*), no Chromium left, no request
// to a listener on 127.0.0.1, under 60 s and 1.5 GB. Each case's row is appended to
// $READER_RELIABILITY_TABLE (JSON lines) when it is set; caseTable prints the rows.
import { execFileSync, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  appendFileSync,
  cpSync,
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { descendants, hasStack, isChromium, leftovers, running } from './helpers.ts';

export interface CaseSpec {
  name: string;
  /** Project files (path -> content); `reader.yaml` is written from `texts` unless given. */
  files: Record<string, string | Uint8Array>;
  /** Extra manifest lines (top level) and the texts, when reader.yaml is not in `files`. */
  head?: string;
  texts?: Array<{ id: string; source: string; extra?: string }>;
  /** Expected exit code: 2 for bad input, 0 for a build that goes through with a warning. */
  code: number;
  /** The first line of stderr (bad input) or a warning line (code 0) must match. */
  message: RegExp;
  /**
   * An error with no place in a file (Chromium stuck before its first page): the message must
   * name the stage instead. Says why the case has no place.
   */
  placeless?: string;
  /** The hint line (bad input): defaults to any indented line after the message. */
  hint?: RegExp;
  /** Symbolic links to make in the project (path -> target); a target `@outside/…` is a folder beside the project. */
  links?: Record<string, string>;
  /** Files outside the project (path under the `@outside` folder -> content), for links to point at. */
  outside?: Record<string, string>;
  env?: Record<string, string>;
  /** Another command than `reader build --out out -q --force` (its arguments after `reader`), e.g. `['check', 'x.pdf']`. */
  command?: string[];
  /** CPU seconds the case may use; the target is 60. */
  seconds?: number;
}

export interface CaseRow {
  name: string;
  code: number | null;
  expectedCode: number;
  message: string;
  checks: Record<string, boolean>;
  /** Wall-clock seconds, and CPU seconds of the whole process tree (the build and its Chromium). */
  seconds: number;
  cpuSeconds: number;
  peakMb: number;
}

const MB = 1024 * 1024;
const BIN = resolve('bin/reader.js');

/** A real earlier build, made once per test file: each case starts from a copy of its out/. */
export async function earlierBuild(): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'reader-case-base-'));
  mkdirSync(join(dir, 'content'));
  writeFileSync(join(dir, 'content', 'one.txt'), 'An earlier reader, built before the case ran.\n');
  writeFileSync(
    join(dir, 'reader.yaml'),
    'title: Earlier\ntexts:\n  - id: one\n    source: content/one.txt\n    title: One\n    author: A. Author\n    position: It says one thing.\n',
  );
  const r = await runCli(dir, ['-q']);
  if (r.code !== 0) throw new Error(`the earlier build failed:\n${r.stderr}`);
  return join(dir, 'out');
}

/** The manifest for a case's texts (with a probe stylesheet that would ask the listener). */
function manifest(spec: CaseSpec, probe: boolean): string {
  const texts = spec.texts ?? [{ id: 'one', source: 'content/one.txt' }];
  return [
    'title: Reliability case',
    // A case that sets its own styles folder does without the probe.
    ...(probe && !/^styles:/m.test(spec.head ?? '') ? ['styles: probe-styles'] : []),
    spec.head ?? '',
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
}

const sha = (p: string) => createHash('sha256').update(readFileSync(p)).digest('hex');

/** Every file of the project outside out/, with its hash. */
function sources(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (relative(dir, p) === 'out') continue;
      const s = lstatSync(p);
      // A link is what it points at, as written: a build must not change it (nor follow it out).
      if (s.isSymbolicLink()) {
        out[relative(dir, p)] = `-> ${readlinkSync(p)}`;
        continue;
      }
      if (s.isDirectory()) walk(p);
      else out[relative(dir, p)] = sha(p);
    }
  };
  walk(dir);
  return out;
}

/**
 * Run `reader build` and watch it: its Chromium processes, the peak memory of its process tree
 * and the CPU time the tree used (what bounds a case on a machine other helpers load too).
 */
export function runCli(dir: string, args: string[], env: Record<string, string> = {}, command?: string[]) {
  return new Promise<{ code: number | null; stderr: string; seconds: number; cpuSeconds: number; peakMb: number; chromium: number[] }>((resolve) => {
    const began = performance.now();
    // In the project folder, as a user runs it: messages name `reader.yaml`, `content/…`.
    const child = spawn(process.execPath, [BIN, ...(command ?? ['build', '--out', 'out', ...args])], { cwd: dir, env: { ...process.env, ...env } });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.stdout.resume();
    const chromium = new Set<number>();
    let peak = 0;
    // Per process, the last CPU time seen (utime + stime, in clock ticks): it only grows.
    const cpu = new Map<number, number>();
    const ticks = (pid: number) => {
      try {
        const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
        const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        return Number(f[11]) + Number(f[12]);
      } catch {
        return undefined;
      }
    };
    const rss = (pid: number) => {
      try {
        const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
        return m ? Number(m[1]) * 1024 : 0;
      } catch {
        return 0;
      }
    };
    // Memory is sampled (every 100 ms): a spike shorter than that can be missed.
    const sample = setInterval(() => {
      const family = [child.pid!, ...descendants(child.pid!)];
      for (const pid of family) if (isChromium(pid)) chromium.add(pid);
      peak = Math.max(
        peak,
        family.reduce((n, pid) => n + rss(pid), 0),
      );
      for (const pid of family) {
        const t = ticks(pid);
        if (t !== undefined) cpu.set(pid, Math.max(cpu.get(pid) ?? 0, t));
      }
    }, 100);
    child.on('close', (code) => {
      clearInterval(sample);
      // Clock ticks are 1/100 s on Linux. A process that lived less than a sample is not counted.
      const cpuSeconds = [...cpu.values()].reduce((a, b) => a + b, 0) / 100;
      resolve({ code, stderr, seconds: (performance.now() - began) / 1000, cpuSeconds, peakMb: Math.round(peak / MB), chromium: [...chromium] });
    });
  });
}

/** Chromium processes exit a moment after their browser's pipe closes: wait for that. */
async function allGone(pids: number[]): Promise<boolean> {
  for (let i = 0; i < 200 && pids.some(running); i++) await new Promise((r) => setTimeout(r, 50));
  return !pids.some(running);
}

/** Run one case and return its row; the test asserts every check. */
export async function runCase(spec: CaseSpec, earlierOut: string, listener: { url: string; hits: string[] }): Promise<CaseRow & { stderr: string }> {
  const dir = mkdtempSync(join(tmpdir(), `reader-case-${spec.name}-`));
  const probe = !('reader.yaml' in spec.files);
  const files: Record<string, string | Uint8Array> = { ...spec.files };
  if (probe) {
    files['reader.yaml'] = `${manifest(spec, true)}\n`;
    // Would ask the listener if the seal let it: the case's build must not.
    files['probe-styles/probe.css'] = `body { background-image: url("${listener.url}/${spec.name}"); }\n`;
  }
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  const outside = mkdtempSync(join(tmpdir(), `reader-case-outside-`));
  for (const [path, content] of Object.entries(spec.outside ?? {})) {
    mkdirSync(dirname(join(outside, path)), { recursive: true });
    writeFileSync(join(outside, path), content);
  }
  for (const [path, target] of Object.entries(spec.links ?? {})) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    symlinkSync(target.replace(/^@outside/, outside), join(dir, path));
  }
  cpSync(earlierOut, join(dir, 'out'), { recursive: true });
  const before = sources(dir);
  const pdf = join(dir, 'out', 'reader.pdf');
  const pdfBefore = sha(pdf);
  const hitsBefore = listener.hits.filter((h) => h.includes(`/${spec.name} `)).length;
  // Quiet for an error (its message is the first line); a build that goes through prints its warnings and summary.
  const r = await runCli(dir, spec.code === 0 ? ['--force'] : ['-q', '--force'], spec.env ?? {}, spec.command);
  const lines = r.stderr.split('\n').filter((l) => l.trim() !== '');
  const messageLine = spec.code === 0 ? (lines.find((l) => spec.message.test(l)) ?? '') : (lines[0] ?? '');
  let qpdf = false;
  try {
    execFileSync('qpdf', ['--check', pdf], { stdio: 'ignore' });
    qpdf = true;
  } catch {
    qpdf = false;
  }
  const checks: Record<string, boolean> = {
    exit: r.code === spec.code,
    message: spec.message.test(messageLine),
    place: spec.code === 0 || (spec.placeless ? /^(Layout|Chromium|Paged\.js) / : /^[^\s:]+(:\d+(:\d+)?)?: /).test(messageLine),
    hint: spec.code === 0 || (spec.hint ?? /^ {2}\S/).test(lines[1] ?? ''),
    'no stack': !hasStack(r.stderr),
    'sources same': JSON.stringify(sources(dir)) === JSON.stringify(before),
    'PDF intact': qpdf && (spec.code === 0 || sha(pdf) === pdfBefore),
    'no .lock/.staging': !existsSync(join(dir, 'out', '.lock')) && leftovers(join(dir, 'out')).length === 0,
    'no Chromium': await allGone(r.chromium),
    '0 hits': listener.hits.filter((h) => h.includes(`/${spec.name} `)).length === hitsBefore,
    // Bounded: CPU time, which other helpers' load hardly changes, and wall time as a backstop
    // at three times that (a build idle on a request never answered uses no CPU).
    [`< ${spec.seconds ?? 60} s CPU`]: r.cpuSeconds < (spec.seconds ?? 60),
    [`< ${3 * (spec.seconds ?? 60)} s wall`]: r.seconds < 3 * (spec.seconds ?? 60),
    '< 1.5 GB': r.peakMb < 1536,
  };
  const row: CaseRow = {
    name: spec.name,
    code: r.code,
    expectedCode: spec.code,
    message: messageLine,
    checks,
    seconds: Math.round(r.seconds * 10) / 10,
    cpuSeconds: Math.round(r.cpuSeconds * 10) / 10,
    peakMb: r.peakMb,
  };
  if (process.env.READER_RELIABILITY_TABLE) appendFileSync(process.env.READER_RELIABILITY_TABLE, `${JSON.stringify(row)}\n`);
  return { ...row, stderr: r.stderr };
}

/** The rows as a Markdown table: case, exit code, seconds (wall, CPU), peak MB, pass (or the checks that failed). */
export function caseTable(rows: CaseRow[]): string {
  const lines = ['| case | exit | seconds (wall) | seconds (CPU) | peak MB | pass |', '|---|---|---|---|---|---|'];
  for (const r of [...rows].sort((a, b) => a.name.localeCompare(b.name))) {
    const failed = Object.entries(r.checks)
      .filter(([, ok]) => !ok)
      .map(([check]) => check);
    lines.push(`| ${r.name} | ${r.code} | ${r.seconds} | ${r.cpuSeconds} | ${r.peakMb} | ${failed.length ? `no: ${failed.join(', ')}` : 'yes'} |`);
  }
  return lines.join('\n');
}
