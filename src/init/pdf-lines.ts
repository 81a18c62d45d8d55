/**
 * A PDF's first and last pages as lines of text with their type size, for the guessers: the
 * title is the largest type near the top of page 1, and the document info's Title and Author
 * count only when they are not a word processor's leftovers ("Microsoft Word - draft3.docx",
 * "admin").
 */
import { PdfOverLimitError, pdfOverLimit } from '../util/pdf-budget.ts';
import type { TextGuesses } from './guess.ts';
import type { Guess } from './lines.ts';
import { isBannerLine, isIssueLine } from './kicker.ts';
import { plausiblePeople } from './names.ts';
import { loadPdfJs } from '../util/pdfjs.ts';

interface PdfLine {
  text: string;
  size: number;
  y: number;
  page: number;
}

export interface PdfRead {
  /** Lines of the pages read, a blank line between paragraphs and pages. */
  text: string;
  known: TextGuesses;
  pages: number;
}

/** Read the first two and last two pages of a PDF into lines, and its title by type size. */
export async function pdfLines(bytes: Uint8Array): Promise<PdfRead> {
  // Before pdf.js, which reads a page's content whole (a Flate bomb on page 1 ran for minutes).
  const over = await pdfOverLimit(bytes);
  if (over) throw new PdfOverLimitError(over);
  const pdfjs = await loadPdfJs();
  const doc = await pdfjs.getDocument({ data: bytes.slice(), useSystemFonts: false, isEvalSupported: false, verbosity: 0 }).promise;
  try {
    const info = ((await doc.getMetadata()).info ?? {}) as Record<string, unknown>;
    const pages = [...new Set([1, 2, doc.numPages - 1, doc.numPages])].filter((p) => p >= 1 && p <= doc.numPages).sort((a, b) => a - b);
    const lines: PdfLine[] = [];
    for (const p of pages) lines.push(...(await pageLines(await doc.getPage(p), p)));
    // Text lines as the guessers read them; numbered as they are joined, so a guess can name its line.
    const out: string[] = [];
    const lineOf = new Map<PdfLine, number>();
    lines.forEach((l, i) => {
      const prev = lines[i - 1];
      const gap = prev && prev.page === l.page ? prev.y - l.y : Infinity;
      // A new page, a gap wider than a line and a half, or a change of type size starts a paragraph.
      if (prev && (prev.page !== l.page || gap > Math.max(prev.size, l.size) * 1.6 || Math.abs(prev.size - l.size) > Math.min(prev.size, l.size) * 0.15))
        out.push('');
      out.push(l.text);
      lineOf.set(l, out.length);
    });
    const known: TextGuesses = {};
    // (The body's size is read from every page read: a cover holds little else than its title.)
    const bySize = titleBySize(
      lines.filter((l) => l.page === 1),
      lines,
    );
    const infoTitle = typeof info.Title === 'string' ? info.Title.replace(/\s+/g, ' ').trim() : '';
    const firstPage = lines
      .filter((l) => l.page === 1)
      .map((l) => l.text)
      .join(' ');
    const squash = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
    // The info title cut short ("The Eight-Hour Day" for the printed "The Eight-Hour Day: A Short
    // History", as a browser's <title> often is): the printed title, whole, wins.
    const longer = bySize && squash(bySize.text).startsWith(squash(infoTitle)) && squash(bySize.text).length > squash(infoTitle).length;
    // The info title printed on page 1 only in small type in its head or foot, under a title in large type: the journal's or the
    // series' name ("Labour History Review" over "The Moral Economy of the Picket Line: …"), not the paper's title.
    const pageOne = lines.filter((l) => l.page === 1);
    const printed = infoTitle ? pageOne.filter((l) => squash(l.text).includes(squash(infoTitle))) : [];
    const edge = (l: PdfLine) => pageOne.indexOf(l) < 3 || pageOne.indexOf(l) >= pageOne.length - 2;
    const journal =
      !!bySize &&
      printed.length > 0 &&
      printed.every((l) => edge(l) && l.size < bySize.first.size * 0.8) &&
      !squash(bySize.text).includes(squash(infoTitle)) &&
      bySize.text.split(/\s+/).length >= 3;
    if (infoTitle && (longer || journal) && bySize) known.title = { value: bySize.text, line: lineOf.get(bySize.first)!, how: 'the largest type on page 1' };
    else if (infoTitle && !junkTitle(infoTitle) && squash(firstPage).includes(squash(infoTitle))) known.title = { value: infoTitle, how: 'the PDF info' };
    else if (bySize) known.title = { value: bySize.text, line: lineOf.get(bySize.first)!, how: 'the largest type on page 1' };
    else if (infoTitle && !junkTitle(infoTitle)) known.title = { value: infoTitle, how: 'the PDF info' };
    const infoAuthor = typeof info.Author === 'string' ? info.Author.replace(/\s+/g, ' ').trim() : '';
    if (infoAuthor && !junkAuthor(infoAuthor)) known.author = { value: infoAuthor.split(/\s*;\s*/).join(' and '), how: 'the PDF info' } satisfies Guess;
    return { text: out.join('\n'), known, pages: doc.numPages };
  } finally {
    await doc.destroy();
  }
}

type PdfPage = Awaited<ReturnType<Awaited<ReturnType<typeof import('pdfjs-dist/legacy/build/pdf.mjs').getDocument>['promise']>['getPage']>>;

