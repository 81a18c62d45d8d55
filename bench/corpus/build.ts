/**
 * The normalize bench's evaluation corpus, built from text nobody on this project wrote:
 * - Project Gutenberg books (public domain), from the GITenberg mirrors on GitHub: excerpts as
 *   plain text (hard-wrapped, blank-line paragraphs, verse, chapters, `_italics_`), typeset
 *   here with LaTeX (Debian texlive; one and two columns, running heads, hyphenation, page-foot
 *   footnotes, a title page head) and printed by Chromium from HTML (its own header and footer
 *   on every page), then extracted with `pdftotext`, `pdftotext -layout` and pdf.js;
 * - scrapinghub/article-extraction-benchmark (181 saved news and blog pages with hand-annotated
 *   article text): the HTML as saved, and the page's text as a reader would copy it.
 * The truth is the source's own paragraphs (Gutenberg) or the annotated article body (benchmark).
 * Cases are built under `.cache/bench-normalize/` (never committed) from the git mirrors named in
 * SOURCES; see bench/README-normalize.md for how to get them and the tools.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

export const CACHE = process.env.NORMALIZE_CORPUS_CACHE ?? '.cache/bench-normalize';
const MIRRORS = process.env.NORMALIZE_CORPUS_MIRRORS ?? '/work/.mirror';
/** Bump when the cases change: the cache is rebuilt. */
const VERSION = 4;

/** Where each family's text comes from: a GitHub repository (mirrored with git) and its file. */
export const SOURCES = {
  gutenberg: [
    { id: 'gb-14263', repo: 'GITenberg/Katrine--A-Novel_14263', file: '14263.txt', title: 'Katrine', author: 'Elinor Macartney Lane' },
    { id: 'gb-14881', repo: 'GITenberg/The-Log-School-House-on-the-Columbia_14881', file: '14881.txt', title: 'The Log School-House on the Columbia', author: 'Hezekiah Butterworth' },
    { id: 'gb-16351', repo: 'GITenberg/Critical-and-Historical-Essays--13-Lectures-delivered-at-Columbia-University_16351', file: '16351.txt', title: 'Critical and Historical Essays', author: 'Edward MacDowell' },
    { id: 'gb-16595', repo: 'GITenberg/Charles-Dickens-and-Music_16595', file: '16595.txt', title: 'Charles Dickens and Music', author: 'James T. Lightwood' },
    { id: 'gb-22089', repo: 'GITenberg/The-Liberty-Minstrel_22089', file: '22089.txt', title: 'The Liberty Minstrel', author: 'George W. Clark' },
    { id: 'gb-3261', repo: 'GITenberg/News-from-Nowhere--Or-An-Epoch-of-Rest--13-Being-Some-Chapters-from-a-Utopian-Romance_3261', file: '3261.txt', title: 'News from Nowhere', author: 'William Morris' },
    { id: 'gb-9198', repo: 'GITenberg/The-Complete-Angler-1653_9198', file: '9198.txt', title: 'The Complete Angler', author: 'Izaak Walton' },
  ],
  benchmark: { repo: 'scrapinghub/article-extraction-benchmark' },
} as const;

/** One evaluation case: an input as a user would hand it over, and the paragraphs it should give. */
export interface Case {
  id: string;
  /** The source it was made from (a book, a web page): the unit of the tune/held-out split. */
  group: string;
  family: string;
  ext: 'txt' | 'html';
  input: string;
  /** The true blocks (headings, paragraphs, stanzas, notes as `[n] text`), in order. */
  truth: string[];
  /** Whether every true word is in the input (not so when a PDF extraction interleaves columns). */
  recoverable: boolean;
  /** Benchmark pages: the annotated article text, for shingle F1. */
  articleBody?: string;
}

function mirror(repo: string): string | undefined {
  const base = join(MIRRORS, repo.replace('/', '+'), 'repo');
  for (const d of [join(base, '.git'), base]) if (existsSync(join(d, 'HEAD'))) return d;
  return undefined;
}

