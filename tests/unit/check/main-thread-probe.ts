// Run by page-readers.test.ts in a fresh process: reads a PDF's pages through the workers and
// says whether pdf.js (or its polyfills) reached this thread.
import { PDFDocument } from 'pdf-lib';
import { readPages, warmPageReaders } from '../../../src/check/page-readers.ts';

// `warm`: start the readers and read nothing, as a build that fails after layout began; the process must still exit.
if (process.argv[2] === 'warm') {
  warmPageReaders();
  console.log(JSON.stringify({ warmed: true }));
} else await readAPdf();

async function readAPdf(): Promise<void> {
  const natives = { stringify: JSON.stringify, push: Array.prototype.push };
  const doc = await PDFDocument.create();
  doc.addPage();
  const shares = await readPages(await doc.save());
  const pages = shares.flatMap((s) => s.pages).length;
  const same = JSON.stringify === natives.stringify && Array.prototype.push === natives.push;
  console.log(JSON.stringify({ pages, pdfjs: typeof (globalThis as { pdfjsLib?: unknown }).pdfjsLib, same }));
}
