// pdf.js's legacy build replaces built-ins (core-js) when loaded; src/util/pdfjs.ts puts them
// back. Run in a fresh process: the unit tests share one module graph, and another file may
// have imported pdf.js its own way before this one runs.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);

const SCRIPT = `
const { PDFDocument, StandardFonts } = await import('pdf-lib');
const natives = { push: Array.prototype.push, parse: JSON.parse, stringify: JSON.stringify, toString: Function.prototype.toString };
const { loadPdfJs } = await import('./src/util/pdfjs.ts');
const pdfjs = await loadPdfJs();
const kept = Object.fromEntries(Object.entries(natives).map(([k, f]) => [k, k === 'push' ? Array.prototype.push === f : k === 'toString' ? Function.prototype.toString === f : JSON[k] === f]));
const doc = await PDFDocument.create();
const page = doc.addPage([300, 200]);
page.drawText('Hello from the fields', { x: 20, y: 100, font: await doc.embedFont(StandardFonts.Helvetica) });
const read = await pdfjs.getDocument({ data: await doc.save(), verbosity: 0 }).promise;
const text = (await (await read.getPage(1)).getTextContent()).items.map((i) => i.str).join('');
await read.destroy();
console.log(JSON.stringify({ kept, text, withResolvers: typeof Promise.withResolvers }));
`;

describe('loadPdfJs', () => {
  it('leaves the built-ins pdf.js replaces as they were, and pdf.js still reads a PDF', async () => {
    const { stdout } = await run(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', SCRIPT], { encoding: 'utf8' });
    const out = JSON.parse(stdout.trim().split('\n').pop()!) as { kept: Record<string, boolean>; text: string; withResolvers: string };
    expect(out.kept).toEqual({ push: true, parse: true, stringify: true, toString: true });
    expect(out.text).toBe('Hello from the fields');
    // What pdf.js adds and needs on Node 20 stays.
    expect(out.withResolvers).toBe('function');
  });
});
