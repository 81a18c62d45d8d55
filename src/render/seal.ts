import { readFile, realpath, stat } from 'node:fs/promises';
import { extname, normalize, resolve, sep } from 'node:path';
import type { Page, Protocol } from 'puppeteer-core';

/** The one origin the page may load from; `.invalid` can never resolve on any network. */
export const BOOK_ORIGIN = 'https://book.invalid';

/** The scripts a book may run: Paged.js, which the build ships beside the HTML. */
export const BOOK_SCRIPTS = ['assets/paged.polyfill.js'];

/**
 * Content types of the files a book (or its preview) serves, by extension. Anything else is
 * `application/octet-stream`, which with `nosniff` Chromium neither runs nor applies.
 */
export const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.svg': 'image/svg+xml',
};

/**
 * The policy every document of a book is served with, whatever its template says (a template
 * may drop its own `<meta>` policy): only the exact scripts the build ships run, so a user's
 * stylesheet loaded as `<script src=…>` does not, nor does an inline script or speculation
 * rule; nothing loads from anywhere but the book; no frame, form, base or plugin.
 */
export function bookPolicy(scripts: string[] = BOOK_SCRIPTS): string {
  return [
    "default-src 'none'",
    `script-src ${scripts.map((s) => `${BOOK_ORIGIN}/${s}`).join(' ')}`,
    `style-src ${BOOK_ORIGIN} 'unsafe-inline'`,
    `font-src ${BOOK_ORIGIN}`,
    `img-src ${BOOK_ORIGIN} data:`,
    // Paged.js reads the stylesheets again with fetch().
    `connect-src ${BOOK_ORIGIN}`,
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** The headers of every response the seal gives. */
function headersFor(type: string): Protocol.Fetch.HeaderEntry[] {
  return [
    { name: 'Content-Type', value: type },
    { name: 'X-Content-Type-Options', value: 'nosniff' },
    { name: 'Content-Security-Policy', value: bookPolicy() },
    { name: 'Referrer-Policy', value: 'no-referrer' },
    { name: 'Cache-Control', value: 'no-store' },
  ];
}

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
  cdp.on('Fetch.requestPaused', (event: Protocol.Fetch.RequestPausedEvent) => void handle(event));
  await cdp.send('Fetch.enable', { patterns: [{ urlPattern: '*' }] });
  /** Every request is answered, whatever happens here: one left paused would hang the page's load. */
  async function handle({ requestId, request }: Protocol.Fetch.RequestPausedEvent): Promise<void> {
    const url = request.url;
    try {
      if (url.startsWith('data:')) return void (await cdp.send('Fetch.continueRequest', { requestId }));
      const served = await serve(url).catch(() => undefined);
      if (served) {
        log.served.push(url);
        return void (await cdp.send('Fetch.fulfillRequest', { requestId, responseCode: 200, responseHeaders: headersFor(served.type), body: served.body }));
      }
      log.refused.push(url);
      await cdp.send('Fetch.failRequest', { requestId, errorReason: 'BlockedByClient' });
    } catch {
      // The page went away meanwhile, or the answer failed: refuse it (a closed page ignores this).
      await cdp.send('Fetch.failRequest', { requestId, errorReason: 'BlockedByClient' }).catch(() => {});
    }
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
    const name = safeDecode(new URL(url).pathname.slice(1));
    // A path that is not valid percent-encoding (`![a](%E0%A4.png)`) names no file: refused.
    if (name === undefined) return undefined;
    const path = normalize(resolve(base, name));
    // Inside the folder as written and as resolved: a link in it to a file elsewhere is not served.
    const real = path.startsWith(base + sep) ? await realpath(path).catch(() => undefined) : undefined;
    const realBase = await realpath(base).catch(() => base);
    const body = real?.startsWith(realBase + sep) ? await encodedFile(path) : undefined;
    return body === undefined ? undefined : { body, type: CONTENT_TYPES[extname(path)] ?? 'application/octet-stream' };
  }
  return log;
}

function safeDecode(s: string): string | undefined {
  try {
    return decodeURIComponent(s);
  } catch {
    return undefined;
  }
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