function gitShow(gitDir: string, path: string): Buffer {
  return execFileSync('git', ['--git-dir', gitDir, 'show', `HEAD:${path}`], { maxBuffer: 64 << 20 });
}

function has(tool: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${tool}`]).status === 0;
}

/** What the corpus could not be built from, to print with the results. */
export const missing: string[] = [];

// ---------------------------------------------------------------- Gutenberg

interface Para {
  kind: 'p' | 'h' | 'verse' | 'note';
  lines: string[];
  /** Footnote text, for notes attached to this paragraph's calls. */
  notes?: string[];
}

const joinLines = (ls: string[]): string => ls.map((l) => l.trim()).join(' ').replace(/\s+/g, ' ').trim();

/** The body of a Gutenberg text: between the START and END lines, without the producer's credits. */
function gutenbergBody(raw: string): string {
  const text = raw.replace(/\r/g, '');
  const start = text.search(/^\*\*\* ?START OF.*$/m);
  const end = text.search(/^\*\*\* ?END OF.*$/m);
  const body = text.slice(start < 0 ? 0 : text.indexOf('\n', start) + 1, end < 0 ? text.length : end);
  return body.replace(/^\s*(?:Produced by|E-text prepared by)[\s\S]*?\n\n/, '');
}

/** Blank-line paragraphs, classified: heading (short, no stop), verse (several short or indented lines), prose. */
function paragraphs(body: string): Para[] {
  const out: Para[] = [];
  for (const chunk of body.split(/\n[ \t]*\n/)) {
    const lines = chunk.split('\n').filter((l) => l.trim());
    if (lines.length === 0) continue;
    const text = joinLines(lines);
    if (/^\[Illustration/.test(text) || /^[*\s.]+$/.test(text)) continue;
    const short = lines.every((l) => l.trim().length < 58);
    const indented = lines.every((l) => /^\s{2,}/.test(l));
    if (/^\[Footnote/.test(text)) out.push({ kind: 'note', lines });
    else if (lines.length === 1 && text.length < 70 && !/[.,;:!?]["'”’]?$/.test(text)) out.push({ kind: 'h', lines });
    else if (lines.length === 1 && /^(?:CHAPTER|BOOK|PART|LECTURE)\b/i.test(text)) out.push({ kind: 'h', lines });
    else if (lines.length >= 2 && (indented || short)) out.push({ kind: 'verse', lines });
    else out.push({ kind: 'p', lines });
  }
  return out;
}

/** A deterministic excerpt of about `size` characters, starting at a chapter or paragraph. */
function excerpt(paras: Para[], at: number, size: number): Para[] {
  let i = Math.floor(paras.length * at);
  for (let k = i; k < Math.min(paras.length, i + 40); k++) {
    if (paras[k]!.kind === 'h') {
      i = k;
      break;
    }
  }
  const out: Para[] = [];
  let n = 0;
  for (let k = i; k < paras.length && n < size; k++) {
    out.push(paras[k]!);
    n += joinLines(paras[k]!.lines).length;
  }
  return out;
}

const texEscape = (s: string): string =>
  s
    .replace(/\\/g, '\\textbackslash{}')
    .replace(/([#$%&{}])/g, '\\$1')
    .replace(/~/g, '\\textasciitilde{}')
    .replace(/\^/g, '\\textasciicircum{}')
    .replace(/_([^_]+)_/g, '\\emph{$1}')
    .replace(/_/g, '\\_')
    .replace(/--/g, '--{}')
    .replace(/"/g, "''");

const htmlEscape = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/_([^_]+)_/g, '<em>$1</em>');

/**
 * Footnotes: Gutenberg writes a call as `[1]` and the note as a `[Footnote 1: ...]` block after
 * the paragraph. For typesetting, each call becomes a page-foot footnote holding that text.
 */
function attachNotes(paras: Para[]): Para[] {
  const notes = new Map<string, string>();
  for (const p of paras) {
    if (p.kind !== 'note') continue;
    const m = /^\[Footnote (\w+):\s*([\s\S]*?)\]?$/.exec(joinLines(p.lines));
    if (m) notes.set(m[1]!, m[2]!.trim());
  }
  const out: Para[] = [];
  for (const p of paras) {
    if (p.kind === 'note') continue;
    const found: string[] = [];
    const lines = p.lines.map((l) =>
      l.replace(/\[(\w{1,3})\]/g, (all, id: string) => {
        const n = notes.get(id);
        if (n === undefined) return all;
        found.push(n);
        return `\u0000${found.length - 1}\u0000`;
      }),
    );
    out.push({ ...p, lines, ...(found.length ? { notes: found } : {}) });
  }
  return out;
}

function latex(paras: Para[], title: string, author: string, twocolumn: boolean): string {
  const body = paras
    .map((p) => {
      const fill = (s: string): string => texEscape(s).replace(/\u0000(\d+)\u0000/g, (_, k: string) => `\\footnote{${texEscape(p.notes?.[Number(k)] ?? '')}}`);
      if (p.kind === 'h') return `\\section*{${fill(joinLines(p.lines))}}`;
      if (p.kind === 'verse') return `\\begin{verse}\n${p.lines.map((l) => fill(l.trim())).join(' \\\\\n')}\n\\end{verse}`;
      return fill(joinLines(p.lines));
    })
    .join('\n\n');
  return `\\documentclass[11pt,twoside${twocolumn ? ',twocolumn' : ''}]{article}
\\usepackage[utf8]{inputenc}
\\usepackage[a5paper,margin=18mm]{geometry}
\\usepackage{fancyhdr}
\\pagestyle{fancy}
\\fancyhf{}
\\fancyhead[LE]{\\thepage\\quad ${texEscape(author.toUpperCase())}}
\\fancyhead[RO]{${texEscape(title)}\\quad\\thepage}
\\title{${texEscape(title)}}
\\author{${texEscape(author)}}
\\date{}
\\begin{document}
\\maketitle
\\thispagestyle{plain}
${body}
\\end{document}
`;
}

function html(paras: Para[], title: string, author: string): string {
  const body = paras
    .map((p) => {
      const t = (s: string): string => htmlEscape(s).replace(/\u0000\d+\u0000/g, '');
      if (p.kind === 'h') return `<h2>${t(joinLines(p.lines))}</h2>`;
      if (p.kind === 'verse') return `<p class="verse">${p.lines.map((l) => t(l.trim())).join('<br>\n')}</p>`;
      return `<p>${t(joinLines(p.lines))}</p>`;
    })
    .join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${htmlEscape(title)}</title>
<style>body{font:11pt/1.4 serif;max-width:34em;margin:auto;text-align:justify;hyphens:auto}.verse{margin-left:2em;text-align:left}</style></head>
<body><h1>${htmlEscape(title)}</h1><p class="byline">${htmlEscape(author)}</p>
${body}
</body></html>
`;
}

