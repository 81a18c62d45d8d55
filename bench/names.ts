/**
 * `npx tsx bench/names.ts [--reps 3]`: what the sources in prose and the index of names cost a
 * build of the sample (issue 22: within 3% of the build's time). Each repetition, interleaved:
 *  - the build: `reader build --force --json` of a copy of the sample, cold (its own process,
 *    browser launch included, caches ignored), as `npm run bench` times its case (a);
 *  - the names work, cold, in a process of its own (`--child`): the texts ingested and
 *    normalized first (not timed), then timed: the name mentions of every paragraph and note
 *    (the first call loads the people-names list), the source patterns in prose
 *    (`findMentions`, `proseSources`), and the index of names with its merges (`indexNames`).
 *    The whole analyze stage is timed beside it (`analyzeText` for each text, `analyzeReader`).
 * The parts are CPU times (the machine is shared: wall time there is mostly waiting); the build
 * is timed both ways, its CPU time summed over the processes it ran and waited for. Medians are
 * reported, and the names work as a share of the build's CPU and wall time.
 */
import { spawn } from 'node:child_process';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { readFileSync } from 'node:fs';
import { ensureBundle } from '../scripts/cli-bundle.mjs';

const root = resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** Milliseconds of CPU time (user + system) of each part: on a shared machine, wall time is mostly waiting. */
interface ChildTimes {
  mentions: number;
  prose: number;
  index: number;
  analyze: number;
}

const cpu = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

/** In a fresh process: time the names work and the whole analyze stage on the sample. */
async function child(): Promise<void> {
  const { ingestFile } = await import('../src/ingest/index.ts');
  const { normalize } = await import('../src/normalize/index.ts');
  const { numberParagraphs } = await import('../src/analyze/paragraphs.ts');
  const { flatten, placeOf } = await import('../src/analyze/flatten.ts');
  const { footnoteDefinitions } = await import('../src/analyze/citations.ts');
  const { findNameMentions } = await import('../src/analyze/names/mentions.ts');
  const { findMentions } = await import('../src/analyze/citation-mentions.ts');
  const { proseSources } = await import('../src/analyze/citation-prose.ts');
  const { indexNames } = await import('../src/analyze/names/index-names.ts');
  const { analyzeText, analyzeReader } = await import('../src/analyze/index.ts');
  const manifest = parse(readFileSync(join(root, 'reader.yaml'), 'utf8')) as { texts: Array<{ id: string; source: string }> };
  const load = () => Promise.all(manifest.texts.map(async (t) => normalize(await ingestFile(join(root, t.source), t.id, root), {})));
  const docs = await load();
  const flat = docs.map((d) => ({
    id: d.id,
    paragraphs: numberParagraphs(d.tree, d.id).map((p) => ({ id: p.id, flat: flatten(p.node) })),
    notes: footnoteDefinitions(d.tree).map((n) => ({ label: n.label ?? n.identifier, flat: flatten(n) })),
  }));
  let t = cpu();
  const mentions = flat.map((d) => {
    const counter = { list: 0 };
    return {
      textId: d.id,
      byPara: d.paragraphs.map((p) => findNameMentions(p.flat, { paragraphId: p.id, place: (o) => placeOf(p.flat, o) }, counter)),
      notes: d.notes.map((n) => findNameMentions(n.flat, { noteNumber: n.label, place: (o) => placeOf(n.flat, o) }, counter)),
    };
  });
  const times: ChildTimes = { mentions: cpu() - t, prose: 0, index: 0, analyze: 0 };
  t = cpu();
  for (const [i, d] of flat.entries()) {
    for (const [j, p] of d.paragraphs.entries()) {
      findMentions(p.flat);
      proseSources(p.flat, mentions[i]!.byPara[j]!);
    }
  }
  times.prose = cpu() - t;
  t = cpu();
  indexNames(mentions.map((m) => ({ textId: m.textId, mentions: [...m.byPara.flat(), ...m.notes.flat()], citedAuthors: [] })));
  times.index = cpu() - t;
  // The whole analyze stage, on fresh trees (analyzeText numbers the paragraphs itself).
  const fresh = await load();
  t = cpu();
  analyzeReader(
    fresh.map((d) => analyzeText(d, [])),
    [],
  );
  times.analyze = cpu() - t;
  process.stdout.write(JSON.stringify(times));
}

