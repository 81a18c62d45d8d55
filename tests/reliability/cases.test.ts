// The cases of issue #24 that end in an error or a warning, each through the real CLI with
// every check of case-harness.ts. At the end the run prints its table (case, exit, seconds,
// peak MB, pass), as in docs/reliability.md.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { flateBombPdf, textOperatorsPdf } from './big-pdfs.ts';
import { caseTable, earlierBuild, runCase, type CaseRow, type CaseSpec } from './case-harness.ts';
import { startListener } from './helpers.ts';

const ONE = 'One short paragraph of text, enough for a page.\n';
const yaml = (body: string) =>
  `title: Case\n${body}texts:\n  - id: one\n    source: content/one.txt\n    title: One\n    author: A. Author\n    position: It says one thing.\n`;
const aliasBomb = [
  'title: Bomb',
  'a: &a ["x","x","x","x","x","x","x","x","x"]',
  ...'bcdefghi'.split('').map((c, i) => `${c}: &${c} [${Array(9).fill(`*${'abcdefghi'[i]}`).join(',')}]`),
  'texts: []',
].join('\n');
const lineOfA = `${'a'.repeat(60)}!\n`;
/** A real PDF with a text layer (made by tests/fixtures/init/round1/make-ho-01.ts). */
const A_PDF = new Uint8Array(readFileSync('tests/fixtures/init/round1/ho-01-bike-lanes.pdf'));
/** One blank A4 page: a PDF with no text at all. */
const BLANK_PDF = new TextEncoder().encode(blankPdf());
function blankPdf(): string {
  const objects = ['<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [3 0 R] /Count 1 >>', '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>'];
  let body = '%PDF-1.4\n';
  const offsets = objects.map((o, i) => {
    const at = body.length;
    body += `${i + 1} 0 obj\n${o}\nendobj\n`;
    return at;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  return `${body}trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
}
/** A_PDF with a user password (qpdf, which the setup installs). */
function encryptedPdf(): Uint8Array {
  const dir = mkdtempSync(join(tmpdir(), 'reader-case-pdf-'));
  writeFileSync(join(dir, 'in.pdf'), A_PDF);
  execFileSync('qpdf', ['--encrypt', 'user', 'owner', '256', '--', join(dir, 'in.pdf'), join(dir, 'out.pdf')]);
  return new Uint8Array(readFileSync(join(dir, 'out.pdf')));
}
const RUSSIAN = 'Призрак бродит по Европе, призрак коммунизма.\n\nВсе силы старой Европы объединились для священной травли этого призрака.\n';
/** Bytes 1-255 from a fixed linear congruential sequence: junk with no NUL, the same every run. */
function junk(n: number): Uint8Array {
  const out = new Uint8Array(n);
  let x = 24;
  for (let i = 0; i < n; i++) {
    x = (x * 1103515245 + 12345) >>> 0;
    out[i] = 1 + ((x >>> 16) % 255);
  }
  return out;
}

/** Made at run time, never committed: 1 GB of spaces in one Flate stream (1 MB), and 200 MB of `(…) Tj` (0.6 MB). */
const BOMB_PDF = await flateBombPdf(1024);
const TEXT_OPS_PDF = await textOperatorsPdf(200);

/** A Markdown text with `notes` footnotes: paragraphs of 100 calls each, then the definitions (1,000,000: 38 MB). */
function footnotesMd(notes: number): string {
  const parts = ['# Notes', ''];
  for (let p = 0; p < notes / 100; p++) {
    const calls: string[] = [];
    for (let i = p * 100 + 1; i <= Math.min(notes, p * 100 + 100); i++) calls.push(`Word ${i}.[^${i}]`);
    parts.push(calls.join(' '), '');
  }
  for (let i = 1; i <= notes; i++) parts.push(`[^${i}]: The note number ${i}.`, '');
  return parts.join('\n');
}

export const CASES: CaseSpec[] = [
  {
    name: 'yaml-alias-bomb',
    files: { 'reader.yaml': `${aliasBomb}\n`, 'content/one.txt': ONE },
    code: 2,
    message: /^reader\.yaml:3:8: Malformed YAML: its aliases .* \(an alias bomb\)$/,
  },
  {
    name: 'yaml-deep-nesting',
    files: { 'reader.yaml': yaml(`glossary: ${'['.repeat(100_000)}${']'.repeat(100_000)}\n`), 'content/one.txt': ONE },
    code: 2,
    message: /^reader\.yaml:2:\d+: Malformed YAML: nested too deeply \(reader\.yaml may nest lists and maps 64 levels at most\)$/,
  },
  {
    name: 'topic-regex-invalid',
    files: { 'reader.yaml': yaml("topics:\n  - id: t\n    title: T\n    terms: [land]\n    patterns: ['((']\n"), 'content/one.txt': ONE },
    code: 2,
    message: /^reader\.yaml:6:16: Invalid regular expression `\(\(` in patterns of topic `t`: missing closing \)/,
  },
  {
    name: 'drop-regex-invalid',
    files: { 'content/one.txt': ONE },
    texts: [{ id: 'one', source: 'content/one.txt', extra: "    rules:\n      drop: ['[unclosed']" }],
    code: 2,
    message: /^reader\.yaml:\d+:\d+: Invalid regular expression `\[unclosed` in rules\.drop of text `one`/,
  },
  {
    name: 'drop-regex-lookbehind',
    files: { 'content/one.txt': ONE },
    texts: [{ id: 'one', source: 'content/one.txt', extra: "    rules:\n      drop: ['(?<=x)y']" }],
    code: 2,
    message: /^reader\.yaml:\d+:\d+: Invalid regular expression .*lookahead and lookbehind .* are not supported/,
  },
  {
    // (a+)+$ takes minutes per line on a backtracking engine: RE2 runs it in linear time.
    name: 'topic-regex-catastrophic',
    files: { 'content/one.txt': `${lineOfA.repeat(400)}\n${ONE}` },
    head: "topics:\n  - id: t\n    title: T\n    terms: [land]\n    patterns: ['(a+)+$']",
    code: 0,
    message: /reader\.pdf: \d+ pages/,
  },
  {
    name: 'drop-regex-catastrophic',
    files: { 'content/one.txt': `${lineOfA.repeat(400)}\n${ONE}` },
    texts: [{ id: 'one', source: 'content/one.txt', extra: "    rules:\n      drop: ['^(a+)+$']" }],
    code: 0,
    message: /reader\.pdf: \d+ pages/,
  },
  {
    // The seal's decode threw on a broken escape and never answered the request.
    name: 'undecodable-image-url',
    files: { 'content/one.md': `${ONE}\n![a](%E0%A4.png)\n` },
    texts: [{ id: 'one', source: 'content/one.md' }],
    code: 0,
    // Percent-escapes that decode to no text: read as the file's own name, not found, its alt text printed.
    message: /content\/one\.md:3:6: Unexpected picture `%E0%A4\.png`: no file `[^`]*%E0%A4\.png`, so it is its alternative text printed instead/,
  },
  {
    // 4 KB of random bytes without a NUL ran 600 s at 774 MB: refused in ingest.
    name: 'binary-junk-no-nul',
    files: { 'content/one.txt': junk(4096) },
    code: 2,
    message:
      /^content\/one\.txt:\d+:\d+: Source looks like binary data \(\d+% of its characters are control characters, the first U\+[0-9A-F]{4} here\), not text$/,
  },
  {
    name: 'text-in-cp1251',
    files: {
      'content/one.txt': new Uint8Array(Buffer.from(Array.from(RUSSIAN, (c) => (c >= 'А' && c <= 'я' ? 0xc0 + c.charCodeAt(0) - 0x410 : c.charCodeAt(0))))),
    },
    code: 2,
    message:
      /^content\/one\.txt:1:1: Source looks like binary data, or a text in an encoding reader does not read: it is not UTF-8, and read as Windows-1252 \d+% of its characters are not ASCII$/,
  },
  {
    // Was reported as binary data: the NULs of UTF-16 Cyrillic are only the ASCII characters'.
    name: 'utf16le-cyrillic-no-bom',
    files: { 'content/one.txt': new Uint8Array(Buffer.from(RUSSIAN, 'utf16le')) },
    code: 0,
    message: /^content\/one\.txt:1:1: Unexpected UTF-16 without a byte-order mark, decoded as UTF-16LE/,
  },
  {
    // Nested 200,000 deep, the page ran 600 s.
    name: 'html-nested-200000',
    files: { 'content/one.html': `<!DOCTYPE html>\n<html><body>\n${'<div>'.repeat(200_000)}deep${'</div>'.repeat(200_000)}\n</body></html>\n` },
    texts: [{ id: 'one', source: 'content/one.html' }],
    code: 2,
    message: /^content\/one\.html:3:2561: HTML elements nest more than 512 levels deep here \(`<div>`\); reader takes at most 512$/,
  },
  {
    // A partial linked to /etc/passwd printed that file in reader.pdf.
    name: 'partial-links-outside',
    files: { 'content/one.txt': ONE, 'templates/partials/.keep': '' },
    links: { 'templates/partials/cover.hbs': '/etc/passwd' },
    head: 'templates: templates',
    code: 2,
    message: /^templates\/partials\/cover\.hbs:1:1: Template `cover\.hbs` links to a file outside the project folder$/,
  },
  {
    // A stylesheet linked elsewhere was copied into out/assets.
    name: 'stylesheet-links-outside',
    files: { 'content/one.txt': ONE, 'styles/.keep': '' },
    links: { 'styles/evil.css': '/etc/hostname' },
    head: 'styles: styles',
    code: 2,
    message: /^styles\/evil\.css:1:1: Stylesheet `evil\.css` links to a file outside the project folder$/,
  },
  {
    name: 'styles-folder-outside',
    files: { 'content/one.txt': ONE },
    head: 'styles: ../outside-styles',
    code: 2,
    message: /^reader\.yaml:2:9: The styles folder `\.\.\/outside-styles` is outside the project folder$/,
  },
  {
    name: 'templates-folder-links-outside',
    files: { 'content/one.txt': ONE },
    outside: { 'tpl/reader.hbs': '<html><body>{{reader.title}}</body></html>\n' },
    links: { templates: '@outside/tpl' },
    head: 'templates: templates',
    code: 2,
    message: /^reader\.yaml:3:12: The templates folder `templates` links to a folder outside the project folder$/,
  },
  {
    // Built a chapter of 0 words with one warning, exit 0.
    name: 'pdf-encrypted',
    files: { 'content/one.pdf': encryptedPdf() },
    texts: [{ id: 'one', source: 'content/one.pdf' }],
    code: 2,
    message: /^content\/one\.pdf:1:1: PDF is encrypted: it cannot be read without its password$/,
  },
  {
    name: 'pdf-truncated',
    files: { 'content/one.pdf': A_PDF.subarray(0, 1500) },
    texts: [{ id: 'one', source: 'content/one.pdf' }],
    code: 2,
    message: /^content\/one\.pdf:1:1: PDF cannot be read \(Invalid PDF structure\): it may be cut short or damaged$/,
  },
  {
    name: 'pdf-no-text-layer',
    files: { 'content/one.pdf': BLANK_PDF },
    texts: [{ id: 'one', source: 'content/one.pdf' }],
    code: 2,
    message: /^content\/one\.pdf:1:1: PDF has no text to read: its pages hold no text layer \(scanned images\?\) or are blank$/,
  },
  {
    // `reader check` on a 1 GB Flate bomb took 93 s and 2.2 GB in pdf.js: refused before pdf.js reads it.
    name: 'check-flate-bomb',
    files: { 'bomb.pdf': BOMB_PDF, 'content/one.txt': ONE },
    command: ['check', 'bomb.pdf'],
    code: 2,
    message: /^bomb\.pdf: Cannot check this PDF: its page content unpacks to more than 32 MB \(on page 1\)/,
  },
  {
    // 200 MB of text operators on one page: read whole by pdf.js (235 s, 2.3 GB) before anything could refuse it.
    name: 'pdf-text-operators-200mb',
    files: { 'content/one.pdf': TEXT_OPS_PDF },
    texts: [{ id: 'one', source: 'content/one.pdf' }],
    code: 2,
    message: /^content\/one\.pdf:1:1: PDF is too large to read: its page content unpacks to more than 32 MB \(on page 1\)/,
    hint: /^ {2}Split the PDF/,
  },
  {
    // A million footnotes: still in normalize after 600 s at 2 GB. The ids are now looked up in a
    // Set (linear), and past 10,000 definitions the source is refused before the parser.
    name: 'markdown-footnotes-1000000',
    files: { 'content/one.md': footnotesMd(1_000_000) },
    texts: [{ id: 'one', source: 'content/one.md' }],
    code: 2,
    message: /^content\/one\.md:40003:1: Markdown source has more than 10,000 footnote definitions; this is definition 10,001$/,
  },
  {
    name: 'markdown-footnotes-16000',
    files: { 'content/one.md': footnotesMd(16_000) },
    texts: [{ id: 'one', source: 'content/one.md' }],
    code: 2,
    message: /^content\/one\.md:\d+:1: Markdown source has more than 10,000 footnote definitions/,
  },
  {
    name: 'markdown-footnotes-100000',
    files: { 'content/one.md': footnotesMd(100_000) },
    texts: [{ id: 'one', source: 'content/one.md' }],
    code: 2,
    message: /^content\/one\.md:\d+:1: Markdown source has more than 10,000 footnote definitions/,
  },
  {
    // `*a ` ×4,000 … ` b*` ×4,000 in one paragraph took the parser 28 s of CPU (×2,000: 4 s).
    name: 'markdown-nested-emphasis',
    files: { 'content/one.md': `${ONE}\n${'*a '.repeat(5000)}b${' b*'.repeat(5000)}\n` },
    texts: [{ id: 'one', source: 'content/one.md' }],
    code: 2,
    message: /^content\/one\.md:3:1: A paragraph with more than 1,000 emphasis marks \(runs of `\*` or `_`\) starts here; reader parses at most 1,000 in one$/,
  },
  {
    // The renderer was still laying it out after 15 minutes: refused before layout, at its place.
    name: 'paragraph-20mb-one-line',
    files: { 'content/one.txt': `${'The committee met again on the question of the land. '.repeat(Math.ceil(20e6 / 54))}\n` },
    code: 2,
    message: /^content\/one\.txt:1:1: A paragraph of 19,\d{3},\d{3} characters starts here; reader lays out at most 100,000 in one$/,
  },
  {
    // A page that never finishes a page (READER_FAULT=hang spins it): the watchdog stops the
    // layout when no page came in the stall window, and the retry is stopped the same way.
    name: 'layout-stuck',
    files: { 'content/one.txt': ONE },
    env: { READER_FAULT: 'hang', READER_LAYOUT_STALL_MS: '3000' },
    code: 2,
    placeless: 'Chromium is stuck before its first page: no text to point at',
    message: /^Layout made no progress for \d+(\.\d)? s, before its first page \(twice: the retry failed too\)$/,
  },
  {
    // A full disk as the layout cache was written gave 'reader crashed: ENOSPC'. The cache only
    // saves time: the book is made without it, and the build says so.
    name: 'enospc-layout-cache',
    files: { 'content/one.txt': ONE },
    env: { READER_FAULT: 'enospc-cache' },
    code: 0,
    message:
      /^reader\.html: Unexpected failure writing the layout cache \(ENOSPC\): the book was made without it, the next build lays every part out again \[layout-cache-unwritten\]$/,
  },
  {
    // The disk stays full: the commit after layout says so, the earlier PDF stays.
    name: 'enospc-cache-and-commit',
    files: { 'content/one.txt': ONE },
    env: { READER_FAULT: 'enospc-cache,enospc' },
    code: 2,
    message: /^\S*out: Cannot write to the output folder `\S*out`: no space left on the device \(ENOSPC\)$/,
  },
  {
    // A right-to-left override in the title reached the PDF's Title without a warning.
    name: 'bidi-override-in-title',
    files: { 'reader.yaml': yaml('').replace('title: Case', 'title: "Invoice \u202Efdp.exe"'), 'content/one.txt': ONE },
    code: 0,
    message: /^reader\.yaml:1:8: Unexpected bidirectional control character U\+202E in `title`, removed: .* \[bidi-control\]$/,
  },
  {
    // A user's template whose <title> carries the running-title class (an element outside the
    // book's parts): the parallel layout read a part of null, 'reader crashed', exit 1.
    name: 'template-element-outside-parts',
    files: { 'content/one.txt': ONE, 'templates/reader.hbs': readFileSync('templates/reader.hbs', 'utf8').replace('<title>', '<title class="running-title">') },
    head: 'templates: templates',
    code: 0,
    message: /reader\.pdf: \d+ pages/,
  },
];

let listener: Awaited<ReturnType<typeof startListener>>;
let earlier: string;
beforeAll(async () => {
  listener = await startListener();
  earlier = await earlierBuild();
});
const rows: CaseRow[] = [];
afterAll(() => {
  listener.close();
  console.log(caseTable(rows));
});

// One case at a time: cases at once would load the machine they are timed on.
describe('reliability cases through `reader build`', () => {
  for (const spec of CASES) {
    it(spec.name, async () => {
      const row = await runCase(spec, earlier, listener);
      rows.push(row);
      for (const [check, ok] of Object.entries(row.checks)) expect(ok, `${check}\n${row.stderr}`).toBe(true);
    });
  }
});
