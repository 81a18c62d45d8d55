// The layout cache: a rebuild lays out only what changed, and prints the same book as a fresh build.
import { execFileSync } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build, createBuildSession, type BuildReport, type ProgressEvent } from '../../src/build.ts';
import { closeBrowser, launchBrowser } from '../../src/render/index.ts';
import type { Browser } from 'puppeteer-core';

const EDITED = '001-westmoreland-nothing-inevitable.txt';
let project: string;
let browser: Browser;

/**
 * Every word of a PDF with its page and box (poppler's -bbox). Boxes, not -layout text: the
 * joined book carries other font subsets than a fresh one, and -layout spaces lines by font metrics.
 */
// stderr captured, not shown: pdftotext says "no word list" for every blank page.
const text = (pdf: string) => execFileSync('pdftotext', ['-bbox', pdf, '-'], { encoding: 'utf8', maxBuffer: 64 << 20, stdio: ['ignore', 'pipe', 'pipe'] }).replace(/<head>[\s\S]*?<\/head>/, '');
const laidOut = (r: BuildReport) => r.layout!.parts.filter((p) => p.lane >= 0).map((p) => p.ids[0]);

/** The builds into out/ share a session, as `reader build --watch` does; the texts each normalized are noted. */
const session = createBuildSession();
let normalized: string[] = [];

async function buildInto(out: string, fresh = false) {
  normalized = [];
  const onProgress = (e: ProgressEvent) => void (e.stage === 'normalize' && e.text && normalized.push(e.text));
  return build({ config: join(project, 'reader.yaml'), out: join(project, out), browser, ...(fresh ? { fresh } : { session }), onProgress });
}

/** The rebuilt book reads exactly like a book built from scratch with the same sources. */
async function expectSameAsFresh(cached: string): Promise<void> {
  const fresh = await buildInto('fresh', true);
  expect(text(cached)).toBe(text(fresh.pdfPath));
}

describe('the layout cache', () => {
  beforeAll(async () => {
    project = await mkdtemp(join(tmpdir(), 'reader-layout-cache-'));
    await cp('content', join(project, 'content'), { recursive: true });
    await cp('reader.yaml', join(project, 'reader.yaml'));
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await closeBrowser(browser);
    await rm(project, { recursive: true, force: true });
  });

  it('lays out every part on the first build, and none when nothing changed', async () => {
    const first = await buildInto('out');
    expect(first.report.layout!.parts.every((p) => p.lane >= 0)).toBe(true);
    const printed = text(first.pdfPath);
    expect(normalized).toHaveLength(first.report.texts.length);
    const again = await buildInto('out');
    expect(laidOut(again.report)).toEqual([]);
    expect(normalized).toEqual([]);
    expect(again.report.pages).toBe(first.report.pages);
    expect(text(again.pdfPath)).toBe(printed);
  });

  it('after a word changes in one text, lays out that text, and not the contents whose numbers stay', async () => {
    const file = join(project, 'content', EDITED);
    await writeFile(file, (await readFile(file, 'utf8')).replace('the revolution', 'the great revolution'));
    const { report, pdfPath } = await buildInto('out');
    const ids = laidOut(report);
    expect(ids).toContain('westmoreland-inevitable');
    for (const untouched of ['ws-1991', 'westmoreland-testament', 'woods-2003', 'martinez-2021', 'contents']) expect(ids).not.toContain(untouched);
    // A few pages are not worth a second renderer loading the whole book: one lane lays them out.
    expect(new Set(report.layout!.parts.filter((p) => p.lane >= 0).map((p) => p.lane))).toEqual(new Set([0]));
    // The session normalized only the edited text again.
    expect(normalized).toEqual(['westmoreland-inevitable']);
    await expectSameAsFresh(pdfPath);
  });

  it('after a text grows by pages, lays out again the parts whose page numbers moved', async () => {
    const file = join(project, 'content', EDITED);
    const source = await readFile(file, 'utf8');
    // Its body twice over: the text grows by several pages, and every text after it moves.
    const paragraphs = source.split(/\n\s*\n/);
    const body = paragraphs.slice(2, -4).join('\n\n');
    await writeFile(file, `${paragraphs.slice(0, -4).join('\n\n')}\n\n${body}\n\n${paragraphs.slice(-4).join('\n\n')}`);
    const before = (await buildInto('fresh', true)).report;
    const { report, pdfPath } = await buildInto('out');
    expect(report.pages).toBe(before.pages);
    const ids = laidOut(report);
    expect(ids).toContain('westmoreland-testament');
    expect(ids).toContain('martinez-2021');
    expect(ids).not.toContain('ws-1991');
    await expectSameAsFresh(pdfPath);
  });
});
