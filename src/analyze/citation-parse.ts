/**
 * Parse one citation as written (`Broué, El Partido Bolchevique, 67.`,
 * `Maria Joffe, One Long Night, pp. 69-70.`) into author, title and locator.
 */

export interface ParsedCitation {
  author?: string;
  /** The other authors of an author-date citation (`Black, Spence, and Omari, 2004`), first author apart. */
  coAuthors?: string[];
  surname?: string;
  title?: string;
  locator?: string;
  /** The year of an author-date citation (`1999`, `1999a`, `n.d.`). */
  year?: string;
  /** `Ibid.`: the source is the previous citation's. */
  ibid?: boolean;
}

const leadIn = /^(?:see\s+also|see|quoted\s+in|cited\s+in|reproduced\s+in|reprinted\s+in|cf\.?|compare|also|in)\s+/i;
const particles = new Set(['de', 'da', 'di', 'du', 'von', 'van', 'der', 'del', 'la', 'le', 'y', 'bin', 'ibn', 'al']);
const articles = /^(?:the|a|an|on|in|of|el|la|los|las|le|les|die|der|das|il)$/i;
/** Capitalized words that occur in titles and institutions but are not names. */
const titleWords = new Set(
  'report reports works work relations speaks revolution history congress program programme regime rule policy war communism soviet russian party collected selected letters notes proceedings record testament speeches writings memoirs diary papers documents constitution state trial case questions critique stalinism bolshevism socialism pravda izvestiya iskra bulletin'.split(
    ' ',
  ),
);

const locatorRe =
  /^(?:(?:pp?\.|pages?|vols?\.|volume|no\.|nos\.|ch\.|chap\.|chapter|col\.|part|art\.)\s*[\divxlcIVXLC]+.*|[\divxlc]{1,4}(?:\s*[-–]\s*[\divxlc]+)?|[IVXLC]{1,5})\.?$/i;
const yearRe = /^(?:.*\b)?(?:1[5-9]\d\d|20\d\d)(?:\s*[-–]\s*\d{2,4})?\.?$/;

/** Does a segment look like a page, volume or number locator? */
export function isLocator(seg: string): boolean {
  return locatorRe.test(seg.trim()) && !/^(?:1[5-9]\d\d|20\d\d)\.?$/.test(seg.trim());
}

/** Does a segment look like a year or a date (`1989`, `24-25 February 1956`, `Moscow 1937`)? */
export function isYear(seg: string): boolean {
  return yearRe.test(seg.trim()) && seg.trim().split(/\s+/).length <= 4;
}

/** Is this a person's name as cited: `Broué`, `Maria Joffe`, `D. Volkogonov`, `G.F. Kennan`? */
export function isName(seg: string): boolean {
  const tokens = seg.trim().replace(/\.$/, '').split(/\s+/);
  if (tokens.length === 0 || tokens.length > 4) return false;
  if (articles.test(tokens[0]!)) return false;
  let last = '';
  for (const t of tokens) {
    if (/^(?:\p{Lu}\.\s*){1,3}$/u.test(t)) continue; // initials
    if (particles.has(t)) continue;
    // KPSS, CPSU, lower case are no names; `McAlevey`, `MacDowell` (a second capital after a prefix) are.
    if (!/^(?:Mc|Mac|Fitz)?\p{Lu}[\p{Ll}'’\-]*(?:[\-'’]\p{Lu}[\p{Ll}]+)?\.?$/u.test(t)) return false;
    if (titleWords.has(t.toLowerCase().replace(/\.$/, ''))) return false;
    last = t;
  }
  return last.length > 1;
}

/** The first of two authors named together (`A and B`, `A & B`, `A y B`, `A et B`, `A und B`), when both read as names. */
function coauthored(seg: string): string | undefined {
  const m = /^(.+?)\s+(?:and|&|y|et|und|e)\s+(.+)$/u.exec(seg.trim());
  return m && isName(m[1]!) && isName(m[2]!) ? m[1]!.trim() : undefined;
}

