import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, normalize, resolve, sep } from 'node:path';
import { ReaderError } from '../errors.ts';
import { CONTENT_TYPES as TYPES } from '../render/seal.ts';
import { PREVIEW_HOOKS_SCRIPT } from '../render/paged-hooks.ts';
import { RELOAD_SCRIPT } from './reload-client.ts';
import { PREVIEW_CSS } from './preview-style.ts';

export interface PreviewServerState {
  /** Folder served as the site root. */
  dir: string;
  /** The page to serve at `/`. */
  htmlFile: string;
  /** Number of the last finished build (successful or not). */
  build: number;
  /** The error page to serve instead of the reader while the last build failed. */
  errorHtml?: string;
}

export interface StaticServer {
  server: Server;
  port: number;
  /** Tell every open page that build `n` is ready. */
  announce(n: number): void;
  close(): Promise<void>;
}

/**
 * A small HTTP server for the preview, on 127.0.0.1 only: the built files, the reload
 * script, and a Server-Sent Events stream that announces each finished build.
 */
export async function startStaticServer(state: PreviewServerState, wanted: number, host = '127.0.0.1'): Promise<StaticServer> {
  const clients = new Set<ServerResponse>();
  const server = createServer((req, res) => void handle(req, res).catch(() => send(res, 500, 'text/plain; charset=utf-8', 'Internal error')));

  let port = 0;
  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    // DNS rebinding: a page of another site whose name now points at 127.0.0.1 sends its own Host.
    if (!allowedHost(req.headers.host, port))
      return send(res, 403, 'text/plain; charset=utf-8', `Forbidden: this preview answers only http://localhost:${port}/ and http://127.0.0.1:${port}/`);
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'text/plain; charset=utf-8', 'Method not allowed');
    let pathname: string;
    try {
      pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    } catch {
      return send(res, 400, 'text/plain; charset=utf-8', 'Bad request');
    }
    if (pathname === '/__reader/reload.js') return send(res, 200, TYPES['.js']!, RELOAD_SCRIPT);
    if (pathname === '/__reader/hooks.js') return send(res, 200, TYPES['.js']!, PREVIEW_HOOKS_SCRIPT);
    if (pathname === '/__reader/preview.css') return send(res, 200, TYPES['.css']!, PREVIEW_CSS);
    if (pathname === '/__reader/events') return events(res);
    if (pathname === '/' || pathname === `/${state.htmlFile}`) {
      if (state.errorHtml) return send(res, 200, TYPES['.html']!, state.errorHtml);
    }
    const rel = pathname === '/' ? state.htmlFile : pathname.slice(1);
    const base = resolve(state.dir);
    const path = normalize(resolve(base, rel));
    // Only files inside the preview folder; `..` and absolute paths end here.
    if (!path.startsWith(base + sep)) return send(res, 404, 'text/plain; charset=utf-8', 'Not found');
    const info = await stat(path).catch(() => undefined);
    if (!info?.isFile()) return send(res, 404, 'text/plain; charset=utf-8', `Not found: ${pathname}`);
    res.writeHead(200, {
      'content-type': TYPES[extname(path)] ?? 'application/octet-stream',
      'content-length': info.size,
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
    });
    if (req.method === 'HEAD') return void res.end();
    createReadStream(path)
      .on('error', () => res.destroy())
      .pipe(res);
  }

  function events(res: ServerResponse): void {
    res.writeHead(200, { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-store', connection: 'keep-alive' });
    // Send the current build at once: a page built before it reloads straight away.
    res.write(`retry: 1000\nevent: build\ndata: ${state.build}\n\n`);
    clients.add(res);
    res.on('close', () => clients.delete(res));
  }

  await new Promise<void>((ok, fail) => {
    server.once('error', (e: NodeJS.ErrnoException) =>
      fail(
        e.code === 'EADDRINUSE'
          ? new ReaderError('PortInUse', `Port ${wanted} is in use`, 'Pick another with `--port N`, or `--port 0` for any free port.')
          : e,
      ),
    );
    server.listen(wanted, host, () => ok());
  });
  port = (server.address() as AddressInfo).port;
  return {
    server,
    port,
    announce(n) {
      for (const c of clients) c.write(`event: build\ndata: ${n}\n\n`);
    },
    close: () =>
      new Promise<void>((ok) => {
        // Open event streams would keep the server alive: end them first.
        for (const c of clients) c.end();
        clients.clear();
        server.close(() => ok());
        server.closeAllConnections();
      }),
  };
}

/** The Host header of a request to this server by its own name: `localhost` or `127.0.0.1`, with its port. */
export function allowedHost(host: string | undefined, port: number): boolean {
  const h = host?.toLowerCase();
  return h === `localhost:${port}` || h === `127.0.0.1:${port}` || (port === 80 && (h === 'localhost' || h === '127.0.0.1'));
}

function send(res: ServerResponse, status: number, type: string, body: string): void {
  res.writeHead(status, { 'content-type': type, 'content-length': Buffer.byteLength(body), 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' });
  res.end(body);
}
