import { readFile } from 'node:fs/promises';
import { extname, normalize, resolve, sep } from 'node:path';
import type { HTTPRequest, Page } from 'puppeteer-core';

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
 */
export async function sealPage(page: Page, dir: string): Promise<SealLog> {
  const log: SealLog = { served: [], refused: [] };
  const base = resolve(dir);
  await page.setRequestInterception(true);
  page.on('request', (request: HTTPRequest) => void handle(request));
  async function handle(request: HTTPRequest): Promise<void> {
    const url = request.url();
    if (url.startsWith('data:')) return request.continue();
    if (url.startsWith(`${BOOK_ORIGIN}/`)) {
      const path = normalize(resolve(base, decodeURIComponent(new URL(url).pathname.slice(1))));
      if (path.startsWith(base + sep)) {
        try {
          const body = await readFile(path);
          log.served.push(url);
          return request.respond({ status: 200, contentType: CONTENT_TYPES[extname(path)] ?? 'application/octet-stream', body });
        } catch {
          /* fall through: refused */
        }
      }
    }
    log.refused.push(url);
    return request.abort('blockedbyclient');
  }
  return log;
}
