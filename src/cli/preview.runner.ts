import { startPreview } from '../preview/index.ts';
import type { Io } from './io.ts';
import { previewHelp, type PreviewArgs } from './preview.parser.ts';

/** Run `reader preview` until the signal (Ctrl-C) stops it; then close the server and watchers. */
export async function runPreview(args: PreviewArgs, io: Io, signal?: AbortSignal): Promise<number> {
  if (args.help) {
    io.stdout(previewHelp);
    return 0;
  }
  const stamp = () => new Date().toTimeString().slice(0, 8);
  if (io.isTTY) io.stderr('preview   building…\n');
  const preview = await startPreview({
    config: args.config,
    ...(args.port !== undefined ? { port: args.port } : {}),
    ...(signal ? { signal } : {}),
    log: (line) => io.stderr(`${stamp()} ${line}\n`),
  });
  io.stdout(`Preview at ${preview.url}  (Ctrl-C to stop)\n`);
  await preview.closed;
  io.stderr('Preview stopped.\n');
  // Stopped by a signal, as a preview is: its exit code says which (cli/signals.ts).
  return signal?.aborted ? 130 : 0;
}
