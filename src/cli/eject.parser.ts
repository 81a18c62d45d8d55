import { ReaderError } from '../errors.ts';
import type { EjectKind } from '../init/eject.ts';
import { parseCommandLine } from './args.ts';
import { parseEjectList } from './init.parser.ts';

export interface EjectArgs {
  kinds: EjectKind[];
  config: string;
  force: boolean;
  help: boolean;
}

const OPTIONS = {
  config: { type: 'string', short: 'c' },
  force: { type: 'boolean', short: 'f' },
  help: { type: 'boolean', short: 'h' },
} as const;

export const ejectHelp = `Usage: reader eject templates|styles [options]

Copy the tool's default templates (reader.hbs and partials/) or styles (*.css) into the
project, and point reader.yaml at them (\`templates: templates\`, \`styles: styles\`),
keeping its comments. Then edit the copies:
  templates  a file in your templates/ replaces the default of the same name; delete the
             ones you do not change, so they keep following updates of the tool
  styles     your styles load after the defaults, so a rule there wins; trim the copy down
             to the rules you change

Options:
  -c, --config FILE     manifest to update (default: reader.yaml)
  -f, --force           overwrite files that are already there
  -h, --help            show this help

Examples:
  reader eject templates
  reader eject styles --config other/reader.yaml
  reader eject templates styles --force
`;

/** Parse `reader eject` arguments. Pure: no I/O. */
export function parseEjectArgs(argv: string[]): EjectArgs {
  const { values, positionals } = parseCommandLine('eject', argv, OPTIONS, true);
  const help = Boolean(values.help);
  if (positionals.length === 0 && !help) throw new ReaderError('CliArgs', 'What should be ejected?', 'Run `reader eject templates` or `reader eject styles`.');
  return {
    kinds: positionals.length ? parseEjectList(positionals.join(','), 'eject') : [],
    config: String(values.config ?? 'reader.yaml'),
    force: Boolean(values.force),
    help,
  };
}
