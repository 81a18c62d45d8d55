import { readFile } from 'node:fs/promises';
import { checkPdf } from '../check/index.ts';
import { ReaderError } from '../errors.ts';
import { overLimitText, pdfOverLimit } from '../util/pdf-budget.ts';
import { checkHelp, type CheckArgs } from './check.parser.ts';
import type { Io } from './io.ts';

/**
 * `reader check FILE.pdf`: one line per check, `PASS`/`FAIL`, the rule it mirrors and a
 * detail; a summary on stderr. Exit 0 when every check passes, 1 otherwise.
 */
export async function runCheck(args: CheckArgs, io: Io, signal?: AbortSignal): Promise<number> {
  if (args.help) {
    io.stdout(checkHelp);
    return 0;
  }
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await readFile(args.file));
  } catch (e) {
    throw new ReaderError(
      'CheckRead',
      `Cannot read \`${args.file}\`: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`,
      'Build first with `reader build`, or check the path.',
      undefined,
      2,
    );
  }
  // The HTML of the same name beside the PDF (reader.pdf -> reader.html), unless one is named.
  const sourcePath = args.source ?? args.file.replace(/\.pdf$/i, '.html');
  let sourceHtml: string | undefined;
  try {
    sourceHtml = await readFile(sourcePath, 'utf8');
  } catch (e) {
    if (args.source)
      throw new ReaderError(
        'CheckRead',
        `Cannot read \`${args.source}\`: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`,
        'Give the HTML the PDF was printed from, or leave out --source.',
        undefined,
        2,
      );
  }
  // Before pdf.js, which inflates and runs a page's content whole: a 1 GB Flate bomb took 93 s and 2.2 GB.
  const over = await pdfOverLimit(bytes);
  if (over) throw new ReaderError('CheckTooLarge', `Cannot check this PDF: ${overLimitText(over)}`, undefined, { file: args.file }, 2);
  let results;
  try {
    results = await checkPdf(bytes, sourceHtml !== undefined ? { sourceHtml } : {});
  } catch (e) {
    throw new ReaderError('CheckParse', `Cannot read \`${args.file}\` as a PDF: ${(e as Error).message}`, undefined, undefined, 2);
  }
  if (signal?.aborted) return 130;
  const failed = results.filter((r) => !r.ok);
  if (args.json) io.stdout(`${JSON.stringify({ file: args.file, ok: failed.length === 0, results }, null, 2)}\n`);
  else {
    const width = Math.max(...results.map((r) => r.rule.length));
    for (const r of results) io.stdout(`${r.skipped ? 'SKIP' : r.ok ? 'PASS' : 'FAIL'}  ${r.rule.padEnd(width)}  ${r.title}: ${r.detail}\n`);
  }
  const skipped = results.filter((r) => r.skipped).length;
  const ran = results.length - skipped;
  io.stderr(`${failed.length ? `${failed.length} of ${ran} checks failed` : `All ${ran} checks passed`}${skipped ? `, ${skipped} not run` : ''}\n`);
  return failed.length ? 1 : 0;
}
