// The layout cache: a rebuild lays out only what changed, and prints the same book as a fresh build.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { build, createBuildSession, type BuildReport, type ProgressEvent } from '../../src/pipeline/index.ts';
import { readStructTree, type Kid } from '../../src/pdf/struct-tree.ts';
import { loadPdf } from '../../src/util/pdf-io.ts';
import { pdfWordBoxes as text } from './pdf-read.ts';
import { useSampleProject } from './sample-project.ts';

const EDITED = '001-westmoreland-nothing-inevitable.txt';
const project = useSampleProject('reader-layout-cache-', { short: true });
const laidOut = (r: BuildReport) => r.layout!.parts.filter((p) => p.lane >= 0).map((p) => p.ids[0]);

/** The builds into out/ share a session, as `reader build --watch` does; the texts each normalized are noted. */
const session = createBuildSession();
let normalized: string[] = [];

async function buildInto(out: string, fresh = false) {
  normalized = [];
  const onProgress = (e: ProgressEvent) => void (e.stage === 'normalize' && e.text && normalized.push(e.text));
  return build({
    config: join(project.dir, 'reader.yaml'),
    out: join(project.dir, out),
    browser: project.browser,
    ...(fresh ? { fresh } : { session }),
    onProgress,
  });
}

/**
 * The rebuilt book reads exactly like a book built from scratch with the same sources, and is
 * tagged the same: the same structure elements, each with the same marked content (a watch
 * session joins prints it kept in memory from earlier builds: nothing of them may have changed).
 */
async function expectSameAsFresh(cached: string, freshPdf?: string): Promise<void> {
  const fresh = freshPdf ?? (await buildInto('fresh', true)).pdfPath;
  expect(text(cached)).toBe(text(fresh));
  expect(await structure(cached)).toBe(await structure(fresh));
}

/** The structure tree in reading order: each element's type and depth, and the page index and MCID of its marked content. */
async function structure(pdf: string): Promise<string> {
  const doc = await loadPdf(await readFile(pdf));
  const pages = new Map(doc.getPages().map((p, i) => [p.ref.toString(), i]));
  const lines: string[] = [];
  const walk = (kid: Kid, depth: number): void => {
    if (kid.kind === 'elem') {
      lines.push(`${' '.repeat(depth)}${kid.type}`);
      for (const k of kid.kids) walk(k, depth + 1);
    } else if (kid.kind === 'mcid') lines.push(`${' '.repeat(depth)}mcid ${pages.get(kid.page.toString())}:${kid.mcid}`);
    else lines.push(`${' '.repeat(depth)}objr`);
  };
  for (const root of readStructTree(doc)?.roots ?? []) walk(root, 0);
  expect(lines.length).toBeGreaterThan(1000);
  return lines.join('\n');
}

describe('the layout cache', () => {
  it('lays out every part on the first build, and none when nothing changed', async () => {
    const first = await buildInto('out');
    expect(first.report.layout!.parts.every((p) => p.lane >= 0)).toBe(true);
    const printed = text(first.pdfPath);
    expect(normalized).toHaveLength(first.report.texts.length);
    const again = await buildInto('out');
    expect(laidOut(again.report)).toEqual([]);
    expect(first.report.layout!.loadedAhead).toBeUndefined();
    expect(normalized).toEqual([]);
    expect(again.report.pages).toBe(first.report.pages);
    expect(text(again.pdfPath)).toBe(printed);
  });

  it('after a word changes in one text, lays out that text, and not the contents whose numbers stay', async () => {
    const file = join(project.dir, 'content', EDITED);
    await writeFile(file, (await readFile(file, 'utf8')).replace('the revolution', 'the great revolution'));
    const { report, pdfPath } = await buildInto('out');
    // The build before left a page with the book's shell loaded for this one, which took the body into it.
    expect(report.layout!.loadedAhead).toBe(true);
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
    const file = join(project.dir, 'content', EDITED);
    const source = await readFile(file, 'utf8');
    // Its body twice over: the text grows by several pages, and every text after it moves.
    const paragraphs = source.split(/\n\s*\n/);
    const body = paragraphs.slice(2, -4).join('\n\n');
    await writeFile(file, `${paragraphs.slice(0, -4).join('\n\n')}\n\n${body}\n\n${paragraphs.slice(-4).join('\n\n')}`);
    // A build from scratch of the same sources, built first: the cached build must match it.
    const fresh = await buildInto('fresh', true);
    const before = fresh.report;
    const { report, pdfPath } = await buildInto('out');
    expect(report.pages).toBe(before.pages);
    const ids = laidOut(report);
    expect(ids).toContain('westmoreland-testament');
    expect(ids).toContain('martinez-2021');
    expect(ids).not.toContain('ws-1991');
    await expectSameAsFresh(pdfPath, fresh.pdfPath);
  });
});
