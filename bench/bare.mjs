// A bare case as a command of its own, measured the way `reader build` is: Node starts, loads
// puppeteer-core, launches Chromium, serves the HTML folder on 127.0.0.1 (as pagedjs-cli does
// with express), lays the book out with Paged.js as shipped (or prints it without), writes the
// PDF and exits. Plain JavaScript on purpose: no TypeScript loader adds to its start.
// Usage: node bench/bare.mjs <paged|print> <html folder> <out.pdf> <chromium> '<flags as JSON>'
// Prints the page count on stdout (Paged.js's, or 0 for a print without it).
// bench.ts drives the same `printBare` in a browser of its own, for the in-process figures.
import { readFile, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import puppeteer from 'puppeteer-core';

const TYPES = {
  '.html': 'text/html',
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

/**
 * Load `url` in `page` and print it: laid out by Paged.js as shipped (its polyfill runs on load;
 * its `after` hook says when it is done), or, for `print`, as Chromium prints it once the fonts
 * are in. Returns the PDF and Paged.js's page count (0 for `print`).
 */
export async function printBare(page, url, mode) {
  let pages = 0;
  if (mode === 'paged') {
    let done;
    const finished = new Promise((r) => (done = r));
    await page.exposeFunction('__benchDone', (n) => done(n));
    // A source string, not a function: tsx would add a `__name` helper the page does not have.
    await page.evaluateOnNewDocument('window.PagedConfig = { auto: true, after: (flow) => window.__benchDone(flow.total) };');
    await page.goto(url, { waitUntil: 'load', timeout: 0 });
    pages = await finished;
  } else {
    await page.goto(url, { waitUntil: 'load', timeout: 0 });
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
  }
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true, tagged: true, timeout: 0 });
  return { pdf, pages };
}

async function main([mode, dir, out, executablePath, flags]) {
  const server = createServer(async (req, res) => {
    const path = normalize(join(dir, decodeURIComponent(new URL(req.url, 'http://x').pathname)));
    if (!path.startsWith(normalize(dir) + sep)) return res.writeHead(403).end();
    try {
      const body = await readFile(path);
      res.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' }).end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  const browser = await puppeteer.launch({
    executablePath,
    headless: /headless[-_]shell/.test(executablePath) ? 'shell' : true,
    args: JSON.parse(flags),
    protocolTimeout: 0,
  });
  try {
    const { pdf, pages } = await printBare(await browser.newPage(), `http://127.0.0.1:${server.address().port}/reader.html`, mode);
    await writeFile(out, pdf);
    process.stdout.write(`${pages}\n`);
  } finally {
    await browser.close();
    server.close();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main(process.argv.slice(2));
