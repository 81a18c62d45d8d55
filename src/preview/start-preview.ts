import { stat } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { isReaderError, ReaderError } from '../errors.ts';
import { changedLabel, watchProject } from '../watch/index.ts';
import { describeFailure, errorPage, type PreviewFailure } from './error-page.ts';
import { buildPreview, type AssetCache } from '../pipeline/preview.ts';
import { startStaticServer, type PreviewServerState, type StaticServer } from './server.ts';

export interface PreviewOptions {
  /** Path of reader.yaml. Default `reader.yaml`. */
  config?: string;
  /** Port to listen on; 0 picks a free one (see `port` on the result). Default 4173 or the next free one. */
  port?: number;
  /** Folder for the preview files. Default `out/.preview` next to the manifest. */
  outDir?: string;
  /** Quiet time after a change before rebuilding. Default 200 ms. */
  debounceMs?: number;
  /** Stops the preview: server and watchers are closed and `closed` resolves. */
  signal?: AbortSignal;
  /** Where messages for the terminal go (builds, errors). */
  log?: (line: string) => void;
  /** Called after every build, good or failed (for tests and tools). */
  onBuild?: (event: PreviewBuildEvent) => void;
}

export interface PreviewBuildEvent {
  build: number;
  ok: boolean;
  ms: number;
  changed: string[];
  failure?: PreviewFailure;
}

export interface Preview {
  /** `http://127.0.0.1:PORT/` */
  url: string;
  port: number;
  close(): Promise<void>;
  /** Resolves once the server and the watchers are closed. */
  closed: Promise<void>;
}

export const DEFAULT_PREVIEW_PORT = 4173;

/**
 * `reader preview`: build the paged HTML (no PDF), serve it on 127.0.0.1 with Paged.js
 * running in the browser, and rebuild + reload the page when a source, reader.yaml, a
 * template or a style changes. A failed build shows its error in the page and the log.
 */
export async function startPreview(options: PreviewOptions = {}): Promise<Preview> {
  const config = resolve(options.config ?? 'reader.yaml');
  const root = dirname(config);
  const log = options.log ?? (() => {});
  if (
    !(await stat(config).then(
      (s) => s.isFile(),
      () => false,
    ))
  ) {
    const shown = relative(process.cwd(), config) || config;
    throw new ReaderError(
      'ManifestNotFound',
      `Cannot read the manifest \`${shown}\``,
      'Run `reader preview` in a reader project (`reader init` makes one), or pass `--config path/to/reader.yaml`.',
      { file: shown },
    );
  }
  const outDir = resolve(options.outDir ?? join(root, 'out', '.preview'));
  const state: PreviewServerState = { dir: outDir, htmlFile: 'reader.html', build: 0 };
  const cache: AssetCache = new Map();
  let count = 0;

  const rebuild = async (changed: string[]) => {
    const n = ++count;
    const started = performance.now();
    let event: PreviewBuildEvent;
    try {
      await buildPreview({ config, outDir, build: n, cache });
      delete state.errorHtml;
      event = { build: n, ok: true, ms: performance.now() - started, changed };
      log(`${changed.length ? `${changedLabel(root, changed)} changed: ` : ''}built in ${(event.ms / 1000).toFixed(1)} s`);
    } catch (e) {
      const failure = describeFailure(e);
      state.errorHtml = errorPage(failure, n);
      event = { build: n, ok: false, ms: performance.now() - started, changed, failure };
      log(`${failure.line}${failure.hint ? `\n  ${failure.hint}` : ''}`);
      if (failure.stack && process.env.READER_DEBUG) log(failure.stack);
    }
    state.build = n;
    server?.announce(n);
    options.onBuild?.(event);
  };

  let server: StaticServer | undefined;
  await rebuild([]);
  server = await listen(state, options.port);
  const watcher = await watchProject({
    root,
    manifestPath: config,
    onChange: rebuild,
    debounceMs: options.debounceMs ?? 200,
    onError: (e) => log(describeFailure(e).line),
  });

  let resolveClosed!: () => void;
  const closed = new Promise<void>((r) => (resolveClosed = r));
  let closing: Promise<void> | undefined;
  const close = () =>
    (closing ??= (async () => {
      options.signal?.removeEventListener('abort', onAbort);
      await watcher.close();
      await server!.close();
      resolveClosed();
    })());
  const onAbort = () => void close();
  if (options.signal?.aborted) await close();
  else options.signal?.addEventListener('abort', onAbort, { once: true });
  const port = server.port;
  return { url: `http://127.0.0.1:${port}/`, port, close, closed };
}

/** A given port, or the default and the next nine after it, the first that is free. */
async function listen(state: PreviewServerState, port: number | undefined): Promise<StaticServer> {
  if (port !== undefined) return startStaticServer(state, port);
  for (let p = DEFAULT_PREVIEW_PORT; ; p++) {
    try {
      return await startStaticServer(state, p);
    } catch (e) {
      if (!(isReaderError(e) && e.code === 'PortInUse') || p >= DEFAULT_PREVIEW_PORT + 9) throw e;
    }
  }
}
