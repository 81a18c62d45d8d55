import type { Browser, CDPSession, Protocol, Target } from 'puppeteer-core';

/**
 * The browser-wide half of the seal (render/seal.ts seals each page we open). A book must
 * never open a page of its own: a popup from `window.open`, a `target=_blank` link or form,
 * a speculation-rules prerender, a frame or worker in a process of its own. Chromium creates
 * such a target paused, and puppeteer (attached to every target) resumes it at once. This
 * guard runs in puppeteer's target filter, before that resume: it turns on request
 * interception for the new target, refusing every request it makes, and closes it if it is a
 * page. Launch flags (chromium.ts) block new windows and resolve no host name or address
 * besides, so a target that slipped past both would still reach no network.
 */

/** What the guard refused, per browser: requests of targets the book tried to open. */
export interface GuardLog {
  /** Requests refused, by URL, in order (a render takes those made since it started). */
  refused: string[];
  /** Targets closed or sealed, as `type url`. */
  targets: string[];
}

type TargetInternals = Target & { _getTargetInfo(): Protocol.Target.TargetInfo; _session(): CDPSession | undefined };

const logs = new WeakMap<Browser, GuardLog>();

/** The guard's log for a browser that launchBrowser started (empty for any other). */
export const guardLog = (browser: Browser): GuardLog => logs.get(browser) ?? { refused: [], targets: [] };

export const attachGuardLog = (browser: Browser, log: GuardLog) => void logs.set(browser, log);

/** Targets we open ourselves: pages made by `browser.newPage()` (no opener), the browser and its tabs. */
export function isOurs(info: Protocol.Target.TargetInfo): boolean {
  if (info.type === 'browser' || info.type === 'tab') return true;
  return info.type === 'page' && !info.openerId && info.subtype !== 'prerender';
}

/**
 * A puppeteer `targetFilter` that seals every target the book opens (see above). It keeps
 * every target attached (returns true): a detached target would lose its interception.
 */
export function guardTargets(log: GuardLog): (target: Target) => boolean {
  return (target) => {
    const t = target as TargetInternals;
    const info = t._getTargetInfo?.();
    const session = t._session?.();
    // Called once on discovery without a session: the attach that follows brings it.
    if (!info || !session || isOurs(info)) return true;
    log.targets.push(`${info.subtype ?? info.type} ${info.url}`.trim());
    // Sent now, before puppeteer's resume on the same session: the target runs sealed from its first request.
    session.on('Fetch.requestPaused', (e: Protocol.Fetch.RequestPausedEvent) => {
      log.refused.push(e.request.url);
      void session.send('Fetch.failRequest', { requestId: e.requestId, errorReason: 'BlockedByClient' }).catch(() => {});
    });
    const sealed = session.send('Fetch.enable', { patterns: [{ urlPattern: '*' }] });
    // Closed once sealed and running: closed while still paused, a popup could leave its opener's load waiting.
    if (info.type === 'page') void sealed.then(() => session.connection()?.send('Target.closeTarget', { targetId: info.targetId })).catch(() => {});
    else sealed.catch(() => {});
    return true;
  };
}

/**
 * Interception for the whole browser: a request that no page's seal answered (a target the
 * guard above reached too late, one of our pages before its seal is on) is refused here. A
 * page's own seal answers its requests first, so this sees none of a book's files.
 */
export async function sealBrowser(browser: Browser, log: GuardLog): Promise<void> {
  const cdp = await browser.target().createCDPSession();
  cdp.on('Fetch.requestPaused', (e: Protocol.Fetch.RequestPausedEvent) => {
    log.refused.push(e.request.url);
    void cdp.send('Fetch.failRequest', { requestId: e.requestId, errorReason: 'BlockedByClient' }).catch(() => {});
  });
  await cdp.send('Fetch.enable', { patterns: [{ urlPattern: '*' }] });
}
