import { existsSync } from 'node:fs';
import puppeteer, { type Browser } from 'puppeteer-core';
import { ReaderError } from '../errors.ts';
import { attachGuardLog, guardTargets, sealBrowser, type GuardLog } from './target-guard.ts';

/**
 * Chromium's headless shell comes first: the same Blink, built for automation without the
 * browser around it. It starts in about 0.1 s where the full browser takes 0.4 s, and a
 * page opens and closes faster, which is much of a rebuild after a small edit. The binary
 * itself before Debian's /usr/bin wrapper, a shell script that would stand between us and the
 * browser (a signal to it would not reach Chromium).
 */
const CANDIDATES = [
  '/usr/lib/chromium/chromium-headless-shell',
  '/usr/bin/chromium-headless-shell',
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
];

/** Is this binary a headless shell (it takes the old `--headless` switch, not `--headless=new`)? */
export const isHeadlessShell = (path: string) => /headless[-_]shell/.test(path);

/** The launch flags: no sandbox (we run as root in CI), and nothing that phones home. */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-dev-shm-usage',
  '--font-render-hinting=none',
];

/**
 * The seal's launch flags (see seal.ts and target-guard.ts for the rest). Every request of a
 * book is answered by the seal before it reaches the network; these make sure that what the
 * interception does not see cannot connect either: no new window can open, no host name or
 * address resolves (`~NOTFOUND` applies to 127.0.0.1 too), and every connection goes through
 * a proxy that does not exist, loopback included (`<-loopback>`). Speculation-rules prefetch
 * and prerender, which Chromium fetches outside the page's interception, end there.
 */
export const SEAL_FLAGS = [
  '--block-new-web-contents',
  '--host-resolver-rules=MAP * ~NOTFOUND',
  '--proxy-server=http://proxy.invalid:9',
  '--proxy-bypass-list=<-loopback>',
  '--force-webrtc-ip-handling-policy=disable_non_proxied_udp',
];

/** Find the system Chromium: `READER_CHROMIUM`, then the usual Debian paths. */
export function findChromium(): string {
  const fromEnv = process.env.READER_CHROMIUM;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw chromiumMissing(`READER_CHROMIUM points at \`${fromEnv}\`, which does not exist`);
  }
  const found = CANDIDATES.find((p) => existsSync(p));
  if (!found) throw chromiumMissing('No Chromium found');
  return found;
}

function chromiumMissing(what: string): ReaderError {
  return new ReaderError(
    'ChromiumMissing',
    `${what}; the PDF is printed by a local Chromium`,
    'Install it with `sudo apt-get install -y chromium` (Debian/Ubuntu), or set READER_CHROMIUM to its path. `npm start` and `npm test` install it when run as root.',
  );
}

/** Launch one headless browser for the whole run, sealed (SEAL_FLAGS, guardTargets). */
export async function launchBrowser(): Promise<Browser> {
  const executablePath = findChromium();
  const log: GuardLog = { refused: [], targets: [] };
  try {
    const browser = await puppeteer.launch({
      executablePath,
      headless: isHeadlessShell(executablePath) ? 'shell' : true,
      args: [...CHROMIUM_FLAGS, ...SEAL_FLAGS],
      // Over a pipe, not a socket: when this process dies, even by SIGKILL, the pipe closes and Chromium exits with it.
      pipe: true,
      targetFilter: guardTargets(log),
      // Layout of a long reader blocks the page for many seconds: no protocol call may time out on it.
      protocolTimeout: 0,
      // Puppeteer would answer Ctrl-C with process.exit(130) before our cleanup runs (staging
      // folder, lock): our AbortSignal closes the browser instead.
      handleSIGINT: false,
      handleSIGTERM: false,
      handleSIGHUP: false,
    });
    attachGuardLog(browser, log);
    await sealBrowser(browser, log).catch(async (e: unknown) => {
      await browser.close().catch(() => {});
      throw e;
    });
    return browser;
  } catch (e) {
    throw new ReaderError(
      'ChromiumLaunch',
      `Chromium at \`${executablePath}\` did not start: ${(e as Error).message.split('\n')[0]}`,
      'Check that it runs: `chromium --headless --no-sandbox --dump-dom about:blank`.',
    );
  }
}
