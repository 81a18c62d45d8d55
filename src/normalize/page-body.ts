import type { Block } from './block.ts';
import { BIBLIOGRAPHY_HEADING } from './notes.ts';
import { wordCount } from './text-shape.ts';

/**
 * Where the text stands in a whole web page copied as text (menus, teasers, share bars and
 * comments, one block per line): the run of blocks that holds the most prose for the least
 * page furniture. As in body-text extraction (Finn, Kushmerick and Smyth's BTE), each block of
 * prose counts its words and every other block costs a fixed amount; the run with the largest
 * sum (Kadane's maximum subarray) is the text, so a heading or a picture caption between two
 * paragraphs stays in, a menu of twenty links before the headline does not.
 */

/** What a block that is not prose costs: a few words' worth. */
const COST = 4;

/** Ideographs and kana: Chinese and Japanese write no spaces between words. */
function cjkChars(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0x3040 && c <= 0x30ff) || (c >= 0x3400 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff)) n++;
  }
  return n;
}

/**
 * Words in `text`, counting no further than `limit`; in Chinese or Japanese, which put no
 * spaces between words, two characters make a word. Only a text whose space-separated "words"
 * run long on average is scanned for them.
 */
function wordsOf(text: string, limit: number): number {
  const n = wordCount(text, limit);
  if (n >= limit || text.length < n * 12) return n;
  return Math.min(limit, n + Math.floor(cjkChars(text) / 2));
}

/**
 * A sentence, not a menu item or a headline: 8 words or more, mostly small words, and a
 * sentence's punctuation (or 12 words or more without: a sentence that lost its stop).
 */
