import { stat } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { isReaderError, ReaderError } from '../errors.ts';
import type { BuildOptions, BuildResult, ProgressEvent } from '../pipeline/index.ts';
import { formatMessage } from '../pipeline/report.ts';
import { buildHelp, type BuildArgs } from './build.parser.ts';
import type { Io } from './io.ts';
import { analysisSummary } from './analysis-summary.ts';

/** Run `reader build`: progress on stderr, report on stdout with --json. Returns the exit code. */
export async function runBuild(args: BuildArgs, io: Io, signal?: AbortSignal): Promise<number> {
  if (args.help) {
    io.stdout(buildHelp);
    return 0;
  }
  const show = !args.quiet && !args.json;
  const quick = args.files.length > 0 ? await quickOptions(args, io, show) : undefined;
  const options: BuildOptions = {
    config: args.config,
    ...(args.out ? { out: args.out } : {}),
    ...(quick ? { loaded: quick.loaded, inputs: quick.inputs, out: resolve(args.out ?? 'out') } : {}),
    ...(args.profile ? { profile: args.profile } : {}),
    ...(args.impose
      ? {
          impose: {
            mode: args.impose,
            ...(args.sheet ? { sheet: args.sheet } : {}),
            ...(args.creep !== undefined ? { creepMm: args.creep } : {}),
            ...(args.signature !== undefined ? { signature: args.signature } : {}),
          },
        }
      : {}),
    ...(args.marks ? { marks: args.marks } : {}),
    ...(args.also.length ? { also: args.also } : {}),
    ...(args.force ? { fresh: true } : {}),
    ...(signal ? { signal } : {}),
    onProgress: (e: ProgressEvent) => {
      if (show) io.stderr(`${e.stage.padEnd(9)} ${[e.text, e.detail].filter(Boolean).join(' ')}\n`);
    },
  };
  if (args.watch) {
    // Loaded here, not at the top: an up-to-date check must not pay for the whole pipeline.
    const { watchBuild } = await import('../pipeline/watch.ts');
    await watchBuild({
      ...options,
      onBuilt: (result) => printResult(result, args, io),
      onChecked: (outcome, result) => {
        if (args.quiet || args.json) return;
        const pdf = relative(process.cwd(), result.pdfPath);
        for (const w of outcome.warnings) io.stderr(`${pdf}: ${w} [pdfua-check]\n`);
        io.stderr(outcome.claimed ? `${pdf}: checked, PDF/UA-1 claimed\n` : `${pdf}: checked, no PDF/UA claim (${outcome.failed.length} rules failed)\n`);
      },
      log: (l) => io.stderr(`${l}\n`),
      onError: (e) => io.stderr(isReaderError(e) ? `${e.line}\n${e.hint ? `  ${e.hint}\n` : ''}` : `reader crashed: ${(e as Error).message}\n`),
    });
    // Stopped by a signal, as a watch is: its exit code says which (cli/signals.ts).
    return signal?.aborted ? 130 : 0;
  }
  const { keepIfUpToDate } = await import('../pipeline/up-to-date.ts');
  const up = args.force ? {} : await keepIfUpToDate(options);
  if (up.kept) {
    // Nothing changed since the last build into this out/: say so and keep its output.
    if (args.json) io.stdout(`${JSON.stringify(up.kept.report, null, 2)}\n`);
    else if (!args.quiet) {
      const { pages } = up.kept.report;
      io.stderr(
        upToDateMessage(
          relative(process.cwd(), up.kept.pdfPath),
          pages,
          up.kept.written.map((w) => describeWritten(w, args, pages)),
        ),
      );
      if (quick) io.stderr(quickNext(args));
    }
    return 0;
  }
  const { build } = await import('../pipeline/build.ts');
  printResult(await build({ ...options, ...(up.inputs ? { inputs: up.inputs } : {}) }), args, io);
  if (quick && show) io.stderr(quickNext(args));
  return 0;
}

/**
 * Quick mode's manifest, guessed from the files. It goes into `out/` in the current folder,
 * unless that is a project's (a reader.yaml here): a quick build must not replace the project's PDF.
 */
async function quickOptions(args: BuildArgs, io: Io, show: boolean) {
  if (
    !args.out &&
    (await stat('reader.yaml').then(
      (s) => s.isFile(),
      () => false,
    ))
  ) {
    throw new ReaderError(
      'QuickInProject',
      'This folder has a reader.yaml, and quick mode would replace its out/reader.pdf',
      `Build the project with \`reader build\`, or these files into another folder: \`reader build --out quick-out ${args.files.join(' ')}\`.`,
      { file: 'reader.yaml' },
    );
  }
  const { quickManifest } = await import('../pipeline/quick.ts');
  return quickManifest(args.files, {
    ...(args.title ? { title: args.title } : {}),
    ...(show ? { onProgress: (f: string) => io.stderr(`${'guess'.padEnd(9)} ${f}\n`) } : {}),
  });
}

/** After a quick build: the guesses are warnings above; how to correct them. */
function quickNext(args: BuildArgs): string {
  const files = args.files.map((f) => (/[\s'"$`\\]/.test(f) ? `'${f.replace(/'/g, "'\\''")}'` : f)).join(' ');
  return `\nTitles and authors were guessed (the unreviewed-guess lines above). To correct them, make a project:\n  reader init ${files}     (copies the files into content/, writes reader.yaml with these guesses)\n  then edit reader.yaml and run \`reader build\`.\n`;
}

function printResult(result: BuildResult, args: BuildArgs, io: Io): void {
  const { report } = result;
  if (args.json) {
    io.stdout(`${JSON.stringify(report, null, 2)}\n`);
  } else if (!args.quiet) {
    for (const w of report.warnings) io.stderr(`${formatMessage(w)}\n`);
    // What each of the editor's name_index settings changed (the unused ones are warnings above).
    for (const l of report.log ?? []) if (l.rule === 'name-setting') io.stderr(`${formatMessage(l)}\n`);
    const names = analysisSummary(
      report.log ?? [],
      relative(process.cwd(), join(dirname(result.pdfPath), args.profile ? `build.${args.profile}.json` : 'build.json')),
    );
    if (names) io.stderr(`${names}\n`);
    const repairs = Object.values(report.repairs).reduce((a, b) => a + b, 0);
    io.stderr(
      `\n${relative(process.cwd(), result.pdfPath)}: ${report.pages} pages, ${report.texts.length} texts, ${repairs} repairs logged, ${report.warnings.length} warnings, ${(report.timings.total! / 1000).toFixed(1)} s\n`,
    );
    for (const id of PRINT_COPIES) for (const w of result.outputs[id]?.files ?? []) io.stderr(`Wrote ${describeWritten(w, args, report.pages)}\n`);
  }
}

/** The outputs that are copies of the finished PDF for printing: each is listed with how to print it. */
const PRINT_COPIES = ['booklet', 'two-up', 'crop-marks'];

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
