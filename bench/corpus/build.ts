/**
 * The normalize bench's evaluation corpus, built from text nobody on this project wrote:
 * - Project Gutenberg books (public domain), from the GITenberg mirrors on GitHub: excerpts as
 *   plain text (hard-wrapped, blank-line paragraphs, verse, chapters, `_italics_`, notes), typeset
 *   here (typeset.ts: LaTeX one and two columns, Chromium print, WeasyPrint, LibreOffice; running
 *   heads, folios, hyphenation, page-foot footnotes where the excerpt calls notes), then handed
 *   over as the PDF itself or as text extracted with `pdftotext`, `pdftotext -layout` and pdf.js;
 * - scrapinghub/article-extraction-benchmark (181 saved news and blog pages with hand-annotated
 *   article text): the HTML as saved, the whole page copied, and the article copied (web.ts).
 * The truth is the source's own paragraphs (Gutenberg) or the annotated article body (benchmark).
 * Cases are built under `.cache/bench-normalize/` (never committed) from the git mirrors named in
 * SOURCES; see bench/README-normalize.md for how to get them and the tools.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { excerpt, gutenbergBody, paragraphs, truthOf, withFootnotes } from './gutenberg.ts';
import { chromiumHtml, flatOdt, has, latex, pagedHtml, pagedPrint, pdfjsText, pdftotext, typeset, weasyHtml } from './typeset.ts';
import { columnsHtml, printColumns } from './columns.ts';
import { copiedArticle, copiedText } from './web.ts';
import { transcriptExcerpt, transcriptParas } from './transcripts.ts';
import { ocrBook, slidesOf, slidesText, slidesTruth, transcriptBanner } from './shapes.ts';

export const CACHE = process.env.NORMALIZE_CORPUS_CACHE ?? '.cache/bench-normalize';
const MIRRORS = process.env.NORMALIZE_CORPUS_MIRRORS ?? '/work/.mirror';
/** Bump when the cases change: the cache is rebuilt. */
const VERSION = 5;
/** Bump when the Paged.js cases change (they are cached apart, so the others are not rebuilt). */
const PAGED_VERSION = 1;
/** Bump when the two-column cases change (cached apart too). */
const COLUMNS_VERSION = 1;
/** Bump when the transcript cases change (cached apart too). */
const TRANSCRIPTS_VERSION = 1;

