// A bare case as a command of its own, measured the way `reader build` is: Node starts, loads
// puppeteer-core, launches Chromium, serves the HTML folder on 127.0.0.1 (as pagedjs-cli does
// with express), lays the book out with Paged.js as shipped (or prints it without), writes the
// PDF and exits. Plain JavaScript on purpose: no TypeScript loader adds to its start.
// Usage: node bench/bare.mjs <paged|print> <html folder> <out.pdf> <chromium> '<flags as JSON>'
// Prints the page count on stdout.
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import puppeteer from 'puppeteer-core';

const [mode, dir, out, executablePath, flags] = process.argv.slice(2);
const TYPES = { '.html': 'text/html', '.css': 'text/css', '.js': 'text/javascript', '.woff2': 'font/woff2', '.woff': 'font/woff', '.svg': 'image/svg+xml', '.png': 'image/png' };

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
const url = `http://127.0.0.1:${server.address().port}/reader.html`;

const browser = await puppeteer.launch({ executablePath, headless: /headless[-_]shell/.test(executablePath) ? 'shell' : true, args: JSON.parse(flags), protocolTimeout: 0 });
try {
  const page = await browser.newPage();
  let pages = 0;
  if (mode === 'paged') {
    let done;
    const finished = new Promise((r) => (done = r));
    await page.exposeFunction('__benchDone', (n) => done(n));
    await page.evaluateOnNewDocument('window.PagedConfig = { auto: true, after: (flow) => window.__benchDone(flow.total) };');
    await page.goto(url, { waitUntil: 'load', timeout: 0 });
    pages = await finished;
  } else {
    await page.goto(url, { waitUntil: 'load', timeout: 0 });
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
  }
  await page.pdf({ path: out, preferCSSPageSize: true, printBackground: true, tagged: true, timeout: 0 });
  process.stdout.write(`${pages}\n`);
} finally {
  await browser.close();
  server.close();
}
