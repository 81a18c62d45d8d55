import { ejectDefaults } from '../init/eject.ts';
import { ejectHelp, type EjectArgs } from './eject.parser.ts';
import type { Io } from './io.ts';

/** Run `reader eject`: copy the defaults in and point reader.yaml at them. */
export async function runEject(args: EjectArgs, io: Io, signal?: AbortSignal): Promise<number> {
  if (args.help) {
    io.stdout(ejectHelp);
    return 0;
  }
  void signal; // a few small file copies: nothing worth interrupting
  for (const kind of args.kinds) {
    const r = await ejectDefaults(kind, { config: args.config, force: args.force });
    io.stdout(`Copied ${r.written.length} ${kind} file${r.written.length === 1 ? '' : 's'} into ${r.folder}/: ${r.written.join(', ')}\n`);
    io.stdout(r.manifestChanged ? `Set \`${kind}: ${r.folder}\` in ${args.config}.\n` : `${args.config} already has \`${kind}: ${r.folder}\`.\n`);
  }
  return 0;
}
