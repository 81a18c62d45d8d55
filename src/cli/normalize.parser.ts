import { parseCommandLine } from './args.ts';
import { ReaderError } from '../errors.ts';
import { SOURCE_FORMATS, type SourceFormat } from '../ingest/source-kinds.ts';
import { closest } from '../util/closest.ts';

/** The kinds `--from` accepts: the manifest's `from:` list. */
export const NORMALIZE_FROM = SOURCE_FORMATS;
export type NormalizeFrom = SourceFormat;

export interface NormalizeArgs {
  file: string;
  from: NormalizeFrom;
  report?: string;
  help: boolean;
}

const OPTIONS = {
  from: { type: 'string' },
  report: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

export const normalizeHelp = `Usage: reader normalize FILE [options]

Repair one source text and print it as Markdown on stdout; repairs go to stderr
as \`file:line:col: message [rule-id]\`.

Options:
      --from KIND       ${SOURCE_FORMATS.join(' | ')} (default: auto)
      --report FILE     also write the change log as JSON
  -h, --help            show this help

Examples:
  reader normalize content/000-did-lenin-lead-to-stalin.txt
  reader normalize notes.txt --from pdf-text --report out/notes.json
`;

/** Parse `reader normalize` arguments. Pure: no I/O, so it is tested without a process. */
export function parseNormalizeArgs(argv: string[]): NormalizeArgs {
  const { values, positionals } = parseCommandLine('normalize', argv, OPTIONS, true);
  const help = Boolean(values.help);
  if (positionals.length > 1)
    throw new ReaderError('CliArgs', `Expected one FILE, got ${positionals.length}`, 'Normalize one text at a time: `reader normalize FILE`.');
  const file = positionals[0];
  if (!file && !help) throw new ReaderError('CliArgs', 'Missing FILE', 'Give the text to normalize: `reader normalize content/text.txt`.');
  const from = values.from === undefined ? 'auto' : String(values.from);
  if (!(NORMALIZE_FROM as readonly string[]).includes(from)) {
    const guess = closest(from, NORMALIZE_FROM);
    throw new ReaderError(
      'CliArgs',
      `Unknown source kind \`${from}\``,
      `Use one of ${NORMALIZE_FROM.join(', ')}${guess ? `; did you mean \`${guess}\`?` : '.'}`,
    );
  }
  const args: NormalizeArgs = { file: file ?? '', from: from as NormalizeFrom, help };
  if (typeof values.report === 'string') {
    if (!values.report) throw new ReaderError('CliArgs', 'Empty `--report` path', 'Give a file: `--report out/report.json`.');
    args.report = values.report;
  }
  return args;
}