/** Run a command; its wall time, and the CPU time of it and every process it waited for (bash's `times`). */
function run(argv: string[]): Promise<{ ms: number; cpuMs: number; stdout: string }> {
  const t = performance.now();
  const quoted = [process.execPath, ...argv].map((a) => `'${a}'`).join(' ');
  const p = spawn('bash', ['-c', `${quoted} >&3; times >&2`], { stdio: ['ignore', 'ignore', 'pipe', 'pipe'], cwd: root });
  let stdout = '';
  let stderr = '';
  p.stdio[3]!.on('data', (d: Buffer) => (stdout += d));
  p.stderr!.on('data', (d: Buffer) => (stderr += d));
  return new Promise((done, fail) =>
    p.once('close', (code) => {
      const ms = performance.now() - t;
      if (code !== 0) return fail(new Error(`${argv.join(' ')} exited ${code}: ${stderr.slice(-500)}`));
      // `times` prints the shell's user and system time, then its children's: `0m12.345s 0m1.234s`.
      const [user, system] = [
        ...stderr
          .trim()
          .split('\n')
          .pop()!
          .matchAll(/(\d+)m([\d.]+)s/g),
      ].map((m) => Number(m[1]) * 60 + Number(m[2]));
      done({ ms, cpuMs: (user! + system!) * 1000, stdout });
    }),
  );
}

async function main(): Promise<void> {
  const reps = Number(args[args.indexOf('--reps') + 1] || 3) || 3;
  await ensureBundle();
  const project = await mkdtemp(join(tmpdir(), 'reader-bench-names-'));
  await cp(join(root, 'content'), join(project, 'content'), { recursive: true });
  await cp(join(root, 'reader.yaml'), join(project, 'reader.yaml'));
  const builds: number[] = [];
  const buildCpu: number[] = [];
  const analyzeStage: number[] = [];
  const parts: ChildTimes[] = [];
  try {
    for (let rep = 1; rep <= reps; rep++) {
      const b = await run([
        join(root, 'bin', 'reader.js'),
        'build',
        '--config',
        join(project, 'reader.yaml'),
        '--out',
        join(project, 'out'),
        '--force',
        '--json',
      ]);
      const report = JSON.parse(b.stdout) as { timings?: Record<string, number> };
      builds.push(b.ms);
      buildCpu.push(b.cpuMs);
      analyzeStage.push(report.timings?.analyze ?? NaN);
      const c = await run([join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs'), join(root, 'bench', 'names.ts'), '--child']);
      parts.push(JSON.parse(c.stdout) as ChildTimes);
      const last = parts[parts.length - 1]!;
      process.stderr.write(
        `repetition ${rep}/${reps}: build ${(b.ms / 1000).toFixed(2)} s, CPU ${(b.cpuMs / 1000).toFixed(2)} s (analyze stage ${report.timings?.analyze} ms wall); names CPU: mentions ${last.mentions.toFixed(0)} ms, prose sources ${last.prose.toFixed(0)} ms, index ${last.index.toFixed(0)} ms; whole analyze ${last.analyze.toFixed(0)} ms\n`,
      );
    }
  } finally {
    await rm(project, { recursive: true, force: true });
  }
  const names = parts.map((p) => p.mentions + p.prose + p.index);
  const build = median(builds);
  process.stdout.write(
    [
      `build of the sample, cold (median of ${reps}): ${(build / 1000).toFixed(2)} s wall, ${(median(buildCpu) / 1000).toFixed(2)} s CPU (the build process and all it ran); its analyze stage ${median(analyzeStage)} ms wall`,
      `names work, cold, CPU (median of ${reps}): ${median(names).toFixed(0)} ms (mentions ${median(parts.map((p) => p.mentions)).toFixed(0)}, prose sources ${median(parts.map((p) => p.prose)).toFixed(0)}, index ${median(parts.map((p) => p.index)).toFixed(0)}); the whole analyze stage ${median(parts.map((p) => p.analyze)).toFixed(0)} ms`,
      `names work / build: ${((100 * median(names)) / median(buildCpu)).toFixed(2)}% of its CPU time, ${((100 * median(names)) / build).toFixed(2)}% of its wall time`,
      '',
    ].join('\n'),
  );
}

if (args.includes('--child')) await child();
else await main();
