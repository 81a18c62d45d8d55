/**
 * Chromium blocks a request that the page's Content-Security-Policy forbids before it
 * reaches our request interception, and only says so on the console. This turns such a
 * console line into the URL it refused, so it is reported with the seal's refusals.
 */
const PATTERNS = [/'([^']+)' violates the following Content Security Policy/, /^Refused to [^']*'([^']+)'/, /^Not allowed to load local resource: (\S+)/];

export function refusedByPolicy(message: string): string | undefined {
  for (const re of PATTERNS) {
    const m = re.exec(message);
    if (m) return m[1];
  }
  return undefined;
}
