/**
 * The text layer of a PDF as tools we did not write read it (issue #19's targets):
 *  - pdftotext: soft hyphens (U+00AD) inside a line;
 *  - search: how many occurrences of 14 common words of the source each viewer's own search
 *    finds (case-insensitive, within words, as Evince, Okular and Firefox search by default):
 *    poppler (poppler-glib's find with MULTILINE, what Evince calls, through python3-gi when
 *    installed), MuPDF (`mutool run`, Page.search: Debian's mupdf-tools; and the npm `mupdf`
 *    build, newer, which reads ActualText) and pdf.js (its viewer's PDFFindController);
 *    also the plain-text count in `mutool draw -F txt` (both MuPDFs) and in pdftotext;
 *  - structure: the words `pdfinfo -struct-text` reads, against those pdftotext reads;
 *  - the tagged text (pdfinfo -struct-text) against the accessible HTML: word recall, precision;
 *  - qpdf --check.
 * The words and their expected counts come from the HTML the PDF was printed from (the
 * 14 most frequent words of 7 letters or more that no heading holds, since headings repeat as
 * running heads). Usage: npx tsx bench/text-layer.ts out/reader.pdf [out/reader.html] [out/reader.accessible.html]
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
// The multiset share the end-to-end tests use too: one measure for the bench and the tests.
import { htmlWords, wordShare as share } from '../tests/e2e/pdf-read.ts';
import { loadPdfJs } from '../src/util/pdfjs.ts';

const POPPLER_SEARCH = `
import sys, json, gi
gi.require_version('Poppler', '0.18')
from gi.repository import Poppler
doc = Poppler.Document.new_from_file('file://' + __import__('os').path.abspath(sys.argv[1]), None)
words = sys.argv[2:]
counts = {w: 0 for w in words}
for i in range(doc.get_n_pages()):
    page = doc.get_page(i)
    for w in words:
        counts[w] += sum(1 for r in page.find_text_with_options(w, Poppler.FindFlags.MULTILINE) if not r.find_get_match_continued())
print(json.dumps(counts))
`;

const MUPDF_SEARCH = `
var doc = new Document(scriptArgs[0]);
var words = scriptArgs.slice(1);
var counts = {};
for (var w = 0; w < words.length; w++) counts[words[w]] = 0;
for (var i = 0; i < doc.countPages(); i++) {
  var page = doc.loadPage(i);
  for (var w = 0; w < words.length; w++) counts[words[w]] += page.search(words[w], 100000).length;
}
print(JSON.stringify(counts));
`;

const [pdf, htmlArg, accessibleArg] = process.argv.slice(2);
if (!pdf) {
  process.stderr.write('Usage: npx tsx bench/text-layer.ts FILE.pdf [FILE.html] [FILE.accessible.html]\n');
  process.exit(2);
}
const html = htmlArg ?? pdf.replace(/\.pdf$/, '.html');
const run = (cmd: string, args: string[]) => execFileSync(cmd, args, { encoding: 'utf8', maxBuffer: 256 << 20, stdio: ['ignore', 'pipe', 'ignore'] });
const has = (cmd: string) => spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0;

const BLOCKS =
  'address, article, aside, blockquote, dd, div, dl, dt, figcaption, figure, footer, h1, h2, h3, h4, h5, h6, header, hr, li, main, nav, ol, p, pre, section, table, td, th, tr, ul, br';

/** Visible text of an HTML file: no scripts, styles or aria-hidden parts, soft hyphens out. */
function htmlText(file: string): { text: string; headings: string } {
  const { document } = parseHTML(readFileSync(file, 'utf8'));
  for (const el of Array.from(document.querySelectorAll('script, style, template, [aria-hidden="true"]')) as Element[]) el.remove();
  // Blocks and cells read apart (as a screen reader and the tags read them), not run together by textContent.
  for (const el of Array.from(document.querySelectorAll(BLOCKS)) as Element[]) el.after(document.createTextNode(' '));
  const headings = (Array.from(document.querySelectorAll('h1, h2, h3, h4, h5, h6, .running-title')) as Element[]).map((h) => h.textContent ?? '').join(' ');
  return { text: (document.body?.textContent ?? '').replace(/\u00ad/g, ''), headings };
}

