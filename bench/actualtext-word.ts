/**
 * Issue #19, `mutool draw -F txt`: would ActualText over a whole word hyphenated at a line end
 * (ISO 32000-1 14.9.4's example, `/Span <</ActualText (word)>> BDC (wo-) Tj T* (rd) Tj EMC`)
 * make MuPDF's plain text read it whole, and what would it do to poppler, pdf.js and the tags?
 * One small TAGGED PDF per way of writing "The revo-" / "lution came." (each line in a text
 * object of its own, as Chromium prints), with a structure tree (Document > P, a Span where the
 * case has one), each read by bench/text-layer.ts against "The revolution came.": pdftotext,
 * poppler's search, Debian's mutool (search and draw -F txt), the npm mupdf build (search and
 * plain text), pdf.js's find, and the tagged text (pdfinfo -struct-text) against the HTML
 * (recall 1 = the tags read "revolution" whole). What mutool draw -F txt prints is shown too.
 *
 * Measured 2026-12-06 with mutool 1.21.1, mupdf.js 1.28.1, poppler 22.12, pdfjs-dist 5.6.205:
 *  - Debian's `mutool draw -F txt` reads "revo-" / "lution" in every case but the one-line
 *    control: 1.21 reads no ActualText at all (bench/hyphen-encodings.ts gives the source lines);
 *  - ISO 14.9.4's span over both lines: poppler's text reads the word, but pdfinfo -struct-text
 *    reads the glyphs ("revo-lution": the tags break the word; nested in the P sequence, poppler
 *    also ends the paragraph's text at the span's EMC), and MuPDF 1.28 loses the word in its text
 *    AND its search (0 of 1);
 *  - a span per line (the word on "revo-", nothing on "lution"): MuPDF 1.28's text reads the word,
 *    but the tags still read the glyphs ("revo-" "lution"); with the hyphen left out of the tags
 *    (an artifact whose ActualText is empty) the tags read it whole, but pdftotext then runs the
 *    next word on ("The revolutioncame.", with ActualText () or ( ) on "lution").
 * So no way of writing the word makes Debian's `mutool draw -F txt` read it whole, and the ways
 * that help MuPDF 1.28's plain text cost the tags or poppler's copy: today's writer (first row)
 * is the only one every other reader reads right.
 * Usage: npx tsx bench/actualtext-word.ts [--keep DIR]
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { handPdf, streamObject } from './hand-pdf.ts';

/** A structure element under P: a marked-content id, or a Span (with its ActualText, if any) over some. */
type Kid = number | { span: number[]; actualText?: string };

interface Case {
  name: string;
  content: string;
  /** The P element's kids, in order. */
  kids: Kid[];
}

const at = (s: string) => `<FEFF${[...s].map((c) => c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')).join('')}>`;
// Each line is a text object of its own (as Chromium prints); the second starts at the margin.
const l1 = (s: string, x = 20) => `BT /F1 12 Tf 1 0 0 1 ${x} 150 Tm (${s}) Tj ET`;
const l2 = (s: string, x = 20) => `BT /F1 12 Tf 1 0 0 1 ${x} 135 Tm (${s}) Tj ET`;
const W1 = 24.01; // width of "The " in Helvetica 12
const W2 = 28.68; // width of "lution" in Helvetica 12

const cases: Case[] = [
  {
    name: "today's writer: P pieces around a Layout-artifact '-', a Span with ActualText U+00AD between them in the tree",
    content: `/P <</MCID 0>> BDC ${l1('The revo')} EMC /Artifact <</Type /Layout>> BDC ${l1('-', 67.35)} EMC /P <</MCID 1>> BDC ${l2('lution came.')} EMC`,
    kids: [0, { span: [], actualText: '\u00ad' }, 1],
  },
  {
    name: 'ISO 14.9.4: one /Span <</ActualText (revolution)>> over "revo-" and "lution", nested in the P sequence',
    content: `/P <</MCID 0>> BDC ${l1('The ')} /Span <</ActualText ${at('revolution')}>> BDC ${l1('revo-', W1 + 20)} ${l2('lution')} EMC ${l2(' came.', W2 + 20)} EMC`,
    kids: [0],
  },
  {
    name: 'ISO 14.9.4 as a tagged sequence of its own: P | Span (MCID, ActualText; the tree Span has it too) | P',
    content: `/P <</MCID 0>> BDC ${l1('The ')} EMC /Span <</MCID 1 /ActualText ${at('revolution')}>> BDC ${l1('revo-', W1 + 20)} ${l2('lution')} EMC /P <</MCID 2>> BDC ${l2(' came.', W2 + 20)} EMC`,
    kids: [0, { span: [1], actualText: 'revolution' }, 2],
  },
  {
    name: 'per line: ActualText (revolution) over "revo-", () over "lution", each a tagged Span',
    content: `/P <</MCID 0>> BDC ${l1('The ')} EMC /Span <</MCID 1 /ActualText ${at('revolution')}>> BDC ${l1('revo-', W1 + 20)} EMC /Span <</MCID 2 /ActualText ()>> BDC ${l2('lution')} EMC /P <</MCID 3>> BDC ${l2(' came.', W2 + 20)} EMC`,
    kids: [0, { span: [1], actualText: 'revolution' }, { span: [2], actualText: '' }, 3],
  },
  {
    name: 'per line, the hyphen outside the tags: Span (revolution) over "revo", a Layout artifact \'-\' with ActualText (), Span () over "lution"',
    content: `/P <</MCID 0>> BDC ${l1('The ')} EMC /Span <</MCID 1 /ActualText ${at('revolution')}>> BDC ${l1('revo', W1 + 20)} EMC /Artifact <</Type /Layout /ActualText ()>> BDC ${l1('-', 67.35)} EMC /Span <</MCID 2 /ActualText ()>> BDC ${l2('lution')} EMC /P <</MCID 3>> BDC ${l2(' came.', W2 + 20)} EMC`,
    kids: [0, { span: [1], actualText: 'revolution' }, { span: [2], actualText: '' }, 3],
  },
  {
    name: 'per line, the hyphen outside the tags: Span (revolution) over "revo", a Layout artifact \'-\' with ActualText (), Span ( ) over "lution"',
    content: `/P <</MCID 0>> BDC ${l1('The ')} EMC /Span <</MCID 1 /ActualText ${at('revolution')}>> BDC ${l1('revo', W1 + 20)} EMC /Artifact <</Type /Layout /ActualText ()>> BDC ${l1('-', 67.35)} EMC /Span <</MCID 2 /ActualText ( )>> BDC ${l2('lution')} EMC /P <</MCID 3>> BDC ${l2(' came.', W2 + 20)} EMC`,
    kids: [0, { span: [1], actualText: 'revolution' }, { span: [2], actualText: ' ' }, 3],
  },
  {
    name: 'control: "revolution" on one line',
    content: `/P <</MCID 0>> BDC ${l1('The revolution came.')} EMC`,
    kids: [0],
  },
];

