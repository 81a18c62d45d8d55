import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { parseHTML } from 'linkedom';
import { parse as parseYaml } from 'yaml';
import { decodeBytes } from '../ingest/decode.ts';
import { inlineText } from '../util/inline-text.ts';
import type { TextGuesses } from './guess.ts';
import type { Guess } from './lines.ts';
import { htmlMetadata } from './html-metadata.ts';
import { pdfLines } from './pdf-lines.ts';
import { isAddressLine, SKIP_LINK } from './kicker.ts';
import { organisationName } from './guess-author.ts';
import { VFile } from 'vfile';
import { captionBlocks, looksLikeCaptions } from '../normalize/captions.ts';
import { Repairs } from '../normalize/repairs.ts';

export { isSourceFile, SOURCE_EXTENSIONS } from './source-files.ts';

/** A source's plain text and what its own metadata says. */
export interface SourceText {
  text: string;
  known: TextGuesses;
  /**
   * Whether the text's line numbers are the file's (.txt, .md): then a guess can say "line 4".
   * An HTML page's text is one line per block, a PDF's one per printed line.
   */
  fileLines: boolean;
  /** Why the text is empty, when it is: said to the user. */
  emptyBecause?: string;
}

/** Read a source for guessing: decoded text, plus `<meta>`, front matter or PDF info when present. */
export async function readSourceText(path: string): Promise<SourceText> {
  const ext = extname(path).toLowerCase();
  const bytes = new Uint8Array(await readFile(path));
  if (ext === '.pdf') return pdfText(bytes);
  const text = decodeBytes(bytes).text;
  if (ext === '.html' || ext === '.htm' || ext === '.xhtml') return htmlText(text);
  if (ext === '.md' || ext === '.markdown') return markdownText(text);
  if (ext === '.vtt' || ext === '.srt' || (ext === '.txt' && looksLikeCaptions(text))) return captionText(text);
  return { text, known: {}, fileLines: true };
}

/**
 * Captions: the guessers read the talk's words as paragraphs, not its timings. WebVTT's header
 * line may carry the file's title (`WEBVTT - Organising the Night Shift`).
 */
function captionText(source: string): SourceText {
  const blocks = captionBlocks(source, new Repairs(new VFile()));
  const header = /^\uFEFF?WEBVTT[ \t]+(?:-[ \t]+)?(\S[^\n]*)/.exec(source)?.[1]?.trim();
  return {
    text: blocks.map((b) => b.text).join('\n\n'),
    known: header ? { title: { value: header, how: 'the WebVTT header', line: 1 } } : {},
    fileLines: false,
  };
}

const meta = (value: unknown, how: string): Guess | undefined => {
  if (value instanceof Date) return { value: value.toISOString().slice(0, 10), how };
  if (typeof value === 'number' && Number.isInteger(value)) return { value: String(value), how };
  if (Array.isArray(value)) {
    const names = value
      .map((v) => (typeof v === 'string' ? v : v && typeof v === 'object' && 'name' in v ? String((v as { name: unknown }).name) : ''))
      .filter((v) => v.trim());
    return names.length ? { value: joinNames(names), how } : undefined;
  }
  if (value && typeof value === 'object' && 'name' in value) return meta((value as { name: unknown }).name, how);
  return typeof value === 'string' && value.trim() ? { value: value.replace(/\s+/g, ' ').trim(), how } : undefined;
};

