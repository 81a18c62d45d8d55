/**
 * Web pages as users hand them over, from scrapinghub/article-extraction-benchmark (181 saved
 * news and blog pages with the article text annotated by hand):
 * - the saved HTML;
 * - the whole page selected and copied, one line per block element (a stress case: menus,
 *   share bars, comments and all);
 * - the article selected and copied: a selection from the first word of the article to its last,
 *   as a browser turns it into plain text (the rendered-text rules of `innerText`, as Chromium's
 *   copy applies them: a blank line around each paragraph and heading, a line break around other
 *   blocks and at `<br>`, table cells apart by tabs, nothing hidden or scripted).
 */

const BLOCK = new Set([
  'P',
  'DIV',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'LI',
  'BLOCKQUOTE',
  'PRE',
  'FIGCAPTION',
  'TR',
  'ARTICLE',
  'SECTION',
  'HEADER',
  'FOOTER',
  'NAV',
  'UL',
  'OL',
  'TABLE',
  'DT',
  'DD',
  'BR',
  'ASIDE',
  'FIGURE',
]);
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME', 'HEAD']);

/** The page's text as select-all and copy gives it in round one's model: one line per block element. */
export async function copiedText(page: string): Promise<string> {
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

// innerText's rendered-text collection, without a layout: display from the tag (the UA style
// sheet), `hidden`, `display:none` in a style attribute and unrendered elements skipped.
const NOT_RENDERED = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'HEAD',
  'TITLE',
  'META',
  'LINK',
  'IFRAME',
  'OBJECT',
  'EMBED',
  'VIDEO',
  'AUDIO',
  'CANVAS',
  'SVG',
  'MAP',
  'INPUT',
  'SELECT',
  'TEXTAREA',
  'BUTTON',
  'OPTION',
  'DATALIST',
  'DIALOG',
  'SOURCE',
  'TRACK',
  'PARAM',
  'AREA',
  'IMG',
  'PICTURE',
]);
const TWO_BREAKS = new Set(['P', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6']);
const ONE_BREAK = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'BODY',
  'CAPTION',
  'CENTER',
  'DD',
  'DETAILS',
  'DIR',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'HEADER',
  'HGROUP',
  'HR',
  'LEGEND',
  'LI',
  'LISTING',
  'MAIN',
  'MENU',
  'NAV',
  'OL',
  'PRE',
  'SECTION',
  'SUMMARY',
  'TABLE',
  'UL',
  'XMP',
  'TR',
]);

/** Pieces of rendered text and required line breaks (numbers), in document order. */
function rendered(root: Node): (string | number)[] {
  const out: (string | number)[] = [];
  const walk = (n: Node, pre: boolean): void => {
    for (const c of Array.from(n.childNodes)) {
      if (c.nodeType === 3) {
        const t = c.textContent ?? '';
        out.push(pre ? t : t.replace(/[ \t\n\r\f]+/g, ' '));
        continue;
      }
      if (c.nodeType !== 1) continue;
      const el = c as Element;
      const tag = el.tagName.toUpperCase();
      if (NOT_RENDERED.has(tag) || el.hasAttribute('hidden') || /display\s*:\s*none|visibility\s*:\s*hidden/i.test(el.getAttribute('style') ?? '')) continue;
      if (tag === 'BR') {
        out.push('\n');
        continue;
      }
      const breaks = TWO_BREAKS.has(tag) ? 2 : ONE_BREAK.has(tag) ? 1 : 0;
      if (breaks) out.push(breaks);
      walk(c, pre || tag === 'PRE');
      if (tag === 'TD' || tag === 'TH') out.push('\t');
      if (breaks) out.push(breaks);
    }
  };
  walk(root, false);
  return out;
}

/**
 * Join the pieces as innerText does: runs of required line breaks become the largest count of
 * newlines, none at the start or end; spaces collapse across inline boundaries and are trimmed
 * at line starts and ends.
 */
function joinRendered(items: (string | number)[]): string {
  let s = '';
  let pending = 0;
  for (const it of items) {
    if (typeof it === 'number') {
      pending = Math.max(pending, it);
      continue;
    }
    if (!it) continue;
    if (pending && s && it.trim()) {
      s = s.replace(/[ \t]+$/, '') + '\n'.repeat(pending);
      pending = 0;
    }
    if (!s && !it.trim()) continue;
    s += it;
  }
  return s
    .replace(/ {2,}/g, ' ')
    .replace(/^[ \t]+|[ \t]+$/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** Word positions of a string: [start, end) of each run of letters or digits. */
function wordSpans(s: string): { w: string; a: number; b: number }[] {
  const out: { w: string; a: number; b: number }[] = [];
  for (const m of s.matchAll(/[\p{L}\p{N}]+/gu)) out.push({ w: m[0].toLowerCase(), a: m.index!, b: m.index! + m[0].length });
  return out;
}

/**
 * The article selected and copied: the page's rendered text from the first words of the
 * annotated article to its last words. Undefined when either end cannot be found in the page
 * (the annotation was made from a rendering the saved HTML does not hold).
 */
export async function copiedArticle(page: string, articleBody: string): Promise<string | undefined> {
  const { parseHTML } = await import('linkedom');
  const { document } = parseHTML(page);
  const text = joinRendered(rendered((document.body ?? document.documentElement) as unknown as Node));
  const pageWords = wordSpans(text);
  const body = [...articleBody.toLowerCase().matchAll(/[\p{L}\p{N}]+/gu)].map((m) => m[0]);
  if (body.length < 8) return undefined;
  const find = (seq: string[], from: number): number => {
    for (let i = from; i + seq.length <= pageWords.length; i++) {
      let k = 0;
      while (k < seq.length && pageWords[i + k]!.w === seq[k]) k++;
      if (k === seq.length) return i;
    }
    return -1;
  };
  for (const n of [8, 6, 4]) {
    const start = find(body.slice(0, n), 0);
    if (start < 0) continue;
    // The last words' first place far enough on for the article's words to fit before it
    // (the same words may recur earlier, in a summary, or later, in a teaser).
    const end = find(body.slice(-n), start + Math.floor(0.8 * (body.length - n)));
    if (end < 0) continue;
    const a = pageWords[start]!.a;
    const b = pageWords[end + n - 1]!.b;
    // The selection runs to the end of the last word's sentence mark, as a drag to the line end does.
    const tail = /^[^\s\p{L}\p{N}]*/u.exec(text.slice(b))![0];
    return `${text.slice(a, b + tail.length)}\n`;
  }
  return undefined;
}
