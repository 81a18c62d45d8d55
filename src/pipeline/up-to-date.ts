import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { inputsHash } from '../cache/inputs-hash.ts';
import { OUTPUTS } from '../outputs/index.ts';
import { outLocked } from '../util/out-lock.ts';
import type { BuildOptions } from './build.ts';
import { buildRequest, outputRunner } from './output-runner.ts';
import { OutFolder } from './out-folder.ts';
import type { BuildReport } from './report.ts';

/**
 * The report of the last build in `outDir` if its inputs fingerprint and PDF are unchanged.
 * Never while another build holds the folder's lock: its outputs are about to change.
 */
export async function upToDate(outDir: string, fingerprint: string, profile?: string): Promise<BuildReport | undefined> {
  if (await outLocked(outDir)) return undefined;
  try {
    const report = JSON.parse(await readFile(join(outDir, profile ? `build.${profile}.json` : 'build.json'), 'utf8')) as BuildReport;
    if (report.inputs !== fingerprint || !report.pdfSha256) return undefined;
    const pdf = await readFile(join(outDir, report.pdf));
    return createHash('sha256').update(pdf).digest('hex') === report.pdfSha256 ? report : undefined;
  } catch {
    return undefined;
  }
}

/** A build skipped because nothing changed: the last build's report, and what was written from its PDF. */
export interface KeptBuild {
  report: BuildReport;
  pdfPath: string;
  /** Files of the outputs that need only the finished PDF (`--impose`, `--marks`), written again from it. */
  written: string[];
}

/**
 * `reader build` without `--force`: if nothing the build reads changed since the last build into
 * this output folder, keep its output (writing only the outputs asked for that need just its
 * PDF) and return it; otherwise return the inputs fingerprint, for the build to record.
 */
export async function keepIfUpToDate(options: BuildOptions): Promise<{ kept: KeptBuild } | { kept?: undefined; inputs?: string }> {
  const config = options.config ?? 'reader.yaml';
  const inputs = options.inputs ?? (await inputsHash(config, options.profile).catch(() => undefined));
  if (!inputs) return {};
  const outDir = resolve(options.loaded?.root ?? dirname(resolve(config)), options.out ?? 'out');
  const report = await upToDate(outDir, inputs, options.profile);
  if (!report || !(await hasItsOutputs(report, outDir, options))) return { inputs };
  const pdfPath = join(outDir, report.pdf);
  return { kept: { report, pdfPath, written: await finishOutputs(pdfPath, options) } };
}

/**
 * Whether the last build wrote what this one asks for beyond its PDF (`--epub` after a build
 * without it), and what it wrote is still there. Outputs made from the finished PDF alone
 * (`--impose`, `--marks`) are not counted: they are written from the kept PDF.
 */
async function hasItsOutputs(report: BuildReport, outDir: string, options: BuildOptions): Promise<boolean> {
  const request = buildRequest(options);
  const needs = (options.outputs ?? OUTPUTS).filter((o) => o.stage !== 'finished' && o.wanted(request));
  if (needs.some((o) => !report.outputs?.[o.id])) return false;
  const made = (options.outputs ?? OUTPUTS).filter((o) => o.stage !== 'finished').flatMap((o) => report.outputs?.[o.id] ?? []);
  const present = await Promise.all(
    made.map((f) =>
      stat(join(outDir, f)).then(
        () => true,
        () => false,
      ),
    ),
  );
  return present.every(Boolean);
}

/**
 * Write the outputs that need only a finished PDF (imposed, crop-marked copies) from the PDF at
 * `pdfPath`, beside it, through the folder's lock and staging like a build. Returns their paths.
 */
export async function finishOutputs(pdfPath: string, options: Pick<BuildOptions, 'profile' | 'impose' | 'marks' | 'also' | 'outputs'>): Promise<string[]> {
  const request = buildRequest(options);
  const chosen = (options.outputs ?? OUTPUTS).filter((o) => o.stage === 'finished' && !o.book && o.wanted(request));
  if (chosen.length === 0) return [];
  const folder = new OutFolder(dirname(pdfPath));
  const run = outputRunner(chosen, { request, files: folder, browser: () => Promise.reject(new Error('No browser: only finished-PDF outputs run here')) });
  try {
    await run.stage('finished', { base: basename(pdfPath, '.pdf'), pdf: new Uint8Array(await readFile(pdfPath)) });
    await folder.commit();
    return run.extraFiles('finished');
  } finally {
    await folder.close();
  }
}
