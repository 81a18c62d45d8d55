import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { isReaderError } from '../errors.ts';
import { normalizeFile } from '../pipeline/normalize-file.ts';
import { formatMessage } from '../pipeline/report.ts';
import { normalizeHelp, type NormalizeArgs } from './normalize.parser.ts';

export interface NormalizeIo {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
}

/**
 * `reader normalize FILE`: Markdown on stdout, one diagnostic line per repair on stderr,
 * optional JSON report. Exit 0 on success, 2 when the file cannot be read.
 */
export async function runNormalize(opts: NormalizeArgs, io: NormalizeIo): Promise<number> {
  if (opts.help) {
    io.stdout(normalizeHelp);
    return 0;
  }
  let normalized;
  try {
    normalized = await normalizeFile(opts.file, { from: opts.from });
  } catch (e) {
    if (!isReaderError(e) || e.code !== 'SourceUnreadable') throw e;
    io.stderr(`${e.line}\n`);
    return 2;
  }
  const { input, result, markdown } = normalized;
  io.stdout(markdown);
  for (const m of result.file.messages) {
    io.stderr(
      `${formatMessage({ file: input.file.path ?? opts.file, line: m.line ?? 1, column: m.column ?? 1, reason: m.reason, rule: m.ruleId ?? 'normalize', severity: 'info' })}\n`,
    );
  }
  if (opts.report) {
    const report = { file: input.file.path, kind: result.kind, changes: result.changes };
    await mkdir(dirname(opts.report), { recursive: true });
    await writeFile(opts.report, `${JSON.stringify(report, null, 2)}\n`);
  }
  return 0;
}
