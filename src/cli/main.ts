import { isReaderError } from '../errors.ts';
import { closest } from '../util/closest.ts';
import { processIo, type Io } from './io.ts';
import { handleTermination } from './signals.ts';

export { handleTermination } from './signals.ts';
export { processIo } from './io.ts';

export const COMMANDS = ['build', 'normalize', 'pack', 'check', 'init', 'preview', 'eject'] as const;

export const mainHelp = `reader: turn raw texts into a printed discussion reader.

Usage: reader <command> [options]

Commands:
  build       build out/reader.pdf from reader.yaml
  normalize   repair one source text and print it as Markdown
  pack        build per-topic excerpt packs into out/packs/
  check       check a PDF against our PDF/UA-1 checklist
  init        start a new reader project from a folder of texts
  preview     serve the paged reader on localhost, rebuilding on change
  eject       copy the default templates or styles into the project

Run \`reader <command> --help\` for a command's options.
`;

/**
 * Each command lives in `<command>.parser.ts` (pure `parse<Name>Args(argv)`) and
 * `<command>.runner.ts` (`run<Name>(args, io, signal)` returning the exit code).
 */
async function runCommand(command: string, argv: string[], io: Io, signal?: AbortSignal): Promise<number> {
  const name = command[0]!.toUpperCase() + command.slice(1);
  const parser = (await import(`./${command}.parser.ts`)) as Record<string, (argv: string[]) => unknown>;
  const runner = (await import(`./${command}.runner.ts`)) as Record<string, (args: unknown, io: Io, signal?: AbortSignal) => Promise<number>>;
  return runner[`run${name}`]!(parser[`parse${name}Args`]!(argv), io, signal);
}

/** Dispatch a command. Every error ends here: one line, a hint, and an exit code. */
export async function main(argv: string[], io: Io = processIo, signal?: AbortSignal): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'build':
      case 'normalize':
      case 'pack':
      case 'check':
      case 'init':
      case 'preview':
      case 'eject':
        return await runCommand(command, rest, io, signal);
      case undefined:
      case '--help':
      case '-h':
      case 'help':
        io.stdout(mainHelp);
        return command === undefined ? 2 : 0;
      case '--version':
      case '-v': {
        const { readFile } = await import('node:fs/promises');
        const pkg = JSON.parse(await readFile(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
        io.stdout(`${pkg.version}\n`);
        return 0;
      }
      default: {
        const guess = closest(command, COMMANDS);
        io.stderr(`Unknown command \`${command}\`${guess ? `; did you mean \`${guess}\`?` : ''}\nRun \`reader --help\` for the commands.\n`);
        return 2;
      }
    }
  } catch (e) {
    if (isReaderError(e)) {
      io.stderr(`${e.line}\n${e.hint ? `  ${e.hint}\n` : ''}`);
      return e.exitCode;
    }
    // A bug of ours, not the user's input: say so plainly, with the stack for the report.
    io.stderr(`reader crashed: ${(e as Error).message}\nThis is a bug in reader; please report it with the output of \`reader build --json\`.\n`);
    if (process.env.READER_DEBUG) io.stderr(`${(e as Error).stack}\n`);
    return 1;
  }
}

// Run when executed directly (bin/reader.js or `tsx src/cli/main.ts`).
if (process.argv[1] && /cli[\\/]main\.ts$/.test(process.argv[1])) {
  const termination = handleTermination(processIo);
  main(process.argv.slice(2), processIo, termination.signal).then((code) => {
    process.exitCode = termination.exitCode(code);
  });
}