/** Where each family's text comes from: a GitHub repository (mirrored with git) and its file. */
export const SOURCES = {
  gutenberg: [
    { id: 'gb-14263', repo: 'GITenberg/Katrine--A-Novel_14263', file: '14263.txt', title: 'Katrine', author: 'Elinor Macartney Lane' },
    {
      id: 'gb-14881',
      repo: 'GITenberg/The-Log-School-House-on-the-Columbia_14881',
      file: '14881.txt',
      title: 'The Log School-House on the Columbia',
      author: 'Hezekiah Butterworth',
    },
    {
      id: 'gb-16351',
      repo: 'GITenberg/Critical-and-Historical-Essays--13-Lectures-delivered-at-Columbia-University_16351',
      file: '16351.txt',
      title: 'Critical and Historical Essays',
      author: 'Edward MacDowell',
    },
    { id: 'gb-16595', repo: 'GITenberg/Charles-Dickens-and-Music_16595', file: '16595.txt', title: 'Charles Dickens and Music', author: 'James T. Lightwood' },
    { id: 'gb-22089', repo: 'GITenberg/The-Liberty-Minstrel_22089', file: '22089.txt', title: 'The Liberty Minstrel', author: 'George W. Clark' },
    {
      id: 'gb-3261',
      repo: 'GITenberg/News-from-Nowhere--Or-An-Epoch-of-Rest--13-Being-Some-Chapters-from-a-Utopian-Romance_3261',
      file: '3261.txt',
      title: 'News from Nowhere',
      author: 'William Morris',
    },
    { id: 'gb-9198', repo: 'GITenberg/The-Complete-Angler-1653_9198', file: '9198.txt', title: 'The Complete Angler', author: 'Izaak Walton' },
    // Added in round two, chosen for prose with footnotes (essays, history, letters) before any result was seen.
    { id: 'gb-2162', repo: 'GITenberg/Anarchism-and-Other-Essays_2162', file: '2162.txt', title: 'Anarchism and Other Essays', author: 'Emma Goldman' },
    {
      id: 'gb-52834',
      repo: 'GITenberg/Guernsey-Folk-Lore-a-collection-of-popular-superstitions-legendary-tales-peculiar-customs-pro__52834',
      file: '52834-0.txt',
      title: 'Guernsey Folk Lore',
      author: 'Edgar MacCulloch',
    },
    {
      id: 'gb-17074',
      repo: 'GITenberg/The-Pianoforte-SonataIts-Origin-and-Development_17074',
      file: '17074.txt',
      title: 'The Pianoforte Sonata',
      author: 'J. S. Shedlock',
    },
    {
      id: 'gb-15141',
      repo: 'GITenberg/Beethoven-a-character-study--13-Together-with-Wagner-s-indebtedness-to-Beethoven_15141',
      file: '15141.txt',
      title: 'Beethoven, a Character Study',
      author: 'George Alexander Fischer',
    },
    {
      id: 'gb-13272',
      repo: 'GITenberg/Beethoven-s-Letters-1790-1826-Volume-2_13272',
      file: '13272.txt',
      title: "Beethoven's Letters 1790-1826, Volume 2",
      author: 'Ludwig van Beethoven',
    },
    {
      id: 'gb-17997',
      repo: 'GITenberg/Contribution-to-Passamaquoddy-Folk-Lore_17997',
      file: '17997.txt',
      title: 'Contribution to Passamaquoddy Folk-Lore',
      author: 'John Dyneley Prince',
    },
    {
      id: 'gb-17474',
      repo: 'GITenberg/How-to-Listen-to-Music-7th-ed.Hints-and-Suggestions-to-Untaught-Lovers-of-the-Art_17474',
      file: '17474.txt',
      title: 'How to Listen to Music',
      author: 'Henry Edward Krehbiel',
    },
    { id: 'gb-20170', repo: 'GITenberg/Legend-Land-Vol.-1Railway._20170', file: '20170.txt', title: 'Legend Land, Volume 1', author: 'Lyonesse' },
  ],
  benchmark: { repo: 'scrapinghub/article-extraction-benchmark' },
} as const;

/**
 * Podcast transcripts (CC BY-SA 4.0): every 40th episode file of The Changelog's own show, in
 * name order, chosen before any result was seen. Kept out of SOURCES, whose hash stamps the
 * other caches: adding them rebuilt nothing else.
 */
export const TRANSCRIPTS = { repo: 'thechangelog/transcripts', under: 'podcast/', every: 40 } as const;