async function pageLines(page: PdfPage, pageNumber: number): Promise<PdfLine[]> {
  const content = await page.getTextContent();
  const lines: PdfLine[] = [];
  let current: PdfLine | undefined;
  for (const item of content.items) {
    if (!('str' in item)) continue;
    const [, , c, d, , y] = item.transform as number[];
    const size = Math.hypot(c!, d!) || item.height;
    // A new line when the baseline moves by more than most of the smaller type's size (a superscript mark moves by a third
    // of it): a masthead in 40 pt and the 9 pt line 20 pt under it are two lines.
    // (A mark in small type raised beside a name, "Laila Haddad^a, Owen Griffiths^b", stays on its line: it is measured
    // against the line's type.)
    const mark = current !== undefined && item.str.trim().length <= 3 && size < (current.size || size) * 0.75;
    if (current && Math.abs(current.y - y!) > (mark ? current.size : Math.min(current.size || size, size)) * 0.8 && item.str.trim()) {
      lines.push(current);
      current = undefined;
    }
    if (item.str.trim() || current) {
      current ??= { text: '', size: 0, y: y!, page: pageNumber };
      current.text += item.str;
      if (item.str.trim()) current.size = Math.max(current.size, size);
    }
    if (item.hasEOL && current) {
      lines.push(current);
      current = undefined;
    }
  }
  if (current) lines.push(current);
  return lines.map((l) => ({ ...l, text: l.text.replace(/\s+/g, ' ').trim() })).filter((l) => l.text);
}

/** The run of lines in the largest type near the top of page 1, if clearly larger than the body. */
function titleBySize(lines: PdfLine[], all: PdfLine[] = lines): { text: string; first: PdfLine } | undefined {
  if (lines.length < 3) return undefined;
  // The body size: the size most characters on the pages are set in.
  const chars = new Map<number, number>();
  for (const l of all) chars.set(Math.round(l.size * 2) / 2, (chars.get(Math.round(l.size * 2) / 2) ?? 0) + l.text.length);
  const body = [...chars].sort((a, b) => b[1] - a[1])[0]![0];
  const top = lines.slice(0, 15);
  // From the largest type down: a run in large type with an issue line under it ("SOLIDARITY" / "Bulletin of the … · No. 41")
  // is the publication's masthead, and the title is the next size down.
  const sizes = [...new Set(top.filter((l) => /\p{L}{2}/u.test(l.text)).map((l) => l.size))].sort((a, b) => b - a);
  let run: PdfLine[] = [];
  for (const largest of sizes) {
    if (!(largest >= body * 1.25)) return undefined;
    const start = top.findIndex((l) => Math.abs(l.size - largest) <= largest * 0.06 && /\p{L}{2}/u.test(l.text));
    run = [];
    for (const l of top.slice(start)) {
      if (Math.abs(l.size - largest) > largest * 0.06) break;
      run.push(l);
    }
    const under = top[start + run.length];
    if (!(under && (isIssueLine(under.text) || isBannerLine(under.text)))) break;
  }
  if (!run.length) return undefined;
  // A title set over two lines in two sizes, the second smaller and carried on by a small word: "STOP THE CUTS" (34 pt) /
  // "TO YOUTH SERVICES" (26 pt).
  const next = top[top.indexOf(run.at(-1)!) + 1];
  if (
    next &&
    next.size >= body * 1.5 &&
    next.size < run[0]!.size &&
    /^(?:and|or|of|for|in|on|the|to|with|from|against|at|after|before|&)\s+\S/iu.test(next.text) &&
    isCapitals(next.text) === isCapitals(run.at(-1)!.text)
  )
    run.push(next);
  const text = run
    .map((l) => l.text)
    .join('\n')
    .replace(/(\p{Ll})-\n(\p{Ll})/gu, '$1$2')
    .replace(/\n/g, ' ')
    .trim();
  if (run.length > 4 || text.split(/\s+/).length > 25) return undefined;
  return { text, first: run[0]! };
}

const isCapitals = (t: string) => t === t.toUpperCase() && /\p{Lu}{2}/u.test(t);

/** A word processor's title, not the author's: empty, a file name, "Untitled", "Microsoft Word - x". */
export function junkTitle(t: string): boolean {
  return (
    t.length < 3 ||
    /^(?:untitled|title|document\d*|doc\d*|unknown|none|null|pdf|slide\s*\d*|print|draft|new document)$/i.test(t) ||
    /^microsoft\s+\w+\s*-|^word\s*-|\.(?:docx?|odt|rtf|pdf|indd|tex|qxd|pages|txt|html?)\b|[\\/]|^[\w-]+_[\w-]+$|^\S+\.\w{2,4}$/i.test(t) ||
    // A file's or a manuscript's id, a DOI: "jalh-2024-0117", "ssrn-4412345", "EID-22-0413R2", "10.1177/0143831X241234567".
    // (One word of letters and a run of digits; a title of one word has no digits in it.)
    /^(?:doi:\s*)?10\.\d{4,9}\//i.test(t) ||
    (!/\s/.test(t) && /\p{L}/u.test(t) && /\d{3,}/.test(t)) ||
    !/\p{L}{2}/u.test(t)
  );
}

/** A computer's user name, not an author: "admin", "jsmith", "Owner", an e-mail address. */
export function junkAuthor(a: string): boolean {
  if (/@|^https?:|\\|\//.test(a) || !plausiblePeople(a)) return true;
  if (
    /^(?:admin|administrator|user|owner|author|unknown|default|guest|staff|editor|windows user|microsoft office user|compaq|hp|dell|lenovo|pc|user\d*)$/i.test(
      a,
    )
  )
    return true;
  // A login made of an initial and a surname, or of letters and digits: "RDunmore", "kvogel2".
  if (/^\p{Lu}{1,2}\p{Lu}\p{Ll}{2,}$/u.test(a) || (!/\s/.test(a) && /\d/.test(a))) return true;
  // A real name has a capital and, mostly, two words; a single lower-case token is a login.
  return !/^\p{Lu}/u.test(a) || (!/\s/.test(a) && a === a.toLowerCase());
}
