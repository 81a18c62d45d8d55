import { parseCommandLine } from './args.ts';
import { ReaderError } from '../errors.ts';

export interface CheckArgs {
  file: string;
  /** The HTML the PDF was printed from; default: the `.html` of the same name beside it, if there is one. */
  source?: string;
  json: boolean;
  help: boolean;
}

const OPTIONS = {
  source: { type: 'string' },
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

export const checkHelp = `Usage: reader check FILE.pdf [options]

Check a PDF against our PDF/UA-1 checklist. Each line names the veraPDF rule
(ISO 14289-1 clause-test) it mirrors, or one of our own (reader:). The PDF is read
through pdf.js, not through the code that wrote it. Given the HTML it was printed
from (by default the .html of the same name beside it, as reader build and reader
pack leave them), the text its tags read is compared with it word for word.
Exit 1 when a check fails.

Options:
      --source FILE     the HTML the PDF was printed from
      --json            print the results as JSON on stdout
  -h, --help            show this help

Examples:
  reader check out/reader.pdf
  reader check out/reader.large-print.pdf --json
`;

/** Parse `reader check` arguments. Pure: no I/O, so it is tested without a process. */
export function parseCheckArgs(argv: string[]): CheckArgs {
  const { values, positionals } = parseCommandLine('check', argv, OPTIONS, true);
  const help = Boolean(values.help);
  if (positionals.length > 1)
    throw new ReaderError('CliArgs', `Expected one FILE, got ${positionals.length}`, 'Check one PDF at a time: `reader check out/reader.pdf`.');
  const file = positionals[0];
  if (!file && !help) throw new ReaderError('CliArgs', 'Missing FILE', 'Name the PDF to check: `reader check out/reader.pdf`.');
  return { file: file ?? '', ...(typeof values.source === 'string' ? { source: values.source } : {}), json: Boolean(values.json), help };
}