const lower = (s: string) => s.normalize('NFC').toLowerCase();
const count = (text: string, word: string) => lower(text).split(word).length - 1;
const tokens = (s: string) => lower(s.replace(/\u00ad/g, '')).match(/\p{L}[\p{L}\p{M}]*(?:['\u2019][\p{L}\p{M}]+)*/gu) ?? [];

const source = htmlText(html);
const headingWords = new Set(tokens(source.headings));
const frequency = new Map<string, number>();
for (const w of tokens(source.text)) if (w.length >= 7 && !headingWords.has(w)) frequency.set(w, (frequency.get(w) ?? 0) + 1);
const chosen = [...frequency]
  .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
  .slice(0, 14)
  .map(([w]) => w);
const expected = Object.fromEntries(chosen.map((w) => [w, count(source.text, w)]));

const pdftotext = run('pdftotext', [pdf, '-']);
const shyInLine = (pdftotext.match(/\u00ad(?!\n)/g) ?? []).length;
const found: Record<string, Record<string, number>> = {};
found.pdftotext = Object.fromEntries(chosen.map((w) => [w, count(pdftotext, w)]));

// Debian's python3 has the GObject bindings; a python3 of its own (pyenv) may not.
const python = existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3';
const poppler = spawnSync(python, ['-c', POPPLER_SEARCH, pdf, ...chosen], { encoding: 'utf8', maxBuffer: 64 << 20 });
if (poppler.status === 0) found['poppler search'] = JSON.parse(poppler.stdout) as Record<string, number>;
else process.stderr.write(`poppler search skipped (python3-gi and gir1.2-poppler-0.18 needed): ${poppler.stderr.split('\n').filter(Boolean).at(-1) ?? ''}\n`);
if (has('mutool')) {
  const script = join(mkdtempSync(join(tmpdir(), 'text-layer-')), 'search.js');
  writeFileSync(script, MUPDF_SEARCH);
  found['mupdf search'] = JSON.parse(run('mutool', ['run', script, pdf, ...chosen])) as Record<string, number>;
  const mutext = run('mutool', ['draw', '-F', 'txt', '-o', '-', pdf]);
  found['mupdf draw -F txt'] = Object.fromEntries(chosen.map((w) => [w, count(mutext, w)]));
}
// MuPDF as npm ships it (the official WASM build, a devDependency): newer than Debian's
// mupdf-tools, and it reads ActualText; reported beside Debian's, not instead.
Object.assign(found, await mupdfJs(pdf, chosen));
found['pdf.js find'] = await pdfjsFind(pdf, chosen);

const struct = structText(run('pdfinfo', ['-struct-text', pdf]));
const structWords = tokens(struct);
const textWords = tokens(pdftotext);
const accessible = accessibleArg ?? pdf.replace(/(\.large-print)?\.pdf$/, '.accessible.html');

console.log(`# ${pdf}`);
console.log(`pdftotext: ${shyInLine} U+00AD inside a line`);
console.log(`words (expected from ${html}): ${chosen.map((w) => `${w} ${expected[w]}`).join(', ')}`);
for (const [tool, counts] of Object.entries(found)) {
  const total = chosen.reduce((n, w) => n + Math.min(counts[w] ?? 0, expected[w]!), 0);
  const all = chosen.reduce((n, w) => n + expected[w]!, 0);
  const worst = chosen.map((w) => ({ w, share: (counts[w] ?? 0) / expected[w]! })).sort((a, b) => a.share - b.share)[0]!;
  console.log(`${tool}: finds ${total} of ${all} (${((100 * total) / all).toFixed(1)}%); lowest ${worst.w} ${counts[worst.w] ?? 0}/${expected[worst.w]}`);
}
console.log(`pdfinfo -struct-text: ${structWords.length} words, ${(100 * share(structWords, textWords)).toFixed(1)}% of pdftotext's ${textWords.length}`);
// Apart, not instead: artifacts (running heads, a line-end hyphen) are text to pdftotext but, as
// PDF/UA wants, not in the tree. pdf.js says which text is inside /Artifact marked content.
const artifacts = await pdfjsArtifactWords(pdf);
const outside = without(textWords, artifacts);
console.log(
  `  of which in /Artifact marked content (pdf.js): ${textWords.length - outside.length}; pdfinfo -struct-text has ${(100 * share(structWords, outside)).toFixed(1)}% of the other ${outside.length}`,
);
try {
  // As the e2e tests read it: blocks apart, the skip link (web navigation, no printed counterpart) left out.
  const a = htmlWords(readFileSync(accessible, 'utf8'));
  console.log(`tagged text (pdfinfo -struct-text) vs ${accessible}: recall ${share(structWords, a).toFixed(4)}, precision ${share(a, structWords).toFixed(4)}`);
} catch {
  console.log(`no accessible HTML at ${accessible}`);
}
const qpdf = has('qpdf') ? spawnSync('qpdf', ['--check', pdf], { encoding: 'utf8', maxBuffer: 64 << 20 }) : undefined;
if (qpdf)
  console.log(
    `qpdf --check: exit ${qpdf.status}${
      qpdf.status === 0
        ? ''
        : `: ${(qpdf.stdout + qpdf.stderr)
            .split('\n')
            .filter((l) => /error|warning/i.test(l))
            .slice(0, 3)
            .join(' | ')}`
    }`,
  );

/**
 * pdfinfo -struct-text's text: each quoted content string, run together with the strings
 * beside it in the same element (one element's marked content reads as one text), and inline
 * elements run into their parent's text; blocks stand apart.
 */
function structText(out: string): string {
  let text = '';
  for (const line of out.split('\n')) {
    const quoted = /^\s*"(.*)"\s*$/.exec(line);
    if (quoted) text += quoted[1];
    else if (/\(block\)|^\s*\S+$/.test(line) && !/\(inline\)/.test(line)) text += ' ';
  }
  return text;
}

/** The words pdf.js reads inside /Artifact marked content, all pages. */
async function pdfjsArtifactWords(file: string): Promise<string[]> {
  const pdfjs = await loadPdfJs();
  const doc = await pdfjs.getDocument({ data: new Uint8Array(readFileSync(file)), verbosity: 0 }).promise;
  let text = '';
  try {
    for (let i = 1; i <= doc.numPages; i++) {
      const content = await (await doc.getPage(i)).getTextContent({ includeMarkedContent: true });
      const stack: boolean[] = [];
      for (const item of content.items as Array<{ type?: string; tag?: string; str?: string; hasEOL?: boolean }>) {
        if (item.type === 'beginMarkedContent' || item.type === 'beginMarkedContentProps') stack.push(item.tag === 'Artifact' || stack.at(-1) === true);
        else if (item.type === 'endMarkedContent') stack.pop();
        else if (item.str !== undefined && stack.at(-1)) text += item.str + (item.hasEOL ? '\n' : '');
        else if (item.str !== undefined) text += ' ';
      }
      text += '\n';
    }
  } finally {
    await doc.destroy();
  }
  return tokens(text);
}

/** The words of `all`, as a multiset, less those of `less`. */
function without(all: string[], less: string[]): string[] {
  const bag = new Map<string, number>();
  for (const w of less) bag.set(w, (bag.get(w) ?? 0) + 1);
  return all.filter((w) => {
    const n = bag.get(w) ?? 0;
    if (n > 0) bag.set(w, n - 1);
    return n === 0;
  });
}

/** MuPDF's search and plain text (`mutool draw -F txt`'s default options) through the npm build. */
async function mupdfJs(file: string, words: string[]): Promise<Record<string, Record<string, number>>> {
  const mupdf = await import('mupdf');
  const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.resolve('mupdf')), 'utf8')) as { version: string };
  const doc = mupdf.Document.openDocument(readFileSync(file), 'application/pdf');
  const search: Record<string, number> = Object.fromEntries(words.map((w) => [w, 0]));
  let text = '';
  let joined = '';
  try {
    for (let i = 0; i < doc.countPages(); i++) {
      const page = doc.loadPage(i);
      const stext = page.toStructuredText('');
      text += stext.asText() + '\n';
      stext.destroy();
      // Page.search, as MuPDF's viewers and Debian's figure above call it; case-insensitive, as a
      // viewer's search box is (this build's default search is exact).
      for (const w of words) search[w]! += page.search(w, 'ignore-case').length;
      // Copy with its `dehyphenate` option (mutool draw -F txt -O dehyphenate), which Debian's 1.21 lacks.
      const dehyphenated = page.toStructuredText('dehyphenate');
      joined += dehyphenated.asText() + '\n';
      dehyphenated.destroy();
      page.destroy();
    }
  } finally {
    doc.destroy();
  }
  return {
    [`mupdf.js ${version} search`]: search,
    [`mupdf.js ${version} text`]: Object.fromEntries(words.map((w) => [w, count(text, w)])),
    [`mupdf.js ${version} text, dehyphenate`]: Object.fromEntries(words.map((w) => [w, count(joined, w)])),
  };
}

