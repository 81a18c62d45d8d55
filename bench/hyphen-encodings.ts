/**
 * Can a layout hyphen be written so that poppler, pdf.js AND MuPDF's `mutool draw -F txt` all
 * rejoin the word it breaks (issue #19)? A measured experiment: one small PDF per way of
 * writing "revo-" at the end of a line and "lution" at the start of the next, each read by
 * bench/text-layer.ts (the same tools and counts as the readers' figures: pdftotext, poppler's
 * search, MuPDF's search and `draw -F txt`, pdf.js's find), counting "revolution".
 * The last case sets the word on one line: the control that shows each tool can find it.
 *
 * What it shows with Debian's mupdf-tools 1.21.1: no encoding makes `draw -F txt` rejoin the
 * word. Its structured-text device (source/fitz/stext-device.c at tag 1.21.1) starts a new line
 * for any glyph 0.8 font sizes or more off the last baseline, and removes a line-end hyphen only
 * with FZ_STEXT_DEHYPHENATE, which mudraw.c never sets for text output (MuPDF's own search,
 * util.c, does: hence "mupdf search" finds the word in every case). ActualText is not read at
 * all: pdf-op-run.c passes it to devices from 1.22 (commit 2e8937dca), the stext device uses it
 * from 1.24 (86148eadc). Only a text layer that puts "lution" on the first line would do, and
 * that is no longer the page a reader sees, selects or copies. `mutool draw -O dehyphenate` is
 * no way out: in 1.21.1 `-O` is the spot/overprint rendering mode (`mutool draw` lists it so), the
 * word is read as a number, and the sample's text comes out byte for byte the same.
 * Fewer line-end hyphens would be the only lever. On the sample (measured from `draw -F stext`
 * lines, 2026-12-05): 601 line-end hyphens, 97 on a paragraph's last full line, 16 the third or
 * later of a run; of the 14 words' split occurrences found there (29 of the 35), 4 sit on a last
 * full line and 1 in a run, so a policy of no hyphen on the last full line and at most two
 * hyphenated lines in a row would leave about 30 split, ~95.6% at best, not 99%: that needs at
 * most 6 of 684 split, i.e. hardly any hyphenation of long common words in justified A5 lines.
 * Usage: npx tsx bench/hyphen-encodings.ts [--keep DIR]
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { handPdf, streamObject } from './hand-pdf.ts';

interface Case {
  name: string;
  /** The page's content: text shown with /F1 (Helvetica, WinAnsi, the ToUnicode below). */
  content: string;
  /** ToUnicode of code 0xAD (the hyphen glyph in WinAnsi), when the case maps it. */
  shy?: string;
}

const line1 = '/F1 12 Tf 20 150 Td (The revo) Tj';
const line2 = '0 -15 Td (lution came.) Tj';
const cases: Case[] = [
  { name: "'-' (U+002D) as text", content: `BT ${line1} (-) Tj ${line2} ET` },
  { name: "'-' a Layout artifact (this writer's page content)", content: `BT ${line1} /Artifact <</Type /Layout>> BDC (-) Tj EMC ${line2} ET` },
  { name: "'-' in /Span <</ActualText U+00AD>>", content: `BT ${line1} /Span <</ActualText <FEFF00AD>>> BDC (-) Tj EMC ${line2} ET` },
  { name: 'hyphen glyph mapped to U+00AD (ToUnicode)', content: `BT ${line1} (\\255) Tj ${line2} ET`, shy: '\u00ad' },
  { name: 'hyphen glyph mapped to U+2010 (ToUnicode)', content: `BT ${line1} (\\255) Tj ${line2} ET`, shy: '\u2010' },
  { name: 'hyphen glyph mapped to nothing (ToUnicode)', content: `BT ${line1} (\\255) Tj ${line2} ET`, shy: '' },
  {
    name: 'ActualText of the whole word on "revo-", empty on "lution" (ISO 32000-1 14.9.4)',
    content: `BT /F1 12 Tf 20 150 Td (The ) Tj /Span <</ActualText (revolution)>> BDC (revo-) Tj EMC 0 -15 Td /Span <</ActualText ()>> BDC (lution) Tj EMC ( came.) Tj ET`,
  },
  { name: 'control: "revolution" on one line', content: `BT /F1 12 Tf 20 150 Td (The revolution came.) Tj ET` },
];

/** A one-page PDF with Helvetica (WinAnsi) and, for codes 0x20-0x7E and 0xAD, a ToUnicode map. */
function pdf(c: Case): Buffer {
  const hex = (s: string) => [...s].map((ch) => ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')).join('');
  const map: string[] = [];
  for (let code = 0x20; code < 0x7f; code++) map.push(`<${code.toString(16).toUpperCase()}> <${hex(String.fromCharCode(code))}>`);
  map.push(`<AD> <${hex(c.shy ?? '-')}>`);
  const cmap = `/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /Exp def /CMapType 2 def 1 begincodespacerange <00> <FF> endcodespacerange ${map.length} beginbfchar\n${map.join('\n')}\nendbfchar endcmap CMapName currentdict /CMap defineresource pop end end`;
  const stream = streamObject;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 300 200] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding /ToUnicode 6 0 R >>',
    stream(c.content),
    stream(cmap),
  ];
  return handPdf(objects);
}

const keep = process.argv.indexOf('--keep');
const dir = keep > 0 ? process.argv[keep + 1]! : mkdtempSync(join(tmpdir(), 'hyphen-encodings-'));
mkdirSync(dir, { recursive: true });
const version = spawnSync('mutool', ['-v'], { encoding: 'utf8' });
console.log((version.stdout + version.stderr).trim());
const tools = ['pdftotext', 'poppler search', 'mupdf search', 'mupdf draw -F txt', 'pdf.js find'];
console.log(`| case | ${tools.join(' | ')} | mutool draw -F txt reads |`);
console.log(`|---|${tools.map(() => '---').join('|')}|---|`);
cases.forEach((c, i) => {
  const file = join(dir, `case-${i + 1}.pdf`);
  writeFileSync(file, pdf(c));
  writeFileSync(file.replace(/\.pdf$/, '.html'), '<!doctype html><html><body><p>The revolution came.</p></body></html>');
  const report = execFileSync('npx', ['tsx', 'bench/text-layer.ts', file], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  const found = tools.map((t) => new RegExp(`^${t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: finds (\\d+) of (\\d+)`, 'm').exec(report)?.[1] ?? '?');
  const text = execFileSync('mutool', ['draw', '-F', 'txt', '-o', '-', file], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  console.log(`| ${c.name} | ${found.join(' | ')} | ${JSON.stringify(text.trim())} |`);
});
console.log(`(1 = found "revolution", 0 = not; the PDFs are in ${dir})`);
