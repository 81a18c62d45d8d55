// The checker's pages are read by pdf.js in worker threads (src/check/page-readers.ts), each a
// share of the pages; these tests run the real workers.
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { readPages, warmPageReaders } from '../../../src/check/page-readers.ts';

async function pdfOf(pages: number): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (let i = 1; i <= pages; i++) doc.addPage([300, 200]).drawText(`page ${i}`, { x: 20, y: 100, font });
  return doc.save();
}

describe('readPages', () => {
  it('reads every page once across the shares, and the document facts once', async () => {
    warmPageReaders();
    const shares = await readPages(await pdfOf(7));
    const numbers = shares.flatMap((s) => s.pages.map(([n]) => n)).sort((a, b) => a - b);
    expect(numbers).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(shares.filter((s) => s.document).map((s) => s.document!.numPages)).toEqual([7]);
    // Text drawn outside any marked content: every page has untagged painting.
    for (const s of shares) for (const [, page] of s.pages) expect([...page.findings]).toContain('untagged');
  });

  it('rejects bytes pdf.js cannot read with its reason, and reads the next PDF', async () => {
    await expect(readPages(new TextEncoder().encode('not a pdf at all'))).rejects.toThrow(/PDF/i);
    expect((await readPages(await pdfOf(2))).flatMap((s) => s.pages)).toHaveLength(2);
  });

  it('stops on an aborted signal with its reason, and the next read starts new readers', async () => {
    const control = new AbortController();
    const bytes = await pdfOf(40);
    await readPages(await pdfOf(1));
    // Idle: the read has started when readPages returns, so this abort stops the readers.
    const reading = readPages(bytes, control.signal);
    control.abort();
    await expect(reading).rejects.toMatchObject({ name: 'AbortError' });
    expect((await readPages(await pdfOf(3))).flatMap((s) => s.pages)).toHaveLength(3);
  });

  it('leaves pdf.js out of the calling thread (a fresh process, through the sources)', async () => {
    const probe = fileURLToPath(new URL('./main-thread-probe.ts', import.meta.url));
    const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', probe], { encoding: 'utf8' });
    expect(JSON.parse(stdout.trim().split('\n').pop()!)).toEqual({ pages: 1, pdfjs: 'undefined', same: true });
  });

  it('never keeps a process alive: one that starts the readers and reads nothing exits (a build failing after layout began)', async () => {
    const probe = fileURLToPath(new URL('./main-thread-probe.ts', import.meta.url));
    // Resolves when the process exits by itself; before the fix it never did.
    const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', probe, 'warm'], { encoding: 'utf8' });
    expect(JSON.parse(stdout.trim().split('\n').pop()!)).toEqual({ warmed: true });
  });
});