/** One evaluation case: an input as a user would hand it over, and the paragraphs it should give. */
export interface Case {
  id: string;
  /** The source it was made from (a book, a web page): the unit of the tune/held-out split. */
  group: string;
  family: string;
  ext: 'txt' | 'html' | 'pdf';
  /** The input: text, or a PDF's bytes in base64. */
  input: string;
  /** A PDF case: the text a user would see untouched (pdftotext's), for the baseline score. */
  untouched?: string;
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

/** What the corpus could not be built from, to print with the results. */
export const missing: string[] = [];

// ---------------------------------------------------------------- Gutenberg, typeset

type Engine = 'pdflatex' | 'chromium' | 'weasyprint' | 'soffice';

async function gutenbergCases(work: string): Promise<Case[]> {
  const cases: Case[] = [];
  const tools = {
    pdflatex: has('pdflatex'),
    chromium: ['chromium', 'chromium-browser', 'google-chrome'].some(has),
    weasyprint: has('weasyprint'),
    soffice: has('soffice'),
    pdftotext: has('pdftotext'),
  };
  if (!tools.pdflatex) missing.push('pdflatex (apt-get install texlive-latex-base texlive-latex-recommended texlive-fonts-recommended): no LaTeX cases');
  if (!tools.chromium) missing.push('chromium (apt-get install chromium): no Chromium-print cases');
  if (!tools.weasyprint) missing.push('weasyprint (apt-get install --no-install-recommends weasyprint): no WeasyPrint cases');
  if (!tools.soffice) missing.push('soffice (apt-get install --no-install-recommends libreoffice-writer-nogui): no LibreOffice cases');
  if (!tools.pdftotext) missing.push('pdftotext (apt-get install poppler-utils): no pdftotext cases');
  for (const src of SOURCES.gutenberg) {
    const git = mirror(src.repo);
    if (!git) {
      missing.push(`${src.repo} (fetch it as a git mirror under ${MIRRORS}/${src.repo.replace('/', '+')}/repo)`);
      continue;
    }
    const paras = paragraphs(gutenbergBody(gitShow(git, src.file).toString('utf8')));
    for (const [k, at] of [0.25, 0.6].entries()) {
      const picked = excerpt(paras, at, 14_000);
      const part = picked.map((i) => paras[i]!);
      const base = `${src.id}-${k + 1}`;
      const group = src.id;
      const plain = part.map((p) => p.lines.join('\n')).join('\n\n') + '\n';
      cases.push({
        id: `${base} gutenberg-txt`,
        group,
        family: 'gutenberg-txt',
        ext: 'txt',
        input: plain,
        truth: truthOf(part, undefined, 'in-place'),
        recoverable: true,
      });
      const noted = withFootnotes(paras, picked);
      const dir = join(work, base);
      mkdirSync(dir, { recursive: true });
      // Each engine: its document, the families it gives, and whether its notes reach the page.
      const runs: {
        engine: Engine;
        name: string;
        source: string;
        notes: 'end' | 'none';
        extract: ('pdftotext' | 'pdftotext-layout' | 'pdfjs' | 'pdf')[];
        interleaved?: boolean;
      }[] = [
        {
          engine: 'pdflatex',
          name: 'latex-1col',
          source: latex(noted, src.title, src.author, false),
          notes: 'end',
          extract: ['pdftotext', 'pdftotext-layout', 'pdfjs', 'pdf'],
        },
        {
          engine: 'pdflatex',
          name: 'latex-2col',
          source: latex(noted, src.title, src.author, true),
          notes: 'end',
          extract: ['pdftotext', 'pdftotext-layout', 'pdfjs', 'pdf'],
          interleaved: true,
        },
        { engine: 'chromium', name: 'chromium', source: chromiumHtml(noted, src.title, src.author), notes: 'none', extract: ['pdftotext', 'pdf'] },
        { engine: 'weasyprint', name: 'weasyprint', source: weasyHtml(noted, src.title, src.author), notes: 'end', extract: ['pdftotext', 'pdfjs', 'pdf'] },
        { engine: 'soffice', name: 'libreoffice', source: flatOdt(noted, src.title, src.author), notes: 'end', extract: ['pdftotext', 'pdfjs', 'pdf'] },
      ];
      for (const run of runs) {
        if (!tools[run.engine]) continue;
        const pdf = typeset(run.engine, dir, run.name, run.source);
        if (!pdf) {
          missing.push(`${base} ${run.name}: ${run.engine} made no PDF`);
          continue;
        }
        const truth = truthOf(noted, src.title, run.notes);
        const plainText = tools.pdftotext ? pdftotext(pdf, false) : await pdfjsText(pdf);
        for (const how of run.extract) {
          const c = { id: `${base} ${run.name} ${how}`, group, family: `${run.name} ${how}`, truth, recoverable: true } as const;
          if (how === 'pdf') {
            // The PDF itself, as a user adds it to a reader: normalizePdf reads its glyph positions.
            cases.push({ ...c, ext: 'pdf', input: readFileSync(pdf).toString('base64'), untouched: plainText });
          } else if (how === 'pdfjs') {
            cases.push({ ...c, ext: 'txt', input: await pdfjsText(pdf) });
          } else if (tools.pdftotext) {
            // Columns side by side with -layout interleave their lines: the words are there, the order is not.
            cases.push({ ...c, ext: 'txt', input: pdftotext(pdf, how === 'pdftotext-layout'), recoverable: !(run.interleaved && how === 'pdftotext-layout') });
          }
        }
      }
    }
  }
  return cases;
}

// ---------------------------------------------------------------- Gutenberg, Paged.js

/**
 * The excerpts printed as book pages by Paged.js in Chromium, the pipeline's own renderer:
 * running heads, folios and footnotes at the page foot, the page breaks and notes cutting the
 * paragraphs (family `paged-book`: indented, justified, hyphenated; `paged-spaced`: spaced,
 * ragged). Extracted with pdftotext (default and -layout) and pdf.js, or handed over as the PDF.
 */
async function pagedCases(work: string): Promise<Case[]> {
  const cases: Case[] = [];
  if (!['chromium', 'chromium-browser', 'google-chrome'].some(has)) return cases;
  const withPdftotext = has('pdftotext');
  for (const src of SOURCES.gutenberg) {
    const git = mirror(src.repo);
    if (!git) continue;
    const paras = paragraphs(gutenbergBody(gitShow(git, src.file).toString('utf8')));
    for (const [k, at] of [0.25, 0.6].entries()) {
      const noted = withFootnotes(paras, excerpt(paras, at, 14_000));
      const base = `${src.id}-${k + 1}`;
      const dir = join(work, `${base}-paged`);
      mkdirSync(dir, { recursive: true });
      const truth = truthOf(noted, src.title, 'end');
      for (const look of ['book', 'spaced'] as const) {
        const name = `paged-${look}`;
        const pdf = await pagedPrint(dir, name, pagedHtml(noted, src.title, src.author, look === 'spaced'));
        if (!pdf) {
          missing.push(`${base} ${name}: Paged.js in Chromium made no PDF`);
          continue;
        }
        const c = { group: src.id, truth, recoverable: true } as const;
        const plainText = withPdftotext ? pdftotext(pdf, false) : await pdfjsText(pdf);
        if (withPdftotext) {
          cases.push({ ...c, id: `${base} ${name} pdftotext`, family: `${name} pdftotext`, ext: 'txt', input: plainText });
          cases.push({ ...c, id: `${base} ${name} pdftotext-layout`, family: `${name} pdftotext-layout`, ext: 'txt', input: pdftotext(pdf, true) });
        }
        cases.push({ ...c, id: `${base} ${name} pdfjs`, family: `${name} pdfjs`, ext: 'txt', input: await pdfjsText(pdf) });
        cases.push({ ...c, id: `${base} ${name} pdf`, family: `${name} pdf`, ext: 'pdf', input: readFileSync(pdf).toString('base64'), untouched: plainText });
      }
    }
  }
  return cases;
}

// ---------------------------------------------------------------- Gutenberg, two columns

/**
 * The excerpts set as a two-column journal article by Chromium (columns.ts): title block across
 * the columns, running heads, folios at the foot, notes at the page foot, paragraphs running on
 * across columns and pages. Extracted with pdftotext (default: the columns one after the other,
 * page one's title block sometimes read after the right column; -layout: side by side) and
 * pdf.js, or handed over as the PDF.
 */
async function columnCases(work: string): Promise<Case[]> {
  const cases: Case[] = [];
  if (!['chromium', 'chromium-browser', 'google-chrome'].some(has)) return cases;
  const withPdftotext = has('pdftotext');
  for (const src of SOURCES.gutenberg) {
    const git = mirror(src.repo);
    if (!git) continue;
    const paras = paragraphs(gutenbergBody(gitShow(git, src.file).toString('utf8')));
    for (const [k, at] of [0.25, 0.6].entries()) {
      const noted = withFootnotes(paras, excerpt(paras, at, 14_000));
      const base = `${src.id}-${k + 1}`;
      const dir = join(work, `${base}-columns`);
      mkdirSync(dir, { recursive: true });
      const pdf = await printColumns(dir, 'columns', columnsHtml(noted, src.title, src.author));
      if (!pdf) {
        missing.push(`${base} columns: Chromium made no PDF`);
        continue;
      }
      const c = { group: src.id, truth: truthOf(noted, src.title, 'end'), recoverable: true } as const;
      const plainText = withPdftotext ? pdftotext(pdf, false) : await pdfjsText(pdf);
      if (withPdftotext) {
        cases.push({ ...c, id: `${base} columns pdftotext`, family: 'columns pdftotext', ext: 'txt', input: plainText });
        // Side by side, as with LaTeX's two columns: the words are there, the order is not.
        const layout = pdftotext(pdf, true);
        cases.push({ ...c, id: `${base} columns pdftotext-layout`, family: 'columns pdftotext-layout', ext: 'txt', input: layout, recoverable: false });
      }
      cases.push({ ...c, id: `${base} columns pdfjs`, family: 'columns pdfjs', ext: 'txt', input: await pdfjsText(pdf) });
      cases.push({ ...c, id: `${base} columns pdf`, family: 'columns pdf', ext: 'pdf', input: readFileSync(pdf).toString('base64'), untouched: plainText });
    }
  }
  return cases;
}

// ---------------------------------------------------------------- transcripts

/**
 * Podcast transcripts printed by Chromium (its header and footer on every page), each speaker's
 * turn a paragraph opening with the name: extracted with pdftotext (default and -layout), or
 * handed over as the PDF. The truth is the turns as they stand, the title first.
 */
async function transcriptCases(work: string): Promise<Case[]> {
  const cases: Case[] = [];
  const src = TRANSCRIPTS;
  const git = mirror(src.repo);
  if (!git) {
    missing.push(`${src.repo} (fetch it as a git mirror under ${MIRRORS}/${src.repo.replace('/', '+')}/repo)`);
    return cases;
  }
  if (!['chromium', 'chromium-browser', 'google-chrome'].some(has) || !has('pdftotext')) return cases;
  const files = execFileSync('git', ['--git-dir', git, 'ls-tree', '-r', '--name-only', 'HEAD', src.under])
    .toString('utf8')
    .split('\n')
    .filter((f) => f.endsWith('.md'))
    .sort();
  for (let k = 0; k < files.length; k += src.every) {
    const file = files[k]!;
    const name = file.slice(src.under.length, -'.md'.length);
    const paras = transcriptExcerpt(transcriptParas(gitShow(git, file).toString('utf8')), 14_000);
    if (paras.length < 10) continue;
    const title = name
      .replace(/-(\d+)$/, ' #$1')
      .replace(/-/g, ' ')
      .replace(/\b\p{Ll}/gu, (c) => c.toUpperCase());
    const dir = join(work, `cl-${name}`);
    mkdirSync(dir, { recursive: true });
    const pdf = typeset('chromium', dir, 'transcript', chromiumHtml(paras, title, 'Changelog Media'));
    if (!pdf) {
      missing.push(`cl-${name} transcript: Chromium made no PDF`);
      continue;
    }
    const c = { group: `cl-${name}`, truth: truthOf(paras, title, 'none'), recoverable: true } as const;
    const plainText = pdftotext(pdf, false);
    cases.push({ ...c, id: `cl-${name} transcript pdftotext`, family: 'transcript pdftotext', ext: 'txt', input: plainText });
    cases.push({ ...c, id: `cl-${name} transcript pdftotext-layout`, family: 'transcript pdftotext-layout', ext: 'txt', input: pdftotext(pdf, true) });
    cases.push({
      ...c,
      id: `cl-${name} transcript pdf`,
      family: 'transcript pdf',
      ext: 'pdf',
      input: readFileSync(pdf).toString('base64'),
      untouched: plainText,
    });
  }
  return cases;
}

// ---------------------------------------------------------------- shapes of a new user's texts

/**
 * The shapes a new user's texts came in (shapes.ts: an old book read by OCR, slides exported to
 * text, a transcript copied with its banner), made from the tune sources only: they were added
 * after the held-out split was first scored, and tuned on, so they stay out of it. Cheap (no
 * tool runs), so built on every run and never cached.
 */
export function shapeCases(): Case[] {
  const split = JSON.parse(readFileSync('bench/corpus/split.json', 'utf8')) as { tune: string[] };
  const tune = new Set(split.tune);
  const cases: Case[] = [];
  for (const src of SOURCES.gutenberg) {
    const git = mirror(src.repo);
    if (!git || !tune.has(src.id)) continue;
    const paras = paragraphs(gutenbergBody(gitShow(git, src.file).toString('utf8')));
    for (const [k, at] of [0.25, 0.6].entries()) {
      const noted = withFootnotes(paras, excerpt(paras, at, 14_000));
      const base = `${src.id}-${k + 1}`;
      const c = { group: src.id, ext: 'txt', recoverable: true } as const;
      const truth = truthOf(noted, src.title, 'end');
      for (const [variant, name] of [
        [1, 'long-s'],
        [2, 'spaced'],
      ] as const)
        cases.push({ ...c, id: `${base} ocr-book ${name}`, family: `ocr-book ${name}`, input: ocrBook(noted, src.title, src.author, variant, base), truth });
      const slides = slidesOf(noted);
      for (const variant of ['run-on', 'lines'] as const)
        cases.push({ ...c, id: `${base} slides ${variant}`, family: `slides ${variant}`, input: slidesText(slides, variant), truth: slidesTruth(slides) });
    }
  }
  const git = mirror(TRANSCRIPTS.repo);
  if (!git) return cases;
  const files = execFileSync('git', ['--git-dir', git, 'ls-tree', '-r', '--name-only', 'HEAD', TRANSCRIPTS.under])
    .toString('utf8')
    .split('\n')
    .filter((f) => f.endsWith('.md'))
    .sort();
  for (let k = 0; k < files.length; k += TRANSCRIPTS.every) {
    const file = files[k]!;
    const name = file.slice(TRANSCRIPTS.under.length, -'.md'.length);
    if (!tune.has(`cl-${name}`)) continue;
    const paras = transcriptExcerpt(transcriptParas(gitShow(git, file).toString('utf8')), 14_000);
    if (paras.length < 10) continue;
    const title = name
      .replace(/-(\d+)$/, ' #$1')
      .replace(/-/g, ' ')
      .replace(/\b\p{Ll}/gu, (ch) => ch.toUpperCase());
    const c = { group: `cl-${name}`, ext: 'txt', recoverable: true, truth: truthOf(paras, title, 'none') } as const;
    for (const wrapped of [false, true]) {
      const how = wrapped ? 'wrapped' : 'copied';
      cases.push({
        ...c,
        id: `cl-${name} transcript-banner ${how}`,
        family: `transcript-banner ${how}`,
        input: transcriptBanner(paras, title, 'Changelog Media', wrapped),
      });
    }
  }
  return cases;
}

// ---------------------------------------------------------------- article-extraction-benchmark

async function benchmarkCases(): Promise<Case[]> {
  const git = mirror(SOURCES.benchmark.repo);
  if (!git) {
    missing.push(`${SOURCES.benchmark.repo} (fetch it as a git mirror under ${MIRRORS}/${SOURCES.benchmark.repo.replace('/', '+')}/repo)`);
    return [];
  }
  const truth = JSON.parse(gitShow(git, 'ground-truth.json').toString('utf8')) as Record<string, { articleBody?: string }>;
  const cases: Case[] = [];
  let unfound = 0;
  for (const key of Object.keys(truth).sort()) {
    const body = truth[key]!.articleBody ?? '';
    const page = gunzipSync(gitShow(git, `html/${key}.html.gz`)).toString('utf8');
    const group = `aeb-${key.slice(0, 12)}`;
    const paras = body
      .split(/\n+/)
      .map((s) => s.trim())
      .filter(Boolean);
    cases.push({ id: `${group} html`, group, family: 'web html', ext: 'html', input: page, truth: paras, recoverable: true, articleBody: body });
    cases.push({
      id: `${group} copied`,
      group,
      family: 'web copied text',
      ext: 'txt',
      input: await copiedText(page),
      truth: paras,
      recoverable: true,
      articleBody: body,
    });
    const article = await copiedArticle(page, body);
    if (article)
      cases.push({
        id: `${group} copied article`,
        group,
        family: 'web copied article',
        ext: 'txt',
        input: article,
        truth: paras,
        recoverable: true,
        articleBody: body,
      });
    else unfound++;
  }
  if (unfound) missing.push(`web copied article: ${unfound} pages whose article's first or last words are not in the saved HTML`);
  return cases;
}

// ---------------------------------------------------------------- cache

/** Build (or read from the cache) every case the installed tools and mirrors allow. */
export async function loadCorpus(): Promise<Case[]> {
  const stamp = createHash('sha256')
    .update(JSON.stringify({ VERSION, SOURCES, tools: ['pdflatex', 'pdftotext', 'chromium', 'weasyprint', 'soffice'].map(has) }))
    .digest('hex')
    .slice(0, 16);
  const pagedStamp = createHash('sha256')
    .update(JSON.stringify({ PAGED_VERSION, SOURCES, tools: ['pdftotext', 'chromium'].map(has) }))
    .digest('hex')
    .slice(0, 16);
  const columnsStamp = createHash('sha256')
    .update(JSON.stringify({ COLUMNS_VERSION, SOURCES, tools: ['pdftotext', 'chromium'].map(has) }))
    .digest('hex')
    .slice(0, 16);
  const transcriptsStamp = createHash('sha256')
    .update(JSON.stringify({ TRANSCRIPTS_VERSION, source: TRANSCRIPTS, tools: ['pdftotext', 'chromium'].map(has) }))
    .digest('hex')
    .slice(0, 16);
  return [
    ...(await cached(join(CACHE, `cases-${stamp}.json`), async (work) => [...(await gutenbergCases(work)), ...(await benchmarkCases())])),
    ...(await cached(join(CACHE, `paged-${pagedStamp}.json`), pagedCases)),
    ...(process.env.BENCH_COLUMNS === '0' ? [] : await cached(join(CACHE, `columns-${columnsStamp}.json`), columnCases)),
    ...(process.env.BENCH_TRANSCRIPTS === '0' ? [] : await cached(join(CACHE, `transcripts-${transcriptsStamp}.json`), transcriptCases)),
    ...(process.env.BENCH_SHAPES === '0' ? [] : shapeCases()),
  ];
}

/** The cases stored in `file`, or those `build` makes (in a scratch folder), stored there. */
async function cached(file: string, build: (work: string) => Promise<Case[]>): Promise<Case[]> {
  if (existsSync(file)) {
    const stored = JSON.parse(readFileSync(file, 'utf8')) as { cases: Case[]; missing: string[] };
    missing.push(...stored.missing);
    return stored.cases;
  }
  const work = join(tmpdir(), `reader-bench-${process.pid}`);
  mkdirSync(work, { recursive: true });
  const before = missing.length;
  try {
    const cases = await build(work);
    mkdirSync(CACHE, { recursive: true });
    writeFileSync(file, JSON.stringify({ cases, missing: missing.slice(before) }));
    return cases;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
