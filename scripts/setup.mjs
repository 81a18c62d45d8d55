#!/usr/bin/env node
// Setup that `npm start` and `npm test` run first. Dependency-free on purpose: it runs
// before node_modules exists. It (1) installs node modules from the lockfile when they are
// missing or stale, (2) builds the CLI bundle (dist/cli/main.mjs) when src/ changed, (3) finds
// Chromium and poppler-utils, installing Debian's packages when run as root, or printing the
// exact command otherwise. It also installs the independent readers the tests use: MuPDF
// (mutool), qpdf and epubcheck.
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const say = (s) => process.stderr.write(`setup: ${s}\n`);

function lockHash() {
  return createHash('sha256')
    .update(readFileSync(join(root, 'package-lock.json')))
    .digest('hex');
}

function ensureModules() {
  const stamp = join(root, 'node_modules', '.reader-setup-lock-hash');
  const want = lockHash();
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === want) return;
  say('installing node modules from package-lock.json (npm ci)…');
  const r = spawnSync('npm', ['ci', '--no-audit', '--no-fund', '--loglevel=error'], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, PUPPETEER_SKIP_DOWNLOAD: '1' },
  });
  if (r.status !== 0) {
    say('npm ci failed; see the messages above.');
    process.exit(r.status ?? 1);
  }
  writeFileSync(stamp, want);
}

// The same list as src/render/chromium.ts: Debian's headless shell first (it starts in 0.1 s
// where the full browser takes 0.4 s), then the full browser.
const SHELL = '/usr/bin/chromium-headless-shell';
const CHROMIUM = [
  '/usr/lib/chromium/chromium-headless-shell',
  SHELL,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
];
const findChromium = () =>
  process.env.READER_CHROMIUM && existsSync(process.env.READER_CHROMIUM) ? process.env.READER_CHROMIUM : CHROMIUM.find((p) => existsSync(p));
const has = (cmd) => spawnSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' }).status === 0;

function ensureSystemPackages() {
  const missing = [];
  const chromium = findChromium();
  if (!chromium) missing.push('chromium');
  if (!has('pdftotext') || !has('pdffonts') || !has('pdfinfo')) missing.push('poppler-utils');
  // The tests read every PDF and EPUB back with tools that share no code with the writer:
  // MuPDF, qpdf and epubcheck beside poppler.
  if (!has('mutool')) missing.push('mupdf-tools');
  if (!has('qpdf')) missing.push('qpdf');
  if (!has('epubcheck')) missing.push('epubcheck');
  // Without READER_CHROMIUM, the faster headless shell is wanted beside (not instead of) Chromium.
  const wantShell = !process.env.READER_CHROMIUM && !existsSync(SHELL);
  if (wantShell) missing.push('chromium-headless-shell');
  if (missing.length === 0) return;
  const cmd = `apt-get update && apt-get install -y --no-install-recommends ${missing.join(' ')}`;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot || !has('apt-get')) {
    say(`missing ${missing.join(' and ')}. Install with:\n  sudo ${cmd.replace('&& apt-get', '&& sudo apt-get')}`);
    if (missing.includes('chromium')) process.exit(2);
    return;
  }
  say(`installing ${missing.join(', ')} with apt-get…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  try {
    execFileSync('sh', ['-c', cmd], { stdio: ['ignore', 'ignore', 'inherit'], env });
  } catch (e) {
    // Only the shell missing: the full browser prints the same PDF, a little slower to start.
    if (chromium && missing.length === 1) return say(`could not install chromium-headless-shell; using ${chromium}.`);
    throw e;
  }
  if (!findChromium()) {
    say('chromium was installed but not found at /usr/bin/chromium; set READER_CHROMIUM to its path.');
    process.exit(2);
  }
}

/** bin/reader.js would build it on first use too; building here keeps that out of the first command. */
async function ensureCliBundle() {
  try {
    const { ensureBundle } = await import('./cli-bundle.mjs');
    await ensureBundle();
  } catch (e) {
    say(`could not build the CLI bundle (${String(e?.message ?? e).split('\n')[0]}); the CLI will run the sources through tsx.`);
  }
}

ensureModules();
await ensureCliBundle();
ensureSystemPackages();
