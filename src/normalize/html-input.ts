import { createRequire } from 'node:module';
import type { Readability as ReadabilityClass } from '@mozilla/readability';
import type { parseHTML as ParseHtml } from 'linkedom';
import type { Block } from './block.ts';
import { repairLine } from './chars.ts';
import { clip } from './repairs.ts';
import type { RuleContext } from './rule.ts';
import { isCapsLine, isTitleLine, wordCount } from './text-shape.ts';
import { appendSibling, inlineText } from '../util/inline-text.ts';
import { takeOutGutenberg } from './html-gutenberg.ts';
import { takeOutCookieNotices, takeOutWikiFurniture } from './html-widgets.ts';
import { emphasisMarks, markEmphasis, markEndnotes, markLinkedNotes, noteMark, unmarked } from './html-marks.ts';

let htmlModules: { parseHTML: typeof ParseHtml; Readability: typeof ReadabilityClass } | undefined;

/**
 * linkedom (~150 ms to load) and Readability, loaded on the first HTML input: most texts are
 * not HTML. Required, not imported, because normalize() is synchronous.
 */
function htmlLibs(): { parseHTML: typeof ParseHtml; Readability: typeof ReadabilityClass } {
  if (!htmlModules) {
    const require = createRequire(import.meta.url);
    htmlModules = {
      parseHTML: (require('linkedom') as typeof import('linkedom')).parseHTML,
      Readability: (require('@mozilla/readability') as typeof import('@mozilla/readability')).Readability,
    };
  }
  return htmlModules;
}

const BLOCK_TAGS = new Set(['P', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'BLOCKQUOTE', 'PRE', 'FIGCAPTION', 'DT', 'DD']);

/**
 * HTML input: Readability picks the main content, then each block element becomes a block.
 * Headings keep their level (h1/h2 -> 2, deeper -> 3). HTML has no source lines we can keep,
 * so places are counted in output blocks.
 */