/** Truth blocks: the title first for typeset versions, notes after the text in call order. */
function truthOf(paras: Para[], title: string | undefined, withNotes: boolean): string[] {
  const out: string[] = title ? [title] : [];
  const notes: string[] = [];
  for (const p of paras) {
    if (p.kind === 'note') continue;
    out.push(
      joinLines(p.lines)
        .replace(/\u0000(\d+)\u0000/g, (_, k: string) => {
          if (!withNotes) return '';
          notes.push(p.notes?.[Number(k)] ?? '');
          return `[${notes.length}]`;
        })
        .replace(/_([^_]+)_/g, '$1'),
    );
  }
  return [...out, ...notes.map((n, i) => `[${i + 1}] ${n}`)];
}

async function pdfjsText(pdf: string): Promise<string> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await pdfjs.getDocument({ data: new Uint8Array(readFileSync(pdf)), isEvalSupported: false, verbosity: 0 }).promise;
  const pages: string[] = [];
  try {
    for (let p = 1; p <= doc.numPages; p++) {
      const content = await (await doc.getPage(p)).getTextContent();
      let s = '';
      for (const it of content.items as { str?: string; hasEOL?: boolean }[]) {
        s += it.str ?? '';
        if (it.hasEOL) s += '\n';
      }
      pages.push(s);
    }
  } finally {
    await doc.destroy();
  }
  return pages.join('\n');
}

