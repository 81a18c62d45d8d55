import { parseArgs, type ParseArgsConfig } from 'node:util';
import { ReaderError } from '../errors.ts';
import { closest } from '../util/closest.ts';

/**
 * Strict argv parsing shared by every command: an unknown option or stray argument is a
 * ReaderError that suggests the closest option and points at the command's --help.
 */
export function parseCommandLine(
  command: string,
  argv: string[],
  options: NonNullable<ParseArgsConfig['options']>,
  allowPositionals: boolean,
): { values: Record<string, string | boolean | undefined>; positionals: string[] } {
  try {
    const { values, positionals } = parseArgs({ args: argv, options, allowPositionals, strict: true });
    return { values: values as Record<string, string | boolean | undefined>, positionals };
  } catch (e) {
    const msg = (e as Error).message;
    const unknown = /Unknown option '(-{1,2}[^']+)'/.exec(msg)?.[1];
    const guess = unknown ? closest(unknown.replace(/^-+/, ''), Object.keys(options)) : undefined;
    const positional = /Unexpected argument '([^']+)'/.exec(msg)?.[1];
    const what = unknown ? `Unknown option \`${unknown}\`` : positional ? `Unexpected argument \`${positional}\`` : msg.split('.')[0]!;
    throw new ReaderError('CliArgs', what, guess ? `Did you mean \`--${guess}\`? See \`reader ${command} --help\`.` : `See \`reader ${command} --help\`.`);
  }
}