const ET_AL = /\s+et\s+al\.?$/u;
/** `Smith 1999`, `Smith, 1999, p. 4`, `Hobsbawm 1964: 12`, `Black, Spence, and Omari, 2004`, `O’Hara, n.d.`: names, a year, a page. */
const AUTHOR_DATE = /^(.+?),?\s+((?:1[5-9]\d\d|20\d\d)[a-z]?|n\.\s?d\.)(?:\s*[,:]\s*(.+?))?\.?$/u;
/** Words before a year that date, not name: `(Summer 1988)`, `(March 1917)`, `(Issue 4, 2001)`. */
const NO_AUTHOR =
  /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Spring|Summer|Autumn|Fall|Winter|Issue|Vol|Volume|No|Number|Edition|Christmas|Easter)$/u;

/**
 * An author-date citation: one author, two joined by `and` or `&`, three or more with the last after `and` or `&`, or
 * one and `et al.`, then the year (comma or none: `Smith 1999`, `Smith, 1999`), and a page after a comma or colon. The
 * first author keys the work; the year lets it meet the entry of the text's references list (see collectCitations).
 */
export function authorDate(text: string): ParsedCitation | undefined {
  const m = AUTHOR_DATE.exec(text.trim());
  if (!m) return undefined;
  const page = m[3]?.trim();
  if (page && !isLocator(page) && !/^\d+(?:\s*[-–]\s*\d+)?$/u.test(page)) return undefined;
  const names = m[1]!.trim().replace(ET_AL, '');
  const authors = names.split(/\s*,\s*(?:(?:and|&)\s+)?|\s+(?:and|&)\s+/u).filter(Boolean);
  // `Trotsky, My Life, 1930`: a second name needs `and` or `&` before the last.
  if (authors.length > 1 && !/(?:,?\s+(?:and|&)\s+)[^,]+$/u.test(names)) return undefined;
  if (!authors.length || !authors.every((a) => isName(a) && !NO_AUTHOR.test(a))) return undefined;
  return {
    author: authors[0]!,
    surname: surnameOf(authors[0]!),
    ...(authors.length > 1 ? { coAuthors: authors.slice(1) } : {}),
    year: m[2]!,
    ...(page ? { locator: page } : {}),
  };
}

/** Split on commas that are not inside quotation marks or brackets. */
export function splitSegments(text: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let straight = false;
  let cur = '';
  for (const ch of text) {
    if ('«“(['.includes(ch)) depth++;
    else if ('»”)]'.includes(ch)) depth = Math.max(0, depth - 1);
    else if (ch === '"') straight = !straight;
    if (ch === ',' && depth === 0 && !straight) {
      out.push(cur.trim());
      cur = '';
    } else cur += ch;
  }
  out.push(cur.trim());
  return out.filter(Boolean);
}

