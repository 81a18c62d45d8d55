import { mkdir, writeFile } from 'node:fs/promises';
import { basename, dirname, extname } from 'node:path';
import { ingestFile } from '../ingest/index.ts';
import { normalize, toMarkdown } from '../normalize/index.ts';
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
  const id = basename(opts.file, extname(opts.file));
  let input;
  try {
    input = await ingestFile(opts.file, id);
  } catch (e) {
    io.stderr(`${opts.file}: Cannot read file: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}\n`);
    return 2;
  }
  const result = normalize(input, { from: opts.from });
  io.stdout(toMarkdown(result.tree));
  for (const m of result.file.messages) {
    io.stderr(`${input.file.path}:${m.line ?? 1}:${m.column ?? 1}: ${m.reason} [${m.ruleId ?? 'normalize'}]\n`);
  }
  if (opts.report) {
    const report = { file: input.file.path, kind: result.kind, changes: result.changes };
    await mkdir(dirname(opts.report), { recursive: true });
    await writeFile(opts.report, `${JSON.stringify(report, null, 2)}\n`);
  }
  return 0;
}
