import { parseCommandLine } from './args.ts';
import { ReaderError } from '../errors.ts';
import { OUTPUTS } from '../outputs/index.ts';

export interface BuildArgs {
  config: string;
  /** Quick mode: the texts to make a reader of, with no reader.yaml (src/pipeline/quick.ts). */
  files: string[];
  /** Quick mode: the reader's title. */
  title?: string;
  out?: string;
  profile?: string;
  quiet: boolean;
  json: boolean;
  help: boolean;
  impose?: 'booklet' | '2up';
  sheet?: 'A4' | 'letter';
  creep?: number;
  signature?: number;
  marks?: 'crop';
  watch: boolean;
  /** Build even when nothing changed since the last build. */
  force: boolean;
  /** Outputs switched on by their own option (an output's `option.flag`), by id. */
  also: string[];
}

/** The outputs that bring their own `reader build` option (src/outputs/index.ts). */
const switchable = OUTPUTS.filter((o) => o.option);

const OPTIONS = {
  config: { type: 'string', short: 'c' },
  title: { type: 'string' },
  out: { type: 'string', short: 'o' },
  profile: { type: 'string' },
  quiet: { type: 'boolean', short: 'q' },
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  impose: { type: 'string' },
  sheet: { type: 'string' },
  creep: { type: 'string' },
  signature: { type: 'string' },
  marks: { type: 'string' },
  watch: { type: 'boolean', short: 'w' },
  force: { type: 'boolean', short: 'f' },
  ...Object.fromEntries(switchable.map((o) => [o.option!.flag, { type: 'boolean' as const }])),
} as const;

export const buildHelp = `Usage: reader build [options]
       reader build [options] FILE…

Build the reader described by reader.yaml into out/reader.pdf (+ reader.html, build.json).

Quick mode: given .txt, .md, .html, .pdf, .vtt or .srt files (or folders of them), make a reader of
those texts alone, with no reader.yaml: titles, authors and dates are guessed as
\`reader init\` guesses them, and written nowhere. Each guess is listed as a warning; to
correct one, make a project with \`reader init FILE…\` and edit its reader.yaml.

Options:
  -c, --config FILE     manifest to build (default: reader.yaml)
      --title TEXT      quick mode: the reader's title (default: the text's title
                        for one text, else the folder's name)
  -o, --out DIR         output folder (default: out, next to the manifest; in quick
                        mode, out in the current folder)
      --profile NAME    edition profile: large-print
      --impose MODE     also write an imposed PDF: booklet | 2up
      --sheet SIZE      sheet for imposition: A4 | letter (default: A4)
      --creep MM        booklet creep in millimetres (default: 0)
      --signature N     pages per folded gathering (multiple of 4)
      --marks crop      add crop marks and a 3 mm bleed (TrimBox/BleedBox)
${switchable.map((o) => `      --${o.option!.flag.padEnd(16)}${o.option!.help}\n`).join('')}  -w, --watch           rebuild when a text, reader.yaml, a template or a style changes
  -f, --force           build even if nothing changed since the last build, laying
                        out every text again (no layout cache)
  -q, --quiet           no progress on stderr
      --json            print the build report as JSON on stdout
  -h, --help            show this help

Examples:
  reader build
  reader build --config other/reader.yaml --out /tmp/reader
  reader build --impose booklet --sheet A4
  reader build essay.md saved-page.html report.pdf     # quick mode
`;

/** Parse `reader build` arguments. Pure: no I/O, so it is tested without a process. */
export function parseBuildArgs(argv: string[]): BuildArgs {
  const { values, positionals } = parseCommandLine('build', argv, OPTIONS, true);
  if (positionals.length > 0 && typeof values.config === 'string') {
    throw new ReaderError(
      'CliArgs',
      `\`--config\` and files cannot go together: got \`${positionals[0]}\``,
      'Build the project with `reader build --config reader.yaml`, or the files alone with `reader build FILE…`.',
    );
  }
  if (positionals.length > 0 && values.watch) {
    throw new ReaderError(
      'CliArgs',
      '`--watch` needs a reader.yaml: quick mode builds once',
      'Make a project with `reader init FILE…`, then `reader build --watch` or `reader preview`.',
    );
  }
  if (positionals.length === 0 && typeof values.title === 'string') {
    throw new ReaderError(
      'CliArgs',
      '`--title` is for quick mode, with files',
      'A project\'s title is `title:` in reader.yaml; in quick mode give the files too: `reader build --title "…" FILE…`.',
    );
  }
  const args: BuildArgs = {
    config: String(values.config ?? 'reader.yaml'),
    files: positionals,
    quiet: Boolean(values.quiet),
    json: Boolean(values.json),
    help: Boolean(values.help),
    watch: Boolean(values.watch),
    force: Boolean(values.force),
    also: switchable.filter((o) => values[o.option!.flag] === true).map((o) => o.id),
  };
  if (typeof values.out === 'string') args.out = values.out;
  if (typeof values.title === 'string') {
    if (!values.title.trim()) throw new ReaderError('CliArgs', '`--title` is empty', 'Give the title in quotes: `--title "Housing readings"`.');
    args.title = values.title.trim();
  }
  if (typeof values.profile === 'string') {
    if (values.profile !== 'large-print') throw new ReaderError('CliArgs', `Unknown profile \`${values.profile}\``, 'The known profile is `large-print`.');
    args.profile = values.profile;
  }
  if (typeof values.impose === 'string') {
    if (values.impose !== 'booklet' && values.impose !== '2up')
      throw new ReaderError('CliArgs', `Unknown imposition \`${values.impose}\``, 'Use `--impose booklet` or `--impose 2up`.');
    args.impose = values.impose;
  }
  if (typeof values.sheet === 'string') {
    if (values.sheet !== 'A4' && values.sheet !== 'letter')
      throw new ReaderError('CliArgs', `Unknown sheet \`${values.sheet}\``, 'Use `--sheet A4` or `--sheet letter`.');
    args.sheet = values.sheet;
  }
  if (typeof values.creep === 'string') args.creep = number('creep', values.creep, 0, 10);
  if (typeof values.signature === 'string') {
    const n = number('signature', values.signature, 4, 400);
    if (n % 4 !== 0)
      throw new ReaderError('CliArgs', `\`--signature ${n}\` is not a multiple of 4`, 'A folded gathering holds a multiple of 4 pages: try 16 or 32.');
    args.signature = n;
  }
  if (typeof values.marks === 'string') {
    if (values.marks !== 'crop') throw new ReaderError('CliArgs', `Unknown marks \`${values.marks}\``, 'Use `--marks crop`.');
    args.marks = 'crop';
  }
  return args;
}

function number(name: string, raw: string, min: number, max: number): number {
  const n = Number(raw);
  if (!Number.isFinite(n) || n < min || n > max)
    throw new ReaderError('CliArgs', `\`--${name} ${raw}\` is not a number from ${min} to ${max}`, `See \`reader build --help\`.`);
  return n;
}
