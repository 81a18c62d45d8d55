import { parseCommandLine } from './args.ts';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { ReaderError } from '../errors.ts';
import { basename } from 'node:path';
import { EJECT_KINDS, type EjectKind } from '../init/eject.ts';
import { isSourceFile } from '../init/source-files.ts';
import { closest } from '../util/closest.ts';

export interface InitArgs {
  /** Project folder. Default `.`. */
  dir: string;
  from?: string;
  /** The texts, named one by one (`reader init a.txt b.pdf`). */
  files: string[];
  eject: EjectKind[];
  force: boolean;
  help: boolean;
}

const OPTIONS = {
  from: { type: 'string' },
  eject: { type: 'string' },
  force: { type: 'boolean', short: 'f' },
  help: { type: 'boolean', short: 'h' },
} as const;

export const initHelp = `Usage: reader init [DIR] [options]
       reader init [DIR] FILE…

Start a reader project in DIR (default: the current folder) from a folder of .txt, .md,
.html and .pdf files, or from the files named (in that order). The texts are copied byte for byte into DIR/content/
(with the pictures they show from their own folder, at the same place beside them), and
DIR/reader.yaml lists them with a title, author, translator and date guessed from each
text. Every guess is marked "# ... — check" and every gap "# TODO": read them through,
then preview.

Options:
      --from FOLDER     where the texts are (default: DIR/content if it exists, else DIR)
      --eject LIST      also copy the default templates and/or styles into the project:
                        templates, styles or templates,styles (see \`reader eject --help\`)
  -f, --force           replace an existing reader.yaml and differing files in content/
  -h, --help            show this help

Examples:
  reader init my-reader --from ~/Downloads/texts
  reader init essay.md saved-page.html report.pdf   # the texts of a quick \`reader build\`
  reader init                      # in a folder that holds the texts
  reader init my-reader --from texts --eject templates,styles
`;

/**
 * Parse one command's arguments strictly, turning node's errors into ReaderErrors that
 * suggest the closest known option. Shared by the init, preview and eject parsers.
 */

/** Parse `reader init` arguments. Pure: no I/O. */
export function parseInitArgs(argv: string[]): InitArgs {
  const { values, positionals } = parseCommandLine('init', argv, OPTIONS, true);
  // A text is named by its kind (`essay.md`); anything else is the project folder.
  const files = positionals.filter((p) => isSourceFile(basename(p)));
  const folders = positionals.filter((p) => !files.includes(p));
  if (folders.length > 1) {
    throw new ReaderError(
      'CliArgs',
      `\`reader init\` takes one folder, got ${folders.length}: ${folders.map((p) => `\`${p}\``).join(' ')}`,
      'Give the project folder, and the texts folder with `--from`: `reader init my-reader --from texts`.',
    );
  }
  if (files.length > 0 && typeof values.from === 'string') {
    throw new ReaderError(
      'CliArgs',
      `\`--from\` and texts cannot go together: got \`${files[0]}\``,
      'Name the texts (`reader init a.txt b.pdf`) or their folder (`reader init --from texts`), not both.',
    );
  }
  const args: InitArgs = { dir: folders[0] ?? '.', files, eject: [], force: Boolean(values.force), help: Boolean(values.help) };
  if (typeof values.from === 'string') args.from = values.from;
  if (typeof values.eject === 'string') args.eject = parseEjectList(values.eject, 'init');
  return args;
}

/** `templates,styles` -> kinds; a typo gets the closest kind as a hint. */
export function parseEjectList(raw: string, command: string): EjectKind[] {
  const kinds: EjectKind[] = [];
  for (const part of raw.split(/[,\s]+/).filter(Boolean)) {
    if (!(EJECT_KINDS as readonly string[]).includes(part)) {
      const guess = closest(part, EJECT_KINDS);
      throw new ReaderError(
        'CliArgs',
        `Cannot eject \`${part}\``,
        guess ? `Did you mean \`${guess}\`? See \`reader ${command} --help\`.` : `Eject \`templates\` or \`styles\`. See \`reader ${command} --help\`.`,
      );
    }
    if (!kinds.includes(part as EjectKind)) kinds.push(part as EjectKind);
  }
  if (kinds.length === 0) throw new ReaderError('CliArgs', 'Nothing to eject', 'Name `templates`, `styles` or both.');
  return kinds;
}
