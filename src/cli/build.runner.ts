import { dirname, join, relative, resolve } from 'node:path';
import { inputsHash } from '../cache/inputs-hash.ts';
import { upToDate } from '../cache/up-to-date.ts';
import type { Browser } from 'puppeteer-core';
import type { BuildSession, ProgressEvent } from '../build.ts';
import { isReaderError } from '../errors.ts';
import { buildHelp, type BuildArgs } from './build.parser.ts';
import type { Io } from './io.ts';

/** Run `reader build`: progress on stderr, report on stdout with --json. Returns the exit code. */
export async function runBuild(args: BuildArgs, io: Io, signal?: AbortSignal): Promise<number> {
  if (args.help) {
    io.stdout(buildHelp);
    return 0;
  }
  if (args.watch) return watchBuilds(args, io, signal);
  const fingerprint = await inputsHash(args.config, args.profile).catch(() => undefined);
  if (!args.force && (await reportIfUpToDate(args, io, fingerprint))) return 0;
  await buildOnce(args, io, signal, undefined, fingerprint);
  return 0;
}

/** Nothing changed since the last build into this out/: say so and keep its output. */
async function reportIfUpToDate(args: BuildArgs, io: Io, fingerprint: string | undefined): Promise<boolean> {
  const root = dirname(resolve(args.config));
  const outDir = resolve(root, args.out ?? 'out');
  const report = fingerprint ? await upToDate(outDir, fingerprint, args.profile) : undefined;
  if (!report) return false;
  const pdfPath = join(outDir, report.pdf);
  let written: string[] = [];
  if (args.impose || args.marks) {
    const { imposeOutputs } = await import('./impose.runner.ts');
    written = await imposeOutputs(pdfPath, args);
  }
  if (args.json) io.stdout(`${JSON.stringify(report, null, 2)}\n`);
  else if (!args.quiet) io.stderr(upToDateMessage(relative(process.cwd(), pdfPath), report.pages, written.map((w) => describeWritten(w, args, report.pages))));
  return true;
}

/** `reader build --watch`: one browser, a rebuild on every change, until Ctrl-C. */
async function watchBuilds(args: BuildArgs, io: Io, signal?: AbortSignal): Promise<number> {
  const { watchLoop } = await import('../watch/index.ts');
  const { launchBrowser } = await import('../render/index.ts');
  const { createBuildSession } = await import('../build.ts');
  const browser = await launchBrowser();
  const session = createBuildSession();
  try {
    await watchLoop({
      config: args.config,
      ...(signal ? { signal } : {}),
      run: () => buildOnce(args, io, signal, browser, undefined, session),
      log: (l) => io.stderr(`${l}\n`),
      onError: (e) => io.stderr(isReaderError(e) ? `${e.line}\n${e.hint ? `  ${e.hint}\n` : ''}` : `reader crashed: ${(e as Error).message}\n`),
    });
  } finally {
    await browser.close().catch(() => {});
  }
  // Stopped by a signal, as a watch is: its exit code says which (cli/signals.ts).
  return signal?.aborted ? 130 : 0;
}

async function buildOnce(args: BuildArgs, io: Io, signal?: AbortSignal, browser?: Browser, inputs?: string, session?: BuildSession): Promise<void> {
  // Loaded here, not at the top: an up-to-date check must not pay for the whole pipeline.
  const { build, formatMessage } = await import('../build.ts');
  const show = !args.quiet && !args.json;
  const onProgress = (e: ProgressEvent) => {
    if (show) io.stderr(`${e.stage.padEnd(9)} ${[e.text, e.detail].filter(Boolean).join(' ')}\n`);
  };
  const result = await build({ config: args.config, ...(args.out ? { out: args.out } : {}), ...(args.profile ? { profile: args.profile } : {}), ...(signal ? { signal } : {}), ...(browser ? { browser } : {}), ...(inputs ? { inputs } : {}), ...(args.force ? { fresh: true } : {}), ...(session ? { session } : {}), onProgress });
  const { report } = result;
  let written: string[] = [];
  if (args.impose || args.marks) {
    const { imposeOutputs } = await import('./impose.runner.ts');
    written = await imposeOutputs(result.pdfPath, args);
    for (const w of written) if (show) io.stderr(`impose    ${relative(process.cwd(), w)}\n`);
  }
  if (args.json) {
    io.stdout(`${JSON.stringify(report, null, 2)}\n`);
  } else if (!args.quiet) {
    for (const w of report.warnings) io.stderr(`${formatMessage(w)}\n`);
    // What each of the editor's name_index settings changed (the unused ones are warnings above).
    for (const l of report.log ?? []) if (l.rule === 'name-setting') io.stderr(`${formatMessage(l)}\n`);
    const repairs = Object.values(report.repairs).reduce((a, b) => a + b, 0);
    io.stderr(`\n${relative(process.cwd(), result.pdfPath)}: ${report.pages} pages, ${report.texts.length} texts, ${repairs} repairs logged, ${report.warnings.length} warnings, ${(report.timings.total! / 1000).toFixed(1)} s\n`);
    for (const w of written) io.stderr(`Wrote ${describeWritten(w, args, report.pages)}\n`);
  }
}

/**
 * What an up-to-date build did: it kept the PDF, and wrote any imposed copy asked for. A
 * booklet written from the kept PDF is news, not a reason to suggest --force.
 */
export function upToDateMessage(pdf: string, pages: number, wrote: string[]): string {
  const kept = `${pdf} is up to date (${pages} pages): nothing changed since the last build`;
  if (wrote.length === 0) return `${kept}. Use --force to build it anyway.\n`;
  return `${kept}, so it was kept.\n${wrote.map((w) => `Wrote ${w}\n`).join('')}`;
}

/** What an imposed file is and how to print it: `out/reader-booklet.pdf (booklet from 21 pages: 6 A4 sheets, …)`. */
export function describeWritten(path: string, args: Pick<BuildArgs, 'impose' | 'sheet' | 'signature'>, pages: number): string {
  const shown = relative(process.cwd(), path);
  const sheet = args.sheet ?? 'A4';
  if (/-booklet\.pdf$/.test(path)) {
    const sheets = Math.ceil(pages / 4);
    return `${shown} (booklet from ${pages} pages: ${sheets} ${sheet} ${sheets === 1 ? 'sheet' : 'sheets'}, print double-sided flipping on the short edge, fold in half${args.signature ? `, gatherings of ${args.signature} pages` : ''})`;
  }
  if (/-2up\.pdf$/.test(path)) return `${shown} (two pages a side on ${sheet}: ${Math.ceil(pages / 2)} sides)`;
  if (/-crop\.pdf$/.test(path)) return `${shown} (crop marks and a 3 mm bleed)`;
  return shown;
}
