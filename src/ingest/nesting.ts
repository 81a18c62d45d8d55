import { ReaderError } from '../errors.ts';

/**
 * Deepest quote/list nesting a Markdown source may have. Real texts nest a few levels;
 * thousands of levels make the Markdown parser take minutes (its cost grows with the
 * square of the depth or worse) and overflow the stack of the tree walkers after it.
 */
export const MAX_MARKDOWN_NESTING = 32;

/**
 * Quote and list containers opened at the start of one line: each `>` or list marker, plus
 * the levels that the indentation before the first marker implies (a nested list item is
 * indented at least two columns per level).
 */
export function lineNesting(line: string): number {
  let depth = 0;
  let indent = 0;
  let i = 0;
  for (;;) {
    let cols = 0;
    while (line[i] === ' ' || line[i] === '\t') cols += line[i++] === '\t' ? 4 : 1;
    const c = line[i];
    if (c === '>') {
      depth++;
      if (depth === 1) indent = cols;
      i++;
      continue;
    }
    if ((c === '-' || c === '*' || c === '+') && (i + 1 === line.length || line[i + 1] === ' ' || line[i + 1] === '\t')) {
      depth++;
      if (depth === 1) indent = cols;
      i++;
      continue;
    }
    const ordered = /^\d{1,9}[.)](?=[ \t]|$)/.exec(line.slice(i, i + 11));
    if (ordered) {
      depth++;
      if (depth === 1) indent = cols;
      i += ordered[0].length;
      continue;
    }
    break;
  }
  return depth === 0 ? 0 : depth + Math.floor(indent / 2);
}

/** Refuse a Markdown source nested deeper than the pipeline can take, naming the first such line. */
export function checkMarkdownNesting(text: string, file: string): void {
  let line = 1;
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    // A cheap test first: most lines open no container at all.
    let i = start;
    while (i < end && (text.charCodeAt(i) === 0x20 || text.charCodeAt(i) === 0x09)) i++;
    const first = text.charCodeAt(i);
    if (first === 0x3e || first === 0x2d || first === 0x2a || first === 0x2b || (first >= 0x30 && first <= 0x39)) {
      const depth = lineNesting(text.slice(start, end));
      if (depth > MAX_MARKDOWN_NESTING) {
        throw new ReaderError(
          'SourceTooDeep',
          `Quotes and lists nest ${depth} levels deep here; reader takes at most ${MAX_MARKDOWN_NESTING}`,
          'Flatten the nesting on that line (remove the extra `>` or list markers, or the indentation before them).',
          { file, line, column: 1 },
        );
      }
    }
    start = end + 1;
    line++;
  }
}

/**
 * Deepest element nesting an HTML source may have. Saved pages nest a few dozen levels (the
 * 181 pages of scrapinghub's article-extraction benchmark: at most 49); a page nested 200,000
 * deep kept the build busy for more than 10 minutes, and tree walkers overflow the stack.
 */
export const MAX_HTML_NESTING = 512;

/** Elements that never hold others (void) or whose end tag the parser implies (a new `<p>` ends the last). */
const FLAT = new Set(
  'area base br col embed hr img input link meta param source track wbr p li dt dd tr td th option optgroup rt rp tbody thead tfoot colgroup caption html head body'.split(
    ' ',
  ),
);
/** Elements whose content is text up to their end tag. */
const RAW = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'noscript', 'template', 'iframe', 'noembed', 'noframes', 'plaintext']);

/**
 * Refuse an HTML source whose elements nest deeper than MAX_HTML_NESTING, naming the tag that
 * goes past it. Counts open tags less end tags, as a parser would roughly; linear in the text.
 */
export function checkHtmlNesting(text: string, file: string): void {
  const open: string[] = [];
  const tag = /<(\/?)([a-zA-Z][a-zA-Z0-9:-]*)/y;
  let i = text.indexOf('<');
  while (i >= 0 && i < text.length) {
    if (text.startsWith('<!--', i)) {
      const end = text.indexOf('-->', i + 4);
      if (end < 0) return;
      i = text.indexOf('<', end + 3);
      continue;
    }
    tag.lastIndex = i;
    const m = tag.exec(text);
    if (!m) {
      i = text.indexOf('<', i + 1);
      continue;
    }
    // Each character is looked at once: the tag ends at the next `>` (a `>` inside a quoted attribute is rare).
    const close = text.indexOf('>', tag.lastIndex);
    if (close < 0) return;
    const name = m[2]!.toLowerCase();
    let next = close + 1;
    if (m[1]) {
      const at = open.lastIndexOf(name);
      if (at >= 0) open.length = at;
    } else if (RAW.has(name)) {
      const end = new RegExp(`</${name}`, 'gi');
      end.lastIndex = next;
      next = end.exec(text)?.index ?? text.length;
    } else if (!FLAT.has(name) && text[close - 1] !== '/') {
      open.push(name);
      if (open.length > MAX_HTML_NESTING) {
        const before = text.slice(0, i);
        const line = before.split('\n').length;
        throw new ReaderError(
          'SourceTooDeep',
          `HTML elements nest more than ${MAX_HTML_NESTING} levels deep here (\`<${name}>\`); reader takes at most ${MAX_HTML_NESTING}`,
          'This is not a page as a browser saves it: save the page again (Save as… > Web page, HTML only), or copy its text into a .txt file.',
          { file, line, column: i - before.lastIndexOf('\n') },
        );
      }
    }
    i = text.indexOf('<', next);
  }
}
