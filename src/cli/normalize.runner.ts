import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { basename, dirname, extname, resolve } from 'node:path';
import { parse } from 'yaml';
import type { NormalizeOptions } from '../types.ts';
import { ingestFile } from '../ingest/index.ts';
import { normalize, normalizePdf, toMarkdown } from '../normalize/index.ts';
import { normalizeHelp, type NormalizeArgs } from './normalize.parser.ts';

export interface NormalizeIo {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
}

interface ManifestEntry {
  source?: unknown;
  title?: unknown;
  from?: unknown;
  rules?: { disable?: unknown; drop?: unknown };
}

/**
 * When `reader.yaml` in the working folder lists this file, use its title and per-text rules,
 * so the command shows what the build will print. Any problem with the manifest is ignored here:
 * `reader build` reports it properly.
 */
async function manifestOptions(file: string): Promise<NormalizeOptions> {
  try {
    const doc = parse(await readFile('reader.yaml', 'utf8')) as { language?: unknown; texts?: ManifestEntry[] };
    const entry = doc.texts?.find((t) => typeof t.source === 'string' && resolve(t.source) === resolve(file));
    if (!entry) return {};
    const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
    const out: NormalizeOptions = { disable: strings(entry.rules?.disable), drop: strings(entry.rules?.drop) };
    if (typeof entry.title === 'string') out.title = entry.title;
    if (typeof entry.from === 'string') out.from = entry.from as NormalizeOptions['from'];
    // As the build does: the text's language, else the reader's (default English), for rule `typography`.
    const language = (entry as { language?: unknown }).language ?? doc.language ?? 'en';
    if (typeof language === 'string') out.language = language;
    return out;
  } catch {
    return {};
  }
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
  const options = { ...(await manifestOptions(opts.file)), ...(opts.from !== 'auto' ? { from: opts.from } : {}) };
  const result = input.extension === 'pdf' ? await normalizePdf(input, options) : normalize(input, options);
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