/** `Ana Lima`, `Ana Lima and Tomás Ferreira`, `A, B and C`. */
export function joinNames(names: string[]): string {
  return names.length <= 2 ? names.join(' and ') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

export function compact(g: Partial<Record<keyof TextGuesses, Guess | undefined>>): TextGuesses {
  return Object.fromEntries(Object.entries(g).filter(([, v]) => v)) as TextGuesses;
}

/** A site's user name (`author: kate`, `@kbrennan`) is not how an author is printed: the text's own byline is looked for instead. */
function notHandle(g: Guess | undefined): Guess | undefined {
  return g && !/^@/.test(g.value) && /\p{Lu}/u.test(g.value) ? g : undefined;
}

/**
 * Markdown: YAML front matter, a Pandoc title block (`% Title` / `% Author` / `% Date`), and a
 * first heading (`# Title` or underlined) as the title. Front matter lines stay, blanked, so line
 * numbers hold; Markdown marks are stripped so the text guessers see plain lines.
 */
function markdownText(source: string): SourceText {
  const text = source.replace(/\r\n?/g, '\n');
  // YAML front matter, or Hugo's TOML between `+++` lines.
  const fm = /^---\n([\s\S]*?)\n(?:---|\.\.\.)\n/.exec(text) ?? /^\+\+\+\n([\s\S]*?)\n\+\+\+\n/.exec(text);
  let data: Record<string, unknown> = {};
  if (fm) {
    try {
      const parsed = (fm[0].startsWith('+++') ? tomlFields(fm[1]!) : parseYaml(fm[1]!)) as unknown;
      if (parsed && typeof parsed === 'object' && !Array.isArray(parsed))
        data = Object.fromEntries(Object.entries(parsed).map(([k, v]) => [k.toLowerCase(), v]));
    } catch {
      data = {};
    }
  }
  const lines = text.split('\n');
  let start = fm ? fm[0].split('\n').length - 1 : 0;
  const mmd = fm || lines[0]?.startsWith('% ') ? undefined : multiMarkdownFields(lines);
  if (mmd) {
    data = mmd.data;
    start = mmd.end;
  }
  const pandoc: Record<string, Guess> = {};
  if (!fm && lines[0]?.startsWith('% ')) {
    const block = lines
      .slice(0, 3)
      .filter((l) => l.startsWith('%'))
      .map((l) => l.replace(/^%\s*/, '').trim());
    if (block[0]) pandoc.title = { value: block[0], line: 1, how: 'the title block' };
    if (block[1]) pandoc.author = { value: block[1].split(/\s*;\s*/).join(' and '), line: 2, how: 'the title block' };
    if (block[2]) pandoc.date = { value: block[2], line: 3, how: 'the title block' };
    start = block.length;
  }
  let heading: Guess | undefined;
  for (let i = start; i < Math.min(lines.length, start + 40); i++) {
    const l = lines[i]!;
    const atx = /^#\s+(.+?)\s*#*\s*$/.exec(l);
    if (atx) {
      heading = { value: withoutEmphasis(atx[1]!), line: i + 1, how: 'the first heading' };
      break;
    }
    if (/^=+\s*$/.test(lines[i + 1] ?? '') && l.trim() && !/^\s/.test(l)) {
      heading = { value: l.trim(), line: i + 1, how: 'the first heading' };
      break;
    }
  }
  const field = (...names: string[]) => names.map((n) => data[n]).find((v) => v !== undefined && v !== null && v !== '');
  const fmDate = meta(field('date', 'published', 'pubdate', 'publication_date', 'created'), 'the front matter');
  const known = compact({
    title: meta(field('title'), 'the front matter') ?? pandoc.title ?? heading,
    // (A theme's display name beside a user name: `author: devp`, `author_name: Dev Patel`.)
    author:
      notHandle(meta(field('author', 'authors', 'creator', 'by'), 'the front matter')) ??
      notHandle(meta(field('author_name', 'authorname', 'author_display_name', 'display_name', 'byline'), 'the front matter')) ??
      pandoc.author,
    translator: meta(field('translator', 'translators', 'translated_by'), 'the front matter'),
    // (A date in words, "30 September 2022", is read as a date by guessMetadata.)
    date: fmDate ? (/^\d{4}/.test(fmDate.value) ? { ...fmDate, value: fmDate.value.slice(0, 10) } : fmDate) : pandoc.date,
    publication: meta(field('publication', 'publisher', 'journal', 'source', 'venue', 'magazine', 'site'), 'the front matter'),
    url: meta(field('url', 'link', 'source_url', 'canonical_url', 'original_url'), 'the front matter'),
    language: meta(field('lang', 'language'), 'the front matter'),
  });
  if (known.publication && /^https?:/.test(known.publication.value)) {
    known.url ??= known.publication;
    delete known.publication;
  }
  const plain = lines
    .map((l, i) =>
      i < start
        ? ''
        : l
            .replace(/^\s{0,3}#{1,6}\s+/, '')
            .replace(/^\s{0,3}>\s?/, '')
            .replace(/^=+\s*$|^-{3,}\s*$/, '')
            .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
            .replace(/\[([^\]]+)\]\((?:[^)]*)\)/g, '$1')
            .replace(/<[^>]+>/g, '')
            .replace(/[*_`]/g, ''),
    )
    .join('\n');
  return { text: plain, known, fileLines: true };
}

/**
 * The top-level `key = value` fields of a TOML front matter, enough for the guessers: strings, arrays of strings,
 * dates and numbers as written. Tables (`[params]`) and what follows them are left out.
 */
function tomlFields(source: string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  let table = '';
  for (const line of source.split('\n')) {
    // A table of its own for the author, as some Hugo themes write it: `[author]` / `name = "Nadia Farouk"`.
    const header = /^\s*\[+\s*([\w.-]+)\s*\]+\s*$/.exec(line);
    if (header) {
      table = header[1]!.toLowerCase().replace(/^params\./, '');
      continue;
    }
    const m = /^\s*([\w.-]+)\s*=\s*(.+?)\s*$/.exec(line);
    if (!m) continue;
    if (table) {
      if (/^authors?$/.test(table) && m[1] === 'name' && out.author === undefined)
        out.author = /"((?:[^"\\]|\\.)*)"|'([^']*)'/.exec(m[2]!)?.slice(1).find(Boolean);
      continue;
    }
    const raw = m[2]!;
    const strings = [...raw.matchAll(/"((?:[^"\\]|\\.)*)"|'([^']*)'/g)].map((s) => (s[1] ?? s[2]!).replace(/\\(.)/g, '$1'));
    out[m[1]!] = raw.startsWith('[') ? strings : strings.length ? strings[0] : raw.replace(/\s+#.*$/, '');
  }
  return out;
}

// A MultiMarkdown metadata key: "Title:", "Author:", "Base Header Level:".
const MMD_KEY_LINE = /^([A-Za-z][\w -]{0,30}?)\s*:\s*(.*)$/;
// Keys that say such a block is metadata, not a first paragraph that opens with "Note: …".
const MMD_KNOWN = /^(?:title|subtitle|author|authors|by|date|published|lang|language|translator|affiliation)$/i;

/**
 * A MultiMarkdown metadata block: `Key: value` lines up to the first blank line, a value going on in
 * indented lines (MultiMarkdown's way to give several authors, one to a line). Its fields keyed lower-case,
 * a person's field as a list, and the index of the line after it; undefined when the file does not open with one.
 */
function multiMarkdownFields(lines: readonly string[]): { data: Record<string, unknown>; end: number } | undefined {
  const fields: Array<[string, string[]]> = [];
  let i = 0;
  for (; i < lines.length && lines[i]!.trim() !== ''; i++) {
    const m = MMD_KEY_LINE.exec(lines[i]!.replace(/^\uFEFF/, ''));
    if (m && !/^\s/.test(lines[i]!)) fields.push([m[1]!.trim().toLowerCase(), m[2]!.trim() ? [m[2]!.trim()] : []]);
    else if (fields.length && /^\s{2,}\S/.test(lines[i]!)) fields.at(-1)![1].push(lines[i]!.trim());
    else return undefined;
  }
  if (fields.length < 2 || !fields.some(([k]) => MMD_KNOWN.test(k))) return undefined;
  const people = /^(?:author|authors|by|translator)$/;
  const data = Object.fromEntries(fields.map(([k, v]) => [k, people.test(k) ? v.flatMap((x) => x.split(/\s*;\s*/)).filter(Boolean) : v.join(' ')]));
  return { data, end: i };
}

/** A heading's text without Markdown's emphasis and code marks: "The *Real* Cost" -> "The Real Cost". */
function withoutEmphasis(t: string): string {
  return t.replace(/(\*\*|__|\*|_|`)(?=\S)(.+?)(?<=\S)\1/g, '$2');
}

const WAYFINDING =
  '[class*="skip-link" i], [class*="skiplink" i], [class*="skip-to" i], [id*="skip-link" i], [id*="skiplink" i], [class*="breadcrumb" i], [id*="breadcrumb" i], [class~="crumbs" i], [class*="crumb-trail" i], [aria-label*="breadcrumb" i], [typeof="BreadcrumbList"], [itemtype*="BreadcrumbList"]';

// What a <br> is read as while a block's text is gathered (a character no page prints).
const BREAK = '\uE000';

/** HTML: the page's metadata (see html-metadata.ts), and the text of each block on its own line. */
function htmlText(html: string): SourceText {
  const { document } = parseHTML(/<html[\s>]/i.test(html) ? html : `<!doctype html><html><body>${html}</body></html>`);
  const known = htmlMetadata(document);
  for (const el of Array.from(document.querySelectorAll('script, style, noscript, template, svg, nav, form, [hidden], [aria-hidden="true"]'))) el.remove();
  // A page's way around itself, over its text: a skip link ("Skip to content", "Zum Inhalt springen", "Aller au contenu")
  // and a breadcrumb trail ("Home › Blog › …"), which would read as the page's first line.
  for (const el of Array.from(document.querySelectorAll(WAYFINDING))) el.remove();
  for (const a of Array.from(document.querySelectorAll('a[href*="#"]'))) if (SKIP_LINK.test(inlineText(a).trim())) a.remove();
  // The site's name as its masthead prints it, a link home in a block of its own ("<div class=header><a href=/>Friends of
  // Eastbrook Library</a></div>"): the page's title is read from the text's lines only when its metadata names none but the
  // site, and this line would stand first.
  for (const a of Array.from(document.querySelectorAll('a[href]'))) {
    const href = a.getAttribute('href') ?? '';
    if (!(/^(?:\/|https?:\/\/[^/]+\/?)$/.test(href) || a.getAttribute('rel') === 'home')) continue;
    const words = inlineText(a).replace(/\s+/g, ' ').trim();
    const block = a.closest('p, div, li, header, h1, h2, h3, h4, h5, h6');
    if (words && block && !block.closest('article, main') && inlineText(block).replace(/\s+/g, ' ').trim() === words) block.remove();
  }
  const scope = document.querySelector('article') ?? document.querySelector('main') ?? document.body ?? document.documentElement;
  const BLOCK = 'h1, h2, h3, h4, h5, h6, p, li, blockquote, address, figcaption, dt, dd, pre, table, ul, ol, section, article, header, footer, div';
  // A div of text and inline elements only ("Posted on March 3, 2019 by <span>…</span>") is a block of its own.
  const leafDivs = new Set<Element>(Array.from(scope?.querySelectorAll('div') ?? []).filter((d) => !d.querySelector(BLOCK)));
  const blocks = Array.from(
    scope?.querySelectorAll(
      'h1, h2, h3, h4, h5, h6, p, li, blockquote, address, time, figcaption, dt, dd, pre, div, span[class*="author" i], span[class*="byline" i], a[rel="author"]',
    ) ?? [],
  ).filter((el) => el.tagName !== 'DIV' || leafDivs.has(el));
  // A line break inside a block sets its lines apart, as a signature over its web address is set
  // ("Save Our Hospital Campaign<br>saveourhospital.org.uk"): each is a line of its own.
  for (const br of Array.from(scope?.querySelectorAll('br') ?? [])) br.replaceWith(document.createTextNode(BREAK));
  const seen = new Set<string>();
  const text = blocks
    .flatMap((el) => inlineText(el).split(BREAK))
    .map((t) => t.replace(/\s+/g, ' ').trim())
    // A byline span inside a paragraph already counted would repeat it.
    .filter((t) => t && !seen.has(t) && seen.add(t))
    .concat(footerImprint(document, scope))
    .join('\n');
  return { text, known, fileLines: false, ...(text ? {} : { emptyBecause: 'the page has no text outside scripts and navigation' }) };
}

/**
 * The organisation a page's footer names over its address, outside the article read ("ver.di Bezirk Stuttgart ·
 * Willi-Bleicher-Str. 20 · 70174 Stuttgart"): the page's own imprint, set after the text as a line of its own, where the
 * guessers read a signature. Nothing when the footer names no organisation beside an address.
 */
function footerImprint(document: Document, scope: Element | null): string[] {
  for (const footer of Array.from(document.querySelectorAll('footer'))) {
    if (scope && (scope.contains(footer) || footer.contains(scope))) continue;
    for (const el of Array.from(footer.querySelectorAll('p, div, address, li, span'))) {
      const line = inlineText(el).replace(/\s+/g, ' ').trim();
      const [first, ...rest] = line.split(/\s*[·•|]\s*|,\s+/u);
      const org = first && rest.length ? organisationName(first) : undefined;
      if (org && isAddressLine(line.replace(/\s*[·•|]\s*/gu, ', '))) return [org];
    }
  }
  return [];
}

/** PDF: its lines with their type size (the largest type on page 1 is the title), checked document info. */
async function pdfText(bytes: Uint8Array): Promise<SourceText> {
  try {
    const read = await pdfLines(bytes);
    return {
      text: read.text,
      known: read.known,
      fileLines: false,
      ...(read.text.trim() ? {} : { emptyBecause: read.pages ? 'the PDF has no text layer (a scan?): run it through OCR first' : 'the PDF has no pages' }),
    };
  } catch (e) {
    return { text: '', known: {}, fileLines: false, emptyBecause: `the PDF cannot be read (${(e as Error).message.split('\n')[0]})` };
  }
}
