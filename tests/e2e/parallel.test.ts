// The reader is laid out in parts, at once, in separate renderers, and joined: read the join back.
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFRef } from 'pdf-lib';
import { describe, expect, inject, it } from 'vitest';
import { build } from '../../src/pipeline/index.ts';
import { launchBrowser } from '../../src/render/index.ts';
import { closeBrowser } from '../../src/render/retry.ts';
import { descendantsOf } from '../../src/util/processes.ts';
import { pdftotextPages, printedFolio } from './pdf-read.ts';

const sample = inject('sample');
const N = (s: string) => PDFName.of(s);

/** CPU time (ms) of each renderer process of a browser, by pid. */
function rendererCpu(browserPid: number): Map<number, number> {
  const out = new Map<number, number>();
  for (const pid of descendantsOf(browserPid)) {
    try {
      if (!readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('--type=renderer')) continue;
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      out.set(pid, (Number(fields[11]) + Number(fields[12])) * 10);
    } catch {
      /* gone */
    }
  }
  return out;
}

describe('the reader laid out in parts', () => {
  it('lays the parts out in two renderer processes at once', async () => {
    const out = await mkdtemp(join(tmpdir(), 'reader-parallel-'));
    const browser = await launchBrowser();
    const pid = browser.process()!.pid!;
    const busy = new Map<number, number>();
    const sampler = setInterval(() => {
      for (const [p, ms] of rendererCpu(pid)) busy.set(p, Math.max(busy.get(p) ?? 0, ms));
    }, 100);
    try {
      const { report } = await build({ config: 'reader.yaml', out, browser, lanes: 2 });
      expect(report.layout?.lanes).toBe(2);
      // Both lanes did real layout work, each in a renderer of its own.
      const working = [...busy.values()].filter((ms) => ms >= 300);
      expect(working.length, `renderer CPU ms: ${[...busy.values()].join(', ')}`).toBeGreaterThanOrEqual(2);
      expect(report.pages).toBe(sample.report.pages);
    } finally {
      clearInterval(sampler);
      await closeBrowser(browser);
      await rm(out, { recursive: true, force: true });
    }
  });

  it('splits the sample into parts that each start on a right-hand page, shared by more than one lane', () => {
    const parts = sample.report.layout!.parts;
    expect(parts.length).toBeGreaterThanOrEqual(8);
    for (const p of parts) expect(p.start % 2, p.ids.join()).toBe(1);
    for (const [i, p] of parts.entries()) if (i > 0) expect(p.start).toBeGreaterThan(parts[i - 1]!.start + parts[i - 1]!.pages - 1);
    expect(new Set(parts.map((p) => p.lane)).size).toBeGreaterThanOrEqual(Math.min(2, sample.report.layout!.lanes));
  });

  it('prints each page its number in the whole book, across the joins', () => {
    const pages = pdftotextPages(sample.pdf, true);
    let checked = 0;
    for (const part of sample.report.layout!.parts) {
      if (part.ids.includes('cover')) continue;
      // The first and last page of every part, where a join would show a wrong number.
      for (const n of [part.start, part.start + part.pages - 1]) {
        const folio = printedFolio(pages[n]!);
        expect(folio, `page ${n} (${part.ids.join()})`).toBe(n);
        checked++;
      }
    }
    expect(checked).toBeGreaterThanOrEqual(16);
  });

  it('points every internal link at a named destination on its target page, across parts too', async () => {
    const doc = await PDFDocument.load(readFileSync(sample.pdf), { updateMetadata: false });
    const dests = doc.catalog.lookup(N('Dests'), PDFDict);
    const index = new Map(doc.getPages().map((p, i) => [p.ref.toString(), i + 1]));
    const partOf = (page: number) => sample.report.layout!.parts.findIndex((p) => page >= p.start && page < p.start + p.pages);
    let across = 0;
    let links = 0;
    for (const [i, page] of doc.getPages().entries()) {
      for (const ref of page.node.Annots()?.asArray() ?? []) {
        const annot = doc.context.lookup(ref, PDFDict);
        const uri = annot.lookupMaybe(N('A'), PDFDict)?.get(N('URI'));
        expect(String(uri ?? ''), `page ${i + 1}`).not.toContain('__link');
        const dest = annot.get(N('Dest'));
        if (!(dest instanceof PDFName)) continue;
        links++;
        const target = dests.lookupMaybe(dest, PDFArray);
        expect(target, `destination ${dest.decodeText()}`).toBeDefined();
        const targetPage = index.get((target!.get(0) as PDFRef).toString())!;
        expect(targetPage, dest.decodeText()).toBe(sample.anchors[dest.decodeText()]);
        if (partOf(targetPage) !== partOf(i + 1)) across++;
      }
    }
    expect(links).toBeGreaterThan(300);
    // The contents, the introduction's matrix and the concordance all link into the texts.
    expect(across).toBeGreaterThan(100);
  });

  it('joins the parts into one structure tree under one Document', async () => {
    const doc = await PDFDocument.load(readFileSync(sample.pdf), { updateMetadata: false });
    const root = doc.catalog.lookup(N('StructTreeRoot'), PDFDict);
    const top = doc.context.lookup(root.get(N('K')));
    expect(top).toBeInstanceOf(PDFDict);
    expect((top as PDFDict).get(N('S'))).toBe(N('Document'));
  });
});