export function isProse(text: string): boolean {
  const n = wordsOf(text, 12);
  if (n < 8) return false;
  // Words that start in lower case (after an opening quote or bracket), counted in one pass:
  // splitting each block into words took a third of a web page's normalization. A letter of a
  // script without case (Hangul, Arabic, Hebrew, Thai…) counts as lower case: a Korean page's
  // paragraphs are prose too, and so are a Chinese or Japanese one's (no spaces, no case).
  const spaced = wordCount(text);
  if (spaced < n) return true;
  const lower = text.match(/(?:^|\s)["'“‘(]?[\p{Ll}\p{Lo}]/gu)?.length ?? 0;
  if (lower < spaced * 0.4) return false;
  return n >= 12 || /[.!?…]["'”’)\]]?$|[.!?]["'”’)]?\s+["'“‘(]?\p{Lu}|[,;:]\s/u.test(text);
}

/**
 * Prose that reads as sentences: it ends in a stop, or holds one between two sentences. A
 * teaser's headline of a dozen words or more ('Rafael Nadal bounces back to keep hopes of ending
 * year as No 1 alive after beating Daniil Medvedev') passes isProse but never ends in a stop;
 * a list of them after the text is page furniture, not more of the text.
 */
function isSentences(text: string): boolean {
  return /[.!?…:。！？]["'”’)\]」』]?$/u.test(text.slice(-2)) || /[.!?]["'”’)]?\s+["'“‘(]?\p{Lu}|[。！？]./u.test(text);
}

/** The text's run of blocks [start, end) in a copied page, or undefined when it is not one. */
export function pageBody(blocks: Block[]): { start: number; end: number } | undefined {
  if (blocks.length < 12) return undefined;
  let best = 0;
  let bestStart = 0;
  let bestEnd = 0;
  let sum = 0;
  let start = 0;
  const prose = blocks.map((b) => isProse(b.text));
  // Prose without a stop between two prose blocks is the text's too (a paragraph that lost its
  // stop); teasers' headlines stand between dates, bylines and each other.
  const sentences = blocks.map((b, i) => prose[i]! && (isSentences(b.text) || (prose[i - 1] === true && prose[i + 1] === true)));
  for (let i = 0; i < blocks.length; i++) {
    const gain = sentences[i] ? wordsOf(blocks[i]!.text, 400) : -COST;
    if (sum <= 0) {
      sum = 0;
      start = i;
    }
    sum += gain;
    if (sum > best) {
      best = sum;
      bestStart = start;
      bestEnd = i + 1;
    }
  }
  if (best === 0) return undefined;
  // One paragraph per line, not hard-wrapped lines (a PDF's text taken for web copy): few prose
  // blocks stop mid-sentence with the sentence carried on, in lower case, by the next block. (A
  // teaser's headline stops without a stop too, but the next block is a date or another headline.)
  let proseN = 0;
  let carried = 0;
  for (let i = 0; i < blocks.length; i++) {
    if (!prose[i]) continue;
    proseN++;
    // The last two characters hold a stop and its closing quote: an anchored test of the whole block tries every position.
    if (!/[.!?…:]["'”’)\]]?$/u.test(blocks[i]!.text.slice(-2)) && /^["'“‘(]?\p{Ll}/u.test(blocks[i + 1]?.text ?? '')) carried++;
  }
  if (carried > proseN * 0.4) return undefined;
  // The run must hold most of the page's prose: prose scattered between tables and teasers
  // gives no one place for the text. A line of twenty words or more counts even without a stop
  // (a recipe's or a table's lines are the text); a shorter one without is a teaser's headline.
  let inside = 0;
  let total = 0;
  for (let i = 0; i < blocks.length; i++) {
    if (!prose[i]) continue;
    const w = wordsOf(blocks[i]!.text, 400);
    if (w < 20 && !sentences[i]) continue;
    total += w;
    if (i >= bestStart && i < bestEnd) inside += w;
  }
  if (inside < total * 0.6) return undefined;
  // A page, not an article: most blocks outside the run are page furniture, not prose, and
  // they are at least a third of the blocks.
  const outside = blocks.length - (bestEnd - bestStart);
  let outsideProse = 0;
  for (let i = 0; i < blocks.length; i++) if ((i < bestStart || i >= bestEnd) && prose[i]) outsideProse++;
  if (outside < blocks.length / 3 || outsideProse > outside / 3) return undefined;
  // And it looks like a page's furniture: mostly menu items and buttons (three words or fewer,
  // a bare link aside), not the text's own list (tour dates, products, results).
  let menu = 0;
  for (let i = 0; i < blocks.length; i++) {
    if (i >= bestStart && i < bestEnd) continue;
    const t = blocks[i]!.text;
    // An index's or a list's entry carried on over lines ('Fasch, 40,') is no menu item.
    if (wordCount(t, 4) <= 3 && !/[,;]$/.test(t) && !/^(?:https?:\/\/|www\.)\S+$/.test(t)) menu++;
  }
  if (menu < outside / 2) return undefined;
  return { start: bestStart, end: bestEnd };
}

/**
 * A references list a few blocks after the text's run (past its byline and date): a heading
 * ("Sources", "References", "Bibliography", …) over one entry or more that reads as a citation (a
 * year, an address, a quoted title, or 'Surname, Given' first), within `within` blocks of `end`.
 * Its blocks [start, end), the heading first; a copied page puts it after the share bar and the
 * author's name, where `pageBody`'s run ends, or in what follows a trailing marker (tail.ts).
 */
export function referencesAfter(blocks: Block[], end: number, within = 8): { start: number; end: number } | undefined {
  for (let k = end; k < Math.min(blocks.length, end + within); k++) {
    if (!BIBLIOGRAPHY_HEADING.test(blocks[k]!.text)) continue;
    let j = k + 1;
    while (j < blocks.length && isReferenceEntry(blocks[j]!.text)) j++;
    return j > k + 1 ? { start: k, end: j } : undefined;
  }
  return undefined;
}

/** A year of print: 1500-2099, with a letter after it in author-date lists ('1998a'). */
const YEAR = String.raw`(?:1[5-9]\d\d|20\d\d)[a-z]?`;

/**
 * Marks of a reference that a headline or a sentence never has: the year in brackets, or
 * closing a line with a comma in it or with a full stop ('Almanack, 1783', 'Shelter, March 2014',
 * 'October 1877.'), or a year beside a title in double quotes; a publisher, an
 * editor, pages or a translator ('Press', 'Verlag', 'eds.', 'pp. 3', 'trans.'); the author
 * first, 'Surname, Given …', and a full stop at the end.
 */
const SURE = new RegExp(
  [
    String.raw`\(\s*${YEAR}\s*\)`,
    String.raw`,.*(?<![\p{L}\p{N}/-])${YEAR}\s*[.)]?["”’']?\s*$|(?<![\p{L}\p{N}/-])${YEAR}\.["”’']?$`,
    String.raw`[“"][^”"]{8,}[”"].*(?<![\p{L}\p{N}/-])${YEAR}(?![\p{L}\p{N}])|(?<![\p{L}\p{N}/-])${YEAR}(?![\p{L}\p{N}]).*[“"][^”"]{8,}[”"]`,
    String.raw`\b(?:Press|Books|Publishers|Verlag|[ÉE]ditions|Editorial)\b|\b(?:eds?\.|pp?\.\s*\d|trans\.)`,
    String.raw`^\p{Lu}[\p{L}.'’\- ]{1,40},\s*\p{Lu}.*\.$`,
  ].join('|'),
  'u',
);

/**
 * Marks a reference shares with other lines: the year between a citation's stops ('1999,',
 * ', 2019'), a web address, a title in double quotes, 'Surname, Given' first. They count on a
 * line that is no sentence of prose (news prose quotes and dates all the time).
 */
const LIKELY = new RegExp(
  [
    String.raw`[,.;:]\s*${YEAR}(?![\p{L}\p{N}])`,
    String.raw`(?<![\p{L}\p{N}/-])${YEAR}\s*[,.;:)]`,
    String.raw`https?:\/\/|www\.`,
    String.raw`[“"][^”"]{8,}[”"]`,
    String.raw`^\p{Lu}[\p{L}'’-]+,\s+\p{Lu}`,
  ].join('|'),
  'u',
);

/**
 * Is this line an entry of a references list ('Leipziger Mus. Almanack, 1783.', 'Hardwick, T.
 * The Old Mills of Ashby. Manchester: Carcanet, 1998.') rather than a headline that names a year
 * ('Remembering the flood of 1927', '10 Places to Travel in 2020')? One test for the whole
 * normalizer: a 'Further reading' list kept as the text's own (tail.ts) and a references list
 * after a copied page's text (page-body.ts). Two words or more (or a web address), at most 600
 * characters and fewer than 80 words.
 */
export function isReferenceEntry(text: string): boolean {
  if (text.length > 600 || !/\S\s+\S|^(?:https?:\/\/|www\.)/.test(text) || wordCount(text, 80) >= 80) return false;
  if (SURE.test(text)) return true;
  return LIKELY.test(text) && !isProse(text);
}
