/**
 * Why MuPDF 1.21's search (which joins a line-end hyphen, unlike its plain text) still misses a
 * few hyphenated words (issue #19): it joins them only within one block, and starts a new block
 * at a line that opens a new text object at another x than the line before it
 * (stext-device.c's text-indent test). Chromium sets each line in a text object of its own, so a
 * paragraph's indented first line is a block alone, and a word broken at its end is lost to
 * search. In the sample, the 14 words' occurrences broken at a line end: 24 within a block, 6
 * across two, and these 6 are the 6 of 684 Debian's mutool search misses (MuPDF 1.28 finds all).
 * One small PDF per case, "The revo-" indented, "lution came." at the margin; "revolution"
 * counted by MuPDF search (mutool run), the blocks of `mutool draw -F stext`, pdftotext and
 * pdf.js's text (a line-end hyphen joined). Measured 2026-12-06, mutool 1.21.1:
 *   today's shape (line, artifact hyphen, line: each a text object)      search 0, 2 blocks
 *   the hyphen opens the second line's text object (marked content in it) search 1, 1 block
 * poppler and pdf.js find the word in every case. A writer could keep the block whole by
 * drawing the artifact hyphen at the start of the next line's text object; since marked content
 * and text objects must nest (BDC BT EMC ET is not allowed), the line's sequence would then be
 * cut once more after that text object. Not done: it is Debian 1.21's search only.
 * Usage: npx tsx bench/mupdf-blocks.ts
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadPdfJs } from '../src/util/pdfjs.ts';
import { handPdf, streamObject } from './hand-pdf.ts';

const l1 = '/F1 12 Tf 1 0 0 1 32 150 Tm (The revo) Tj';
const hy = '/F1 12 Tf 1 0 0 1 79.35 150 Tm (-) Tj';
const l2 = '/F1 12 Tf 1 0 0 1 20 135 Tm (lution came.) Tj';
const cases: Array<[string, string]> = [
  [
    'today: line, hyphen, line each a text object; MCIDs outside them',
    `/P <</MCID 0>> BDC BT ${l1} ET EMC /Artifact <</Type /Layout>> BDC BT ${hy} ET EMC /P <</MCID 1>> BDC BT ${l2} ET EMC`,
  ],
  [
    "hyphen opens the second line's text object, marked content inside it",
    `/P <</MCID 0>> BDC BT ${l1} ET EMC BT /Artifact <</Type /Layout>> BDC ${hy} EMC /P <</MCID 1>> BDC ${l2} EMC ET`,
  ],
  ["hyphen opens the second line's text object, no marked content", `BT ${l1} ET BT ${hy} ${l2} ET`],
  ['both lines in one text object, no marked content', `BT ${l1} ${hy} ${l2} ET`],
  ['control: no indent', `BT /F1 12 Tf 1 0 0 1 20 150 Tm (The revo) Tj ET BT ${hy.replace('79.35', '67.35')} ET BT ${l2} ET`],
];

function pdf(content: string): Buffer {
  const stream = streamObject;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 300 200] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
    stream(content),
  ];
  return handPdf(objects);
}

const dir = mkdtempSync(join(tmpdir(), 'indent-block-'));
const script = join(dir, 'search.js');
writeFileSync(script, 'var d = new Document(scriptArgs[0]); print(d.loadPage(0).search("revolution").length);');
const pdfjs = await loadPdfJs();
for (const [i, [name, content]] of cases.entries()) {
  const file = join(dir, `case-${i + 1}.pdf`);
  writeFileSync(file, pdf(content));
  const mupdf = execFileSync('mutool', ['run', script, file], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  const blocks = (
    execFileSync('mutool', ['draw', '-F', 'stext', '-o', '-', file], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).match(/<block /g) ?? []
  ).length;
  const poppler = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).includes('revolution') ? 1 : 0;
  const doc = await pdfjs.getDocument({ data: new Uint8Array(readFileSync(file)), verbosity: 0 }).promise;
  const items = (await (await doc.getPage(1)).getTextContent()).items as Array<{ str: string; hasEOL: boolean }>;
  const js = items
    .map((it) => it.str + (it.hasEOL ? '\n' : ''))
    .join('')
    .replace(/-\n/g, '')
    .includes('revolution')
    ? 1
    : 0;
  await doc.destroy();
  console.log(`| ${name} | ${mupdf} | ${blocks} | ${poppler} | ${js} |`);
}