/** Remove quotation marks around a title and trailing punctuation inside or outside them. */
export function cleanTitle(title: string): string {
  return title
    .trim()
    .replace(/^[«“"‘'*_]+|[»”"’'*_.,;:]+$/g, '')
    .replace(/[.,;:]+$/, '')
    .trim();
}

/** The surname in a cited name: its last word that is not an initial. */
export function surnameOf(name: string): string {
  const tokens = name
    .trim()
    .replace(/\.$/, '')
    .split(/\s+/)
    .filter((t) => !/^(?:\p{Lu}\.)+$/u.test(t));
  return (tokens[tokens.length - 1] ?? name).replace(/['’]s?$/, '').replace(/\.$/, '');
}

const small = new Set('a an the of and in on to for at by from with or as is y el la de del'.split(' '));

/** Pronouns and auxiliaries: in a title in title case they are capitalized; lower case, they make a sentence. */
const sentenceWords = new Set('this these those that him her his its they them he she we was were is are has had have been being did does'.split(' '));

/** Quoted (the segment it was read from opens with a quotation mark), or short with its content words mostly capitalized. */
function looksLikeTitle(title: string, text: string): boolean {
  if (/^\s*[«“"]/.test(text)) return true;
  const words = title.split(/\s+/);
  if (words.length > 12) return false;
  // `Kong. His disciples called him Fu Tsee`, `Jesuit missionaries Latinized this to Confucius`: a sentence of commentary.
  if (/\p{Ll}{2}[.!?]\s+\p{Lu}/u.test(title) || words.some((w) => sentenceWords.has(w))) return false;
  const content = words.filter((w) => !small.has(w.toLowerCase()));
  return content.filter((w) => /^\p{Lu}/u.test(w)).length * 2 >= content.length;
}

/**
 * Parse one citation; `undefined` when neither an author nor a title can be found.
 * Text after "reproduced in" / "quoted in" is dropped: the first source is the one cited.
 */
export function parseCitation(raw: string): ParsedCitation | undefined {
  let text = raw
    .trim()
    .replace(/^[(\[]|[)\]]$/g, '')
    .trim()
    .replace(/[.;]+$/, '');
  while (leadIn.test(text)) text = text.replace(leadIn, '');
  if (!text) return undefined;
  let segs = splitSegments(text);
  const cut = segs.findIndex((s, i) => i > 0 && /^(?:reproduced|quoted|cited|reprinted)\s+in\b/i.test(s));
  if (cut > 0) segs = segs.slice(0, cut);
  const first = segs[0] ?? '';
  if (/^ibid\.?$|^op\.?\s*cit\.?$/i.test(first)) {
    const locator = segs.slice(1).filter(isLocator).join(', ');
    return { ibid: true, ...(locator ? { locator } : {}) };
  }
  // `Smith 1999, p. 4`, `Black, Spence, and Omari, 2004`, `Knekt et al., 2008`: names and a year.
  const dated = authorDate(text);
  if (dated) return dated;
  let author: string | undefined;
  let title: string | undefined;
  let titleSeg = '';
  const locators: string[] = [];
  let rest = segs;
  // `Special Report on the 20th Congress by N.S. Khrushchev`: the author follows "by".
  const by = /^(.+?)\s+by\s+((?:\p{Lu}[\p{L}.'’\-]*\s*){1,4})$/u.exec(first);
  if (by && isName(by[2]!)) {
    title = cleanTitle(by[1]!);
    author = by[2]!.trim();
    rest = segs.slice(1);
  } else if (coauthored(first) && segs.length > 1) {
    // `Mariarosa Dalla Costa and Selma James, *Title*`: the first author keys the work.
    author = coauthored(first)!;
    rest = segs.slice(1);
  } else if (isName(first) && (segs.length > 1 || /^\p{Lu}[\p{Ll}]+$/u.test(first))) {
    author = first.replace(/\.$/, '');
    rest = segs.slice(1);
  } else {
    // `Moore's _Irish Melodies_`: an author's possessive before the title.
    const own = /^((?:\p{Lu}\.\s*)*\p{Lu}[\p{L}\-]+(?:\s+\p{Lu}[\p{L}\-]+){0,2})['’]s?\s+([«“"‘'*_]?\p{Lu}.*)$/u.exec(first);
    if (own && isName(own[1]!) && looksLikeTitle(cleanTitle(own[2]!), own[2]!)) {
      author = own[1]!;
      title = cleanTitle(own[2]!);
      rest = segs.slice(1);
    }
  }
  for (let seg of rest) {
    // `Trotsky pp. 381-2`: a locator that lost its comma.
    const glued = /^(.*?\S)\s+((?:pp?\.|vols?\.)\s*\d.*)$/.exec(seg);
    if (glued && !isLocator(seg)) {
      locators.push(glued[2]!.replace(/\.$/, ''));
      seg = glued[1]!;
    }
    if (isLocator(seg)) locators.push(seg.replace(/\.$/, ''));
    else if (isYear(seg)) continue;
    else if (!title && /^[«“"‘'*_]?[\p{Lu}\p{N}]/u.test(seg)) {
      // `*Investigations in Currency* (London, 1884)`: the imprint after a title is not part of it.
      title = cleanTitle(seg.replace(/\s*\([^()]*\b(?:1[5-9]\d\d|20\d\d)\)\s*$/u, ''));
      titleSeg = seg;
    }
  }
  if (title === '') title = undefined;
  // Without an author or a locator, a "title" must look like one (quoted itself, or in title case), not like a sentence of commentary.
  if (!author && title && !locators.length && !looksLikeTitle(title, titleSeg)) title = undefined;
  if (!author && !title) return undefined;
  const out: ParsedCitation = {};
  if (author) {
    out.author = author;
    out.surname = surnameOf(author);
  }
  if (title) out.title = title;
  if (locators.length) out.locator = locators.join(', ');
  return out;
}