/** pdf.js's own find (its viewer's PDFFindController, in Node over linkedom): matches per word. */
async function pdfjsFind(file: string, words: string[]): Promise<Record<string, number>> {
  const { document, window } = parseHTML('<!doctype html><html><body></body></html>');
  Object.assign(globalThis, { document, window, requestAnimationFrame: (f: () => void) => setImmediate(f) });
  Object.assign(window, { requestAnimationFrame: (f: () => void) => setImmediate(f) });
  const pdfjs = await loadPdfJs();
  Object.assign(globalThis, { pdfjsLib: pdfjs });
  const viewer = await import('pdfjs-dist/legacy/web/pdf_viewer.mjs');
  const doc = await pdfjs.getDocument({ data: new Uint8Array(readFileSync(file)), verbosity: 0 }).promise;
  const out: Record<string, number> = {};
  try {
    for (const word of words) {
      const eventBus = new viewer.EventBus();
      const linkService = new viewer.PDFLinkService({ eventBus });
      linkService.setDocument(doc);
      linkService.setViewer({
        pagesCount: doc.numPages,
        currentPageNumber: 1,
        page: 1,
        pagesRotation: 0,
        isInPresentationMode: false,
        getPageView: () => undefined,
        scrollPageIntoView() {},
      } as never);
      const find = new viewer.PDFFindController({ linkService, eventBus });
      find.setDocument(doc);
      const done = new Promise<void>((resolve) => eventBus.on('updatefindcontrolstate', (e: { state: number }) => e.state !== 3 && resolve()));
      eventBus.dispatch('find', {
        source: null,
        type: '',
        query: word,
        caseSensitive: false,
        entireWord: false,
        highlightAll: true,
        findPrevious: false,
        matchDiacritics: false,
      });
      await done;
      // Each page's matches are counted as its text is read: wait until every page's are in.
      const pages = (find as unknown as { _pageMatches: unknown[][] })._pageMatches;
      while (Array.from({ length: doc.numPages }, (_, i) => pages[i]).some((m) => m === undefined)) await new Promise((r) => setImmediate(r));
      out[word] = pages.reduce((n, m) => n + m.length, 0);
    }
  } finally {
    await doc.destroy();
  }
  return out;
}
