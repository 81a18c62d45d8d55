// axe-core in the real Chromium: the HTML the tool writes, loaded as a reader's browser
// loads it (its own folder served, no network), then audited. Scripts of the page are left
// out: the paged HTML's Paged.js would turn it into print pages, which no one reads on screen.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Browser } from 'puppeteer-core';

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: number;
  /** The first offending element, for the failure message. */
  target: string;
}

const axeSource = readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** axe's violations on an HTML file (WCAG 2.x A/AA and best practices). */
export async function axeViolations(browser: Browser, file: string): Promise<AxeViolation[]> {
  const page = await browser.newPage();
  try {
    await page.setJavaScriptEnabled(false);
    const html = (await readFile(file, 'utf8')).replace(/<script\b[^>]*>[\s\S]*?<\/script>/gi, '');
    // Relative assets (styles, fonts, images) resolve against the file's own folder.
    await page.goto(`file://${join(dirname(file), '.axe-blank.html')}`).catch(() => {});
    await page.setContent(html.replace(/<head>/i, `<head><base href="file://${dirname(file)}/">`), { waitUntil: 'load' });
    await page.setJavaScriptEnabled(true);
    await page.evaluate(await axeSource);
    const result = (await page.evaluate(async () => {
      const axe = (
        window as unknown as {
          axe: {
            run: (
              ctx: Document,
              options: unknown,
            ) => Promise<{ violations: Array<{ id: string; impact: string | null; help: string; nodes: Array<{ target: string[] }> }> }>;
          };
        }
      ).axe;
      return axe.run(document, { resultTypes: ['violations'] });
    })) as { violations: Array<{ id: string; impact: string | null; help: string; nodes: Array<{ target: string[] }> }> };
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.length, target: v.nodes[0]?.target.join(' ') ?? '' }));
  } finally {
    await page.close();
  }
}
