import { parseCommandLine } from './args.ts';
import { ReaderError } from '../errors.ts';

export interface PackArgs {
  /** Topic ids (or titles) named on the command line. */
  topics: string[];
  all: boolean;
  context: number;
  config: string;
  out?: string;
  reader?: string;
  quiet: boolean;
  help: boolean;
  /** Also write each pack as EPUB 3 (`<topic-id>.epub`). */
  epub: boolean;
}

const OPTIONS = {
  all: { type: 'boolean', short: 'a' },
  context: { type: 'string', short: 'n' },
  out: { type: 'string', short: 'o' },
  config: { type: 'string', short: 'c' },
  reader: { type: 'string' },
  epub: { type: 'boolean' },
  quiet: { type: 'boolean', short: 'q' },
  help: { type: 'boolean', short: 'h' },
} as const;

export const packHelp = `Usage: reader pack TOPIC... [options]
       reader pack --all [options]

Build a discussion pack per topic of reader.yaml: out/packs/<topic-id>.pdf (+ .html).
A pack holds every passage that takes the topic up, in context, with its notes and
the page where it starts in the full reader (which is rebuilt first if out of date).

Options:
  -a, --all             pack every topic of the manifest
  -n, --context N       paragraphs of context either side of a match (default: 1)
  -o, --out DIR         output folder (default: out/packs, next to the manifest)
      --reader DIR      folder of the full reader the page numbers refer to
                        (default: the folder above --out, i.e. out)
      --epub            also write each pack as EPUB 3 (<topic-id>.epub), with
                        the pack PDF's page numbers (also with \`epub: true\`)
  -c, --config FILE     manifest (default: reader.yaml)
  -q, --quiet           no progress on stderr (warnings are still shown)
  -h, --help            show this help

Examples:
  reader pack kronstadt
  reader pack socialism-in-one-country bureaucracy --context 2
  reader pack --all
`;

/** Parse `reader pack` arguments. Pure: no I/O, so it is tested without a process. */
export function parsePackArgs(argv: string[]): PackArgs {
  const { values, positionals } = parseCommandLine('pack', argv, OPTIONS, true);
  const args: PackArgs = {
    topics: positionals,
    all: Boolean(values.all),
    context: 1,
    config: String(values.config ?? 'reader.yaml'),
    quiet: Boolean(values.quiet),
    help: Boolean(values.help),
    epub: Boolean(values.epub),
  };
  if (typeof values.out === 'string') args.out = values.out;
  if (typeof values.reader === 'string') args.reader = values.reader;
  if (typeof values.context === 'string') {
    const raw = values.context;
    const n = Number(raw);
    if (!/^\d+$/.test(raw.trim()) || n > 20)
      throw new ReaderError(
        'CliArgs',
        `\`--context ${raw}\` is not a whole number from 0 to 20`,
        'Give the paragraphs of context either side of a match, e.g. `--context 2`.',
      );
    args.context = n;
  }
  if (!args.help) {
    if (args.all && args.topics.length > 0)
      throw new ReaderError('CliArgs', `Both \`--all\` and topics (${args.topics.join(', ')}) were given`, 'Name the topics to pack, or pass `--all` alone.');
    if (!args.all && args.topics.length === 0)
      throw new ReaderError('CliArgs', 'No topic to pack', 'Name one or more topic ids from reader.yaml, or pass `--all`. See `reader pack --help`.');
  }
  return args;
}