export function htmlToBlocks(html: string, ctx: RuleContext): Block[] {
  const { parseHTML, Readability } = htmlLibs();
  const { document } = parseHTML(html.includes('<html') ? html : `<!doctype html><html><body>${html}</body></html>`);
  // A Project Gutenberg edition's header, licence and page numbers: out before anything reads the page
  // (logged here, so not again as page text left out).
  // (Only on a page that names Project Gutenberg: the scan reads every block's text.)
  const gutenberg =
    ctx.log.on('gutenberg-boilerplate') && document.body && /project\s+gutenberg|pg-header/i.test(html) ? takeOutGutenberg(document.body as never) : [];
  if (gutenberg.length) {
    const at = new SourcePlaces(html);
    for (const t of gutenberg)
      ctx.log.log('gutenberg-boilerplate', at.find(t.text), t.text, '', `Unexpected Project Gutenberg ${t.what} \`${clip(t.text)}\`, dropped`);
  }
  // Notes linked both ways (a call to a note that links back) are marked on the whole page,
  // before Readability takes out what it judges no article (an <aside> note among them).
  const linkedNotes = ctx.log.on('note-definition') && document.body ? markLinkedNotes(document.body as never, document as never) : [];
  // The page's own text blocks, before Readability takes the document apart: what it leaves
  // out (navigation, share bars, footers) is logged, so nothing goes without a log line.
  // (The note marks are no text of the page's.)
  const page = document.body ? leafTexts(document.body as unknown as Element).map(unmarked) : [];
  const places = new SourcePlaces(html);
  // A cookie notice is never the article: out before Readability can pick it (rule web-widget).
  const notices = ctx.log.on('web-widget') && document.body ? takeOutCookieNotices(document.body as never) : [];
  const wiki = ctx.log.on('web-wiki') && document.body ? takeOutWikiFurniture(document.body as never) : [];
  if (notices.length || wiki.length) {
    // Looked up apart: `places` finds the blocks in page order, from where the last one stood.
    const at = new SourcePlaces(html);
    for (const t of notices) ctx.log.log('web-widget', at.find(t), t, '', `Unexpected cookie notice \`${clip(t)}\`, dropped`);
    for (const t of wiki)
      ctx.log.log('web-wiki', at.find(t), t, '', `Unexpected wiki page furniture \`${clip(t)}\` (edit links, contents, navigation box, categories), dropped`);
  }
  let root: Element | null = null;
  try {
    const article = new Readability(document as unknown as Document, { charThreshold: 100 }).parse();
    if (article?.content) {
      const inner = parseHTML(`<!doctype html><html><body>${article.content}</body></html>`);
      root = inner.document.body as unknown as Element;
    }
  } catch {
    root = null;
  }
  root ??= (document.body as unknown as Element) ?? null;
  const blocks: Block[] = [];
  // Paragraphs that went on a note before them: kept, though no block is theirs alone.
  const continued: string[] = [];
  if (!root) return blocks;
  // Endnotes and italics, which the blocks' plain text would lose (html-marks.ts).
  const endnotes = ctx.log.on('note-definition') ? [...markEndnotes(root as never), ...linkedNotes] : [];
  markEmphasis(root as never);
  let n = 0;
  /** One block from `raw` (the text of element `tag`, or of an inline run in a container). */
  const emit = (raw0: string, tag: string, note: string | null, row: boolean): void => {
    n++;
    const marked = noteMark(raw0);
    const marks = emphasisMarks(marked.text, note !== null || marked.note !== undefined);
    const raw = marks.text;
    const at = places.find(raw);
    const l = repairLine(raw, at.line, ctx.fixChars);
    if (!l.text) return;
    const b: Block = { kind: 'paragraph', text: l.text, spans: [{ offset: 0, line: at.line, column: at.column }], source: l.text };
    if (marks.emphasis) b.underscoreEmphasis = true;
    const last = blocks.at(-1);
    // A further paragraph of a note marked by its text (html-marks.ts) goes on that note.
    if (marked.note === '+' && last?.kind === 'note') {
      continued.push(b.text);
      last.text += ` ${b.text}`;
      last.source += ` ${b.source}`;
      if (b.underscoreEmphasis) last.underscoreEmphasis = true;
      return;
    }
    const noteId = note ?? (marked.note && marked.note !== '+' ? marked.note : null);
    if (noteId !== null) {
      b.kind = 'note';
      b.noteId = noteId;
    } else if (/^H[1-6]$/.test(tag)) {
      b.kind = 'heading';
      b.depth = tag === 'H1' || tag === 'H2' ? 2 : 3;
    } else if (tag === 'LI') b.kind = 'list-item';
    // A row of data is never a heading, however short its cells.
    else if (!row && isCapsLine(l.text)) b.cand = 'caps';
    else if (!row && isTitleLine(l.text)) b.cand = 'title';
    blocks.push(b);
  };
  /** A picture of the article: its address (a lazy page's real one first) and its alternative text. */
  const image = (img: Element): void => {
    const url = (img.getAttribute('data-src') ?? img.getAttribute('src') ?? '').trim();
    const size = (a: string) => Number.parseInt(img.getAttribute(a) ?? '', 10);
    // A tracking pixel or an icon is no picture of the article.
    if (!url || size('width') < 16 || size('height') < 16) return;
    const alt = (img.getAttribute('alt') ?? '').replace(/\s+/g, ' ').trim();
    const at = places.find(alt || url);
    blocks.push({ kind: 'image', url, text: alt, spans: [{ offset: 0, line: at.line, column: at.column }], source: alt });
  };
  const images = (el: Element) => (el.tagName.toUpperCase() === 'IMG' ? [el] : Array.from(el.querySelectorAll('img')));
  const walk = (el: Element): void => {
    // Text a container holds beside its blocks is a block of its own, not left out: in a
    // quotation, any; elsewhere, a quotation's attribution after its dash (an embedded post's
    // "— NAME (@handle) date" after its paragraph, where Readability made the quotation a div)
    // and prose (fifteen words or more ending a sentence), since other short runs are a page's
    // menus and breadcrumbs (where Readability gave up, the whole body is walked).
    const quoteBox = el.tagName.toUpperCase() === 'BLOCKQUOTE';
    let run = '';
    let previous: string | undefined;
    const flushRun = (): void => {
      const t = run.replace(/\s+/g, ' ').trim();
      if (/[\p{L}\p{N}]/u.test(t) && (quoteBox || /^[—–]\s?\p{Lu}/u.test(t) || (wordCount(t, 15) >= 15 && /[.!?]["'”’)]?$/u.test(t))))
        emit(t, 'P', null, false);
      run = '';
      previous = undefined;
    };
    for (const node of Array.from(el.childNodes)) {
      if (node.nodeType === 3) {
        run += node.textContent ?? '';
        previous = undefined;
        continue;
      }
      if (node.nodeType !== 1) continue;
      const child = node as Element;
      const tag = child.tagName.toUpperCase();
      if (INLINE_TAGS.has(tag)) {
        run = appendSibling(run, previous, tag, inlineText(child));
        previous = tag;
        continue;
      }
      flushRun();
      const hasBlockChild = Array.from(child.children).some(
        (c) =>
          BLOCK_TAGS.has(c.tagName.toUpperCase()) || c.tagName.toUpperCase() === 'DIV' || c.tagName.toUpperCase() === 'UL' || c.tagName.toUpperCase() === 'OL',
      );
      const note = child.getAttribute('data-note');
      // A table's row of plain cells is one block, its cells apart by a space (a results table,
      // a timetable); a row whose cells hold paragraphs (a layout table) is walked into.
      const row = tag === 'TR' && !child.querySelector(ROW_BLOCKS);
      if (tag === 'IMG') image(child);
      else if (note !== null || row || (BLOCK_TAGS.has(tag) && !hasBlockChild)) {
        const before = blocks.length;
        emit(row ? rowText(child) : blockText(child), tag, note, row);
        if (tag === 'LI' && blocks.length > before && blocks.at(-1)!.kind === 'list-item') numberItem(child, blocks.at(-1)!);
        if (note === null && !row) images(child).forEach(image);
      } else {
        const before = blocks.length;
        walk(child);
        // An item of paragraphs (`<li><p>…</p><p>…</p></li>`): its first paragraph carries the item.
        const first = blocks[before];
        if (tag === 'LI' && first?.kind === 'paragraph' && !first.cand) {
          first.kind = 'list-item';
          numberItem(child, first);
        }
      }
    }
    flushRun();
  };
  walk(root);
  for (const list of endnotes) {
    const at = places.find(list.first);
    ctx.log.log(
      'note-definition',
      at,
      `${list.backLinks} back-links`,
      '',
      list.linked
        ? `Unexpected ${list.notes} note${list.notes === 1 ? '' : 's'} linked with ${list.notes === 1 ? 'its call' : 'their calls'} both ways (a number linking to a note that links back), read as notes (the back-links dropped: notes print as footnotes)`
        : list.by === 'calls'
          ? `Unexpected list of ${list.notes} endnotes that their calls link to, read as notes (notes print as footnotes)`
          : list.by === 'heading'
            ? `Unexpected list of ${list.notes} endnotes under a notes heading, each called in the text, read as notes (notes print as footnotes)`
            : `Unexpected list of ${list.notes} endnotes with back-links to their calls, read as notes (the back-links dropped: notes print as footnotes)`,
    );
  }
  if (ctx.log.on('html-content')) logLeftOut(page, [...blocks.map((b) => b.text), ...continued, ...notices, ...wiki], places, ctx);
  return blocks;
}

/** An item of an `<ol>` is numbered, its list starting at the `<ol>`'s first item (at its `start`). */
function numberItem(li: Element, b: Block): void {
  const list = li.parentElement;
  if (list?.tagName.toUpperCase() !== 'OL') return;
  b.ordered = true;
  const first = Array.from(list.children).find((c) => c.tagName.toUpperCase() === 'LI');
  if (first === li) b.start = Number.parseInt(list.getAttribute('start') ?? '1', 10) || 1;
}

/** Elements that run inside a line of text: a container's text between its blocks is made of these. */
const INLINE_TAGS = new Set([
  'A',
  'SPAN',
  'EM',
  'STRONG',
  'B',
  'I',
  'U',
  'S',
  'SMALL',
  'SUB',
  'SUP',
  'CODE',
  'ABBR',
  'CITE',
  'Q',
  'TIME',
  'MARK',
  'DEL',
  'INS',
  'FONT',
  'LABEL',
  'BDI',
  'BDO',
  'DFN',
  'KBD',
  'SAMP',
  'VAR',
  'BR',
  'WBR',
]);

/** What makes a table row a layout row, not a row of data. */
const ROW_BLOCKS = 'p, div, ul, ol, table, h1, h2, h3, h4, h5, h6, li, blockquote, pre';

/** A table row's text: each cell's, apart by a space. */
function rowText(tr: Element): string {
  return Array.from(tr.children).map(blockText).filter(Boolean).join(' ');
}

/** A block's text; an endnote's paragraphs joined by a space. */
function blockText(el: Element): string {
  return inlineText(el).replace(/\s+/g, ' ').trim();
}

/** Text of every element that holds text of its own (not only through block children). */
function leafTexts(body: Element): string[] {
  const out: string[] = [];
  const walk = (el: Element): void => {
    const tag = el.tagName.toUpperCase();
    if (tag === 'SCRIPT' || tag === 'STYLE' || tag === 'NOSCRIPT' || tag === 'TEMPLATE') return;
    let own = '';
    // The tag of the element just added to `own`: two elements side by side may need a space (inline-text.ts).
    let previous: string | undefined;
    for (const c of Array.from(el.childNodes)) {
      if (c.nodeType === 3) {
        own += c.textContent ?? '';
        previous = undefined;
      } else if (c.nodeType === 1) {
        const ct = (c as Element).tagName.toUpperCase();
        if (
          BLOCK_TAGS.has(ct) ||
          ['DIV', 'UL', 'OL', 'SECTION', 'ARTICLE', 'HEADER', 'FOOTER', 'NAV', 'ASIDE', 'MAIN', 'TABLE', 'TR', 'TD', 'TH', 'FIGURE', 'FORM'].includes(ct)
        ) {
          flush();
          walk(c as Element);
        } else if (!['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE'].includes(ct)) {
          own = appendSibling(own, previous, ct, inlineText(c as Element));
          previous = ct;
        }
      }
    }
    flush();
    function flush(): void {
      const t = own.replace(/\s+/g, ' ').trim();
      if (t) out.push(t);
      own = '';
    }
  };
  walk(body);
  return out;
}

/** Log the page's text blocks that are in none of the blocks kept. */
function logLeftOut(page: string[], kept: string[], places: SourcePlaces, ctx: RuleContext): void {
  // Each kept block stands for one element of the page: a second "Home" is not the first.
  const whole = new Map<string, number>();
  for (const text of kept) whole.set(squash(text), (whole.get(squash(text)) ?? 0) + 1);
  const all = [...whole.keys()].join('\u0000');
  // A page element whose text runs over several kept blocks (a table kept row by row).
  const run = kept.map(squash).join('');
  for (const t of page) {
    const k = squash(t);
    const n = whole.get(k) ?? 0;
    if (n > 0) whole.set(k, n - 1);
    // A short text inside a kept block may be a word of it by chance: only a whole block counts.
    if (!k || n > 0 || (k.length >= 30 && (all.includes(k) || run.includes(k)))) continue;
    const at = places.find(t);
    ctx.log.log('html-content', at, t, '', `Unexpected page text \`${clip(t)}\` outside the article (navigation, share bar, footer), left out`);
  }
}

const squash = (s: string): string =>
  s
    .normalize('NFC')
    .replace(/[^\p{L}\p{N}]+/gu, '')
    .toLowerCase();

/**
 * Places in the HTML source: a block's text is looked for in the source, from where the last
 * block was found, by its first words (markup and entities may stand between them).
 */
class SourcePlaces {
  private readonly starts: number[] = [0];
  private from = 0;

  constructor(private readonly html: string) {
    for (let i = html.indexOf('\n'); i >= 0; i = html.indexOf('\n', i + 1)) this.starts.push(i + 1);
  }

  find(text: string): { line: number; column: number } {
    // Three words of two letters or more; a one-letter word between them ("Tillett, A Brief") is passed over.
    // A text with no such word (a page number `[7]`) is looked for as it stands.
    const words = text.match(/[\p{L}\p{N}]{2,}/gu)?.slice(0, 3) ?? (text.trim() ? [text.trim()] : []);
    let at = -1;
    if (words.length) {
      const re = new RegExp(
        words
          .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
          .join('(?:[^\\p{L}\\p{N}]|<[^>]*>|&[#\\w]+;|(?<![\\p{L}\\p{N}])[\\p{L}\\p{N}](?![\\p{L}\\p{N}])){1,40}'),
        'gu',
      );
      // Inside the body: `<head>` holds the title too, which is not where a block comes from.
      re.lastIndex = Math.max(this.from, this.bodyStart());
      const m = re.exec(this.html) ?? ((re.lastIndex = this.bodyStart()), re.exec(this.html));
      if (m) at = m.index;
    }
    if (at < 0) return { line: 1, column: 1 };
    this.from = at;
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= at) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: at - this.starts[lo]! + 1 };
  }

  private body = -1;
  private bodyStart(): number {
    if (this.body < 0) this.body = Math.max(0, this.html.search(/<body\b/i));
    return this.body;
  }
}