function pdftotext(pdf: string, layout: boolean): string {
  return execFileSync('pdftotext', [...(layout ? ['-layout'] : []), '-enc', 'UTF-8', pdf, '-'], { maxBuffer: 64 << 20 }).toString('utf8');
}

async function gutenbergCases(work: string): Promise<Case[]> {
  const cases: Case[] = [];
  const tex = has('pdflatex');
  const chrome = ['chromium', 'chromium-browser', 'google-chrome'].find(has);
  const poppler = has('pdftotext');
  if (!tex) missing.push('pdflatex (apt-get install texlive-latex-base texlive-latex-recommended texlive-fonts-recommended): no LaTeX cases');
  if (!chrome) missing.push('chromium (apt-get install chromium): no Chromium-print cases');
  if (!poppler) missing.push('pdftotext (apt-get install poppler-utils): no pdftotext cases');
  for (const src of SOURCES.gutenberg) {
    const git = mirror(src.repo);
    if (!git) {
      missing.push(`${src.repo} (fetch it as a git mirror under ${MIRRORS}/${src.repo.replace('/', '+')}/repo)`);
      continue;
    }
    const paras = paragraphs(gutenbergBody(gitShow(git, src.file).toString('utf8')));
    for (const [k, at] of [0.25, 0.6].entries()) {
      const part = excerpt(paras, at, 14_000);
      const base = `${src.id}-${k + 1}`;
      const plain = part.map((p) => p.lines.join('\n')).join('\n\n') + '\n';
      cases.push({ id: `${base} gutenberg-txt`, group: src.id, family: 'gutenberg-txt', ext: 'txt', input: plain, truth: truthOf(part, undefined, false), recoverable: true });
      const noted = attachNotes(part);
      const dir = join(work, base);
      mkdirSync(dir, { recursive: true });
      if (tex) {
        for (const cols of [1, 2]) {
          const name = `latex-${cols}col`;
          writeFileSync(join(dir, `${name}.tex`), latex(noted, src.title, src.author, cols === 2));
          const res = spawnSync('pdflatex', ['-interaction=batchmode', '-halt-on-error', `${name}.tex`], { cwd: dir, timeout: 120_000 });
          const pdf = join(dir, `${name}.pdf`);
          if (res.status !== 0 || !existsSync(pdf)) {
            missing.push(`${base} ${name}: pdflatex failed`);
            continue;
          }
          const truth = truthOf(noted, src.title, true);
          if (poppler) {
            cases.push({ id: `${base} ${name} pdftotext`, group: src.id, family: `${name} pdftotext`, ext: 'txt', input: pdftotext(pdf, false), truth, recoverable: true });
            // Two columns side by side with -layout interleave their lines: the words are there, the order is not.
            cases.push({ id: `${base} ${name} pdftotext-layout`, group: src.id, family: `${name} pdftotext-layout`, ext: 'txt', input: pdftotext(pdf, true), truth, recoverable: cols === 1 });
          }
          cases.push({ id: `${base} ${name} pdfjs`, group: src.id, family: `${name} pdfjs`, ext: 'txt', input: await pdfjsText(pdf), truth, recoverable: true });
        }
      }
      if (chrome && poppler) {
        const page = join(dir, 'page.html');
        writeFileSync(page, html(noted, src.title, src.author));
        const pdf = join(dir, 'chromium.pdf');
        spawnSync(chrome, ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', `--user-data-dir=${join(dir, 'profile')}`, `--print-to-pdf=${pdf}`, `file://${page}`], { timeout: 120_000, stdio: 'ignore' });
        rmSync(join(dir, 'profile'), { recursive: true, force: true });
        if (existsSync(pdf)) {
          cases.push({ id: `${base} chromium pdftotext`, group: src.id, family: 'chromium pdftotext', ext: 'txt', input: pdftotext(pdf, false), truth: truthOf(noted, src.title, false), recoverable: true });
        } else missing.push(`${base}: Chromium printed no PDF`);
      }
    }
  }
  return cases;
}

// ---------------------------------------------------------------- article-extraction-benchmark

const BLOCK = new Set(['P', 'DIV', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'BLOCKQUOTE', 'PRE', 'FIGCAPTION', 'TR', 'ARTICLE', 'SECTION', 'HEADER', 'FOOTER', 'NAV', 'UL', 'OL', 'TABLE', 'DT', 'DD', 'BR', 'ASIDE', 'FIGURE']);
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME', 'HEAD']);

/** The page's text as select-all and copy gives it: one line per block element, no scripts. */
async function copiedText(page: string): Promise<string> {
  const { parseHTML } = await import('linkedom');
  const { document } = parseHTML(page);
  const out: string[] = [];
  let cur = '';
  const flush = (): void => {
    const t = cur.replace(/\s+/g, ' ').trim();
    if (t) out.push(t);
    cur = '';
  };
  const walk = (n: Node): void => {
    for (const c of Array.from(n.childNodes)) {
      if (c.nodeType === 3) cur += c.textContent ?? '';
      else if (c.nodeType === 1) {
        const tag = (c as Element).tagName.toUpperCase();
        if (SKIP.has(tag)) continue;
        const block = BLOCK.has(tag);
        if (block) flush();
        walk(c);
        if (block) flush();
      }
    }
  };
  walk((document.body ?? document.documentElement) as unknown as Node);
  flush();
  return `${out.join('\n')}\n`;
}

async function benchmarkCases(): Promise<Case[]> {
  const git = mirror(SOURCES.benchmark.repo);
  if (!git) {
    missing.push(`${SOURCES.benchmark.repo} (fetch it as a git mirror under ${MIRRORS}/${SOURCES.benchmark.repo.replace('/', '+')}/repo)`);
    return [];
  }
  const truth = JSON.parse(gitShow(git, 'ground-truth.json').toString('utf8')) as Record<string, { articleBody?: string }>;
  const cases: Case[] = [];
  for (const key of Object.keys(truth).sort()) {
    const body = truth[key]!.articleBody ?? '';
    const page = gunzipSync(gitShow(git, `html/${key}.html.gz`)).toString('utf8');
    const group = `aeb-${key.slice(0, 12)}`;
    const paras = body.split(/\n+/).map((s) => s.trim()).filter(Boolean);
    cases.push({ id: `${group} html`, group, family: 'web html', ext: 'html', input: page, truth: paras, recoverable: true, articleBody: body });
    cases.push({ id: `${group} copied`, group, family: 'web copied text', ext: 'txt', input: await copiedText(page), truth: paras, recoverable: true, articleBody: body });
  }
  return cases;
}

// ---------------------------------------------------------------- cache

/** Build (or read from the cache) every case the installed tools and mirrors allow. */
export async function loadCorpus(): Promise<Case[]> {
  const stamp = createHash('sha256').update(JSON.stringify({ VERSION, SOURCES, tools: ['pdflatex', 'pdftotext', 'chromium'].map(has) })).digest('hex').slice(0, 16);
  const file = join(CACHE, `cases-${stamp}.json`);
  if (existsSync(file)) {
    const stored = JSON.parse(readFileSync(file, 'utf8')) as { cases: Case[]; missing: string[] };
    missing.push(...stored.missing);
    return stored.cases;
  }
  const work = join(tmpdir(), `reader-bench-${process.pid}`);
  mkdirSync(work, { recursive: true });
  try {
    const cases = [...(await gutenbergCases(work)), ...(await benchmarkCases())];
    mkdirSync(CACHE, { recursive: true });
    writeFileSync(file, JSON.stringify({ cases, missing }));
    return cases;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
