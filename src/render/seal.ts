import { readFile, stat } from 'node:fs/promises';
import { extname, normalize, resolve, sep } from 'node:path';
import type { Page, Protocol } from 'puppeteer-core';

/** The one origin the page may load from; `.invalid` can never resolve on any network. */
export const BOOK_ORIGIN = 'https://book.invalid';

/** Content types of the files a book (or its preview) serves. */
export const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.svg': 'image/svg+xml',
};

export interface SealLog {
  served: string[];
  /** Every request that was refused: it never left the page. */
  refused: string[];
}

/**
 * Seal a page: every request is intercepted. Files of the build's own folder are served
 * from disk under BOOK_ORIGIN; `data:` URLs pass; everything else is refused and logged.
 * Through Chromium's Fetch domain directly, with each file's body encoded once per process:
 * served through puppeteer's request objects, every lane paid a JavaScript base64 encoding of
 * Paged.js and the fonts (1.3 MB) on Node's one thread while the lanes waited to load.
 */
export async function sealPage(page: Page, dir: string | (() => string), once?: { file: string; body: string }): Promise<SealLog> {
  const log: SealLog = { served: [], refused: [] };
  // A page loaded ahead serves the last build's folder, then its own build's (render/open-page.ts).
  const root = () => resolve(typeof dir === 'function' ? dir() : dir);
  // A document served from memory the first time its file is asked for (the shell a page loads ahead).
  let first = once && { url: `${BOOK_ORIGIN}/${once.file}`, body: Buffer.from(once.body).toString('base64') };
  const cdp = await page.createCDPSession();
  // A body fulfilled here is never stored by the browser's cache: a rebuild's changed file is read anew.
  await page.setCacheEnabled(false);
  cdp.on('Fetch.requestPaused', (event: Protocol.Fetch.RequestPausedEvent) => void handle(event).catch(() => {}));
  await cdp.send('Fetch.enable', { patterns: [{ urlPattern: '*' }] });
  async function handle({ requestId, request }: Protocol.Fetch.RequestPausedEvent): Promise<void> {
    const url = request.url;
    if (url.startsWith('data:')) return void (await cdp.send('Fetch.continueRequest', { requestId }));
    const served = await serve(url);
    if (served) {
      log.served.push(url);
      return void (await cdp.send('Fetch.fulfillRequest', { requestId, responseCode: 200, responseHeaders: [{ name: 'Content-Type', value: served.type }], body: served.body }));
    }
    log.refused.push(url);
    await cdp.send('Fetch.failRequest', { requestId, errorReason: 'BlockedByClient' });
  }
  /** The body (base64) and type of a URL the page may load: the shell once, else a file of the folder. */
  async function serve(url: string): Promise<{ body: string; type: string } | undefined> {
    if (first && url === first.url) {
      const { body } = first;
      first = undefined;
      return { body, type: CONTENT_TYPES['.html']! };
    }
    if (!url.startsWith(`${BOOK_ORIGIN}/`)) return undefined;
    const base = root();
    const path = normalize(resolve(base, decodeURIComponent(new URL(url).pathname.slice(1))));
    const body = path.startsWith(base + sep) ? await encodedFile(path) : undefined;
    return body === undefined ? undefined : { body, type: CONTENT_TYPES[extname(path)] ?? 'application/octet-stream' };
  }
  return log;
}

/** Files as base64, kept while their size and modification time stay the same. */
const encoded = new Map<string, { size: number; mtimeMs: number; base64: string }>();

/** A file's bytes in base64 (as CDP wants a body), or undefined if it cannot be read. */
async function encodedFile(path: string): Promise<string | undefined> {
  try {
    const { size, mtimeMs } = await stat(path);
    const known = encoded.get(path);
    if (known && known.size === size && known.mtimeMs === mtimeMs) return known.base64;
    const base64 = (await readFile(path)).toString('base64');
    // Only what is worth keeping (Paged.js, fonts), and not without bound: a watch session rebuilds for hours.
    if (size > 16_384) {
      if (encoded.size > 64) encoded.clear();
      encoded.set(path, { size, mtimeMs, base64 });
    }
    return base64;
  } catch {
    return undefined;
  }
}