/** A one-page tagged PDF: catalog, page, Helvetica, content, StructTreeRoot > Document > P (> Span). */
function pdf(c: Case): Buffer {
  // Objects 1-8 fixed; the P is 9, Spans from 10.
  const spans = c.kids.filter((k): k is Exclude<Kid, number> => typeof k !== 'number');
  const owner: string[] = [];
  let next = 10;
  const kidRefs = c.kids.map((k) => {
    if (typeof k === 'number') {
      owner[k] = '9 0 R';
      return String(k);
    }
    const ref = `${next++} 0 R`;
    for (const m of k.span) owner[m] = ref;
    return ref;
  });
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R /StructTreeRoot 6 0 R /MarkInfo << /Marked true >> /Lang (en) >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 300 200] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R /StructParents 0 >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
    streamObject(c.content),
    '<< /Type /StructTreeRoot /K 7 0 R /ParentTree 8 0 R /ParentTreeNextKey 1 >>',
    '<< /Type /StructElem /S /Document /P 6 0 R /K [9 0 R] >>',
    `<< /Nums [0 [${owner.join(' ')}]] >>`,
    `<< /Type /StructElem /S /P /P 7 0 R /Pg 3 0 R /K [${kidRefs.join(' ')}] >>`,
    ...spans.map(
      (s) =>
        `<< /Type /StructElem /S /Span /P 9 0 R /Pg 3 0 R /K [${s.span.join(' ')}]${s.actualText !== undefined ? ` /ActualText ${at(s.actualText)}` : ''} >>`,
    ),
  ];
  return handPdf(objects);
}

const keep = process.argv.indexOf('--keep');
const dir = keep > 0 ? process.argv[keep + 1]! : mkdtempSync(join(tmpdir(), 'actualtext-word-'));
mkdirSync(dir, { recursive: true });
const tools = ['pdftotext', 'poppler search', 'mupdf search', 'mupdf draw -F txt', 'mupdf.js 1.28.1 search', 'mupdf.js 1.28.1 text', 'pdf.js find'];
const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
console.log(`| case | ${tools.join(' | ')} | tags vs HTML (recall) | pdftotext reads | mutool draw -F txt reads | pdfinfo -struct-text reads |`);
console.log(`|---|${tools.map(() => '---').join('|')}|---|---|---|---|`);
cases.forEach((c, i) => {
  const file = join(dir, `case-${i + 1}.pdf`);
  writeFileSync(file, pdf(c));
  const html = '<!doctype html><html><body><p>The revolution came.</p></body></html>';
  writeFileSync(file.replace(/\.pdf$/, '.html'), html);
  writeFileSync(file.replace(/\.pdf$/, '.accessible.html'), html);
  const report = execFileSync('npx', ['tsx', 'bench/text-layer.ts', file], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  const found = tools.map((t) => new RegExp(`^${esc(t)}: finds (\\d+) of (\\d+)`, 'm').exec(report)?.[1] ?? '?');
  const recall = /recall ([\d.]+)/.exec(report)?.[1] ?? '?';
  const read = (cmd: string, args: string[]) => JSON.stringify(execFileSync(cmd, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim());
  const struct = execFileSync('pdfinfo', ['-struct-text', file], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] })
    .split('\n')
    .filter((l) => /^\s*"/.test(l))
    .map((l) => l.trim())
    .join(' ');
  console.log(
    `| ${c.name} | ${found.join(' | ')} | ${recall} | ${read('pdftotext', [file, '-'])} | ${read('mutool', ['draw', '-F', 'txt', '-o', '-', file])} | ${JSON.stringify(struct)} |`,
  );
});
console.log(`(1 = found "revolution", 0 = not; the PDFs are in ${dir})`);
