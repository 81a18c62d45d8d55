import { ReaderError } from '../errors.ts';
import { parseCommandLine } from './args.ts';

export interface PreviewArgs {
  config: string;
  /** Undefined: the default port, or the next free one after it. */
  port?: number;
  help: boolean;
}

const OPTIONS = {
  config: { type: 'string', short: 'c' },
  port: { type: 'string', short: 'p' },
  help: { type: 'boolean', short: 'h' },
} as const;

export const previewHelp = `Usage: reader preview [options]

Serve the paged reader on http://127.0.0.1 (this computer only). Paged.js lays out the
pages in your browser; the page rebuilds and reloads when a text, reader.yaml, a template
or a style changes. Build errors show in the page and here. Stop with Ctrl-C.
The preview is HTML only: run \`reader build\` for the PDF.

Options:
  -c, --config FILE     manifest to preview (default: reader.yaml)
  -p, --port N          port to listen on (default: 4173, or the next free one;
                        0 for any free port)
  -h, --help            show this help

Examples:
  reader preview
  reader preview --port 8080
  reader preview --config other/reader.yaml
`;

/** Parse `reader preview` arguments. Pure: no I/O. */
export function parsePreviewArgs(argv: string[]): PreviewArgs {
  const { values } = parseCommandLine('preview', argv, OPTIONS, false);
  const args: PreviewArgs = { config: String(values.config ?? 'reader.yaml'), help: Boolean(values.help) };
  if (typeof values.port === 'string') {
    const n = Number(values.port);
    if (!/^\d+$/.test(values.port) || n > 65535)
      throw new ReaderError('CliArgs', `\`--port ${values.port}\` is not a port number`, 'Use a number from 1024 to 65535, or 0 for any free port.');
    args.port = n;
  }
  return args;
}
