import type { SrcLine } from './block.ts';
import type { Repairs } from './repairs.ts';
import { measure } from './stats.ts';

// Bare page numbers: "12", "- 12 -", "Page 12", "12 of 40", "[12]" on a line of its own.
// At most three digits: a four-digit number alone on a line is far more often a year.
const PAGE_NUMBER = /^(?:page\s+)?[-–—[(]?\s*\d{1,3}\s*[-–—\])]?(?:\s+of\s+\d{1,4})?$/i;
// A browser's printed footer numbers its pages "3/12" (Chromium) or "3 / 12": one page of so many.
const PAGE_OF = /^(\d{1,3})\s*\/\s*(\d{1,3})$/;

export function pageNumber(t: string): boolean {
  if (t.length > 16 || !/\d/.test(t)) return false;
  const m = PAGE_OF.exec(t);
  return m ? Number(m[1]) >= 1 && Number(m[1]) <= Number(m[2]) : PAGE_NUMBER.test(t);
}

// A list item (a slide's bullet) may recur near page breaks; a running head never opens with a bullet.
const BULLETED = /^[•▪‣◦●■►✓]\s/u;

// The page's address alone on a line: a browser prints it in the foot of every page, however long.
const ADDRESS_LINE = /^(?:https?|file):\/\/\S+$/i;

/** A running head may carry the page number ("41 THE SOVIET STATE"), so compare without it. */
function headKey(s: string): string {
  return s.replace(/^\d+\s+|\s+\d+$/g, '').toLowerCase();
}

// "Journal of X, Vol. 12, No. 3 (2001), pp. 45-67": the first page's journal line.
// Volume, issue, pages, DOI, ISSN; or a citation's "14 (2025) 101-118" (volume, year, pages).
const JOURNAL_LINE =
  /\b(?:vol(?:ume)?\.?|no\.|issue|pp?\.)\s*\d|\bdoi\s*:?\s*10\.|\bissn\b|\b\d{1,4}\s*\((?:1[89]|20)\d\d\)\s*:?\s*\d{1,5}\s*[–-]\s*\d{1,5}\b/i;
// "MARX CAPITAL 47", "47 The State and Revolution": a head with its page number, seen once.
const HEAD_WITH_FOLIO = /^(?:\d{1,4}\s+\S.{1,70}\S|\S.{1,70}\S\s+\d{1,4})$/u;

/**
 * A head that appears only once (too rare to recur) is still furniture when it stands at a page
 * top (the line after a page break, or within the first two lines) and either carries its page
 * number at one end, with no sentence stop, or is a journal line (volume, issue, pages, DOI).
 */
function onceOnlyHead(t: string, i: number, marks: number[]): boolean {
  if (t.length > 90) return false;
  if (!marks.some((m) => i - m >= 0 && i - m <= 1)) return false;
  if (JOURNAL_LINE.test(t) && !/[.!?]["'”’]?$/.test(t.replace(/\bpp?\.\s*[\d–-]+$/, ''))) return true;
  if (!HEAD_WITH_FOLIO.test(t) || /[.!?:;,]["'”’]?\s+\d{1,4}$|[.!?:;,]["'”’]?$/.test(t)) return false;
  // Mostly capitalised words: a head, not a sentence that happens to end in a number.
  const ws = t.replace(/^\d+\s+|\s+\d+$/g, '').split(/\s+/);
  return ws.length <= 10 && ws.filter((w) => /^[\p{Lu}\p{N}]/u.test(w)).length >= ws.length * 0.6;
}

// Words that open a text's own numbered headings ("Chapter 2", "Part 3 The Strike"): never a running head by their numbers alone.
const SECTION_WORD =
  /^(?:chapter|part|section|book|lecture|letter|act|scene|canto|article|appendix|kapitel|teil|chapitre|partie|cap[ií]tulo|parte|capitolo)\b/i;

/** The page number at one end of a head ("HALVORSEN  THE SHARED YARD  47" gives 47). */
function folio(t: string): number | undefined {
  const m = /^(\d{1,4})\s+\S|\S\s+(\d{1,4})$/.exec(t);
  return m ? Number(m[1] ?? m[2]) : undefined;
}

/** Mostly capitalised words and no sentence stop: a head, not a sentence that ends in a number. */
export function headShaped(t: string): boolean {
  const words = t.replace(/^\d+\s+|\s+\d+$/g, '');
  // A head in capitals may end on its title's mark ("WHO OWNS THE WIND?  112"); a sentence is not set in capitals.
  const caps = /\p{Lu}{2}/u.test(words) && !/\p{Ll}/u.test(words);
  if (t.length > 90 || (!caps && /[.!?:;,]["'”’]?\s+\d{1,4}$|[.!?:;,]["'”’]?$/.test(t))) return false;
  const ws = words.split(/\s+/);
  return ws.length <= 10 && ws.filter((w) => /^[\p{Lu}\p{N}]/u.test(w)).length >= ws.length * 0.6;
}

/** A running head with its page number at one end ("4  ANARCHISM AND OTHER ESSAYS", "PREFACE  ix"). */
export function foliatedHead(t: string): boolean {
  return HEAD_WITH_FOLIO.test(t) && headShaped(t);
}

/**
 * Running heads of a text with no page breaks or page numbers of their own (a PDF extraction
 * pasted as text): a head-shaped line seen twice or more with a different page number each time
 * ("HALVORSEN  THE SHARED YARD  47", "… 48"), a journal line repeated word for word, and then a
 * head-shaped line whose page number sits among theirs (the verso's "4  CHAPTER ONE" between
 * the recto's 3 and 5).
 */
function foliatedHeads(lines: readonly SrcLine[], maxHead: number): Set<number> {
  const byKey = new Map<string, { at: number[]; folios: number[]; exact: Set<string> }>();
  for (let i = 0; i < lines.length; i++) {
    const t = lines[i]!.text.trim();
    if (!t || t.length > maxHead) continue;
    const k = headKey(t.replace(/\s+/g, ' '));
    const e = byKey.get(k) ?? { at: [], folios: [], exact: new Set<string>() };
    e.at.push(i);
    const f = folio(t);
    if (f !== undefined) e.folios.push(f);
    e.exact.add(t);
    byKey.set(k, e);
  }
  const heads = new Set<number>();
  const folios = new Set<number>();
  for (const [k, e] of byKey) {
    if (e.at.length < 2) continue;
    const t = lines[e.at[0]!]!.text.trim();
    // A title the heads repeat may stand once or so without a number over its own page: those
    // occurrences are not counted (nor dropped here).
    const bare = e.at.length - e.folios.length;
    const numbered =
      (bare === 0 || (bare <= Math.max(1, Math.floor(e.at.length / 4)) && e.folios.length >= 2)) &&
      new Set(e.folios).size === e.folios.length &&
      k.split(/\s+/).length >= 2 &&
      !SECTION_WORD.test(k) &&
      headShaped(t) &&
      e.folios.every((f, j) => j === 0 || (f > e.folios[j - 1]! && f - e.folios[j - 1]! <= 4));
    const journal = e.exact.size === 1 && JOURNAL_LINE.test(t) && headShaped(t);
    if (!numbered && !journal) continue;
    for (const i of e.at) if (!numbered || folio(lines[i]!.text.trim()) !== undefined) heads.add(i);
    if (numbered) for (const f of e.folios) folios.add(f);
  }
  if (folios.size === 0) return heads;
  for (let i = 0; i < lines.length; i++) {
    const t = lines[i]!.text.trim();
    const f = folio(t);
    if (heads.has(i) || f === undefined || !HEAD_WITH_FOLIO.test(t) || !headShaped(t)) continue;
    if (folios.has(f - 1) || folios.has(f + 1)) heads.add(i);
  }
  return heads;
}

/**
 * A head-shaped line at a page top that the text runs on past in lower case ("HARRISON · READING
 * ROOMS" between "who was expe-" and "cted to be grateful"): no heading comes before the rest of
 * a sentence, so it is the page's running head, however rarely it recurs (a verso head is seen
 * on every other page, and a short text has one or two).
 */
function cutsSentence(lines: readonly SrcLine[], i: number, marks: readonly number[], maxHead: number): boolean {
  const t = lines[i]!.text;
  if (i === 0 || t.length > maxHead || !marks.some((m) => m > 0 && i - m >= 0 && i - m <= 1) || !headShaped(t)) return false;
  const next = nextText(lines as SrcLine[], i);
  return /^\p{Ll}/u.test(next) && !SECTION_WORD.test(t);
}

/** The last kept text line ends a sentence. */
function endsSentence(out: readonly SrcLine[]): boolean {
  for (let j = out.length - 1; j >= 0; j--) if (out[j]!.text) return /[.!?]["'”’)]?$/.test(out[j]!.text.trim());
  return false;
}

/** Occurrences recur at a steady interval, as page furniture does (one per page). */
function regular(at: number[]): boolean {
  if (at.length < 3) return false;
  const gaps: number[] = [];
  for (let i = 1; i < at.length; i++) gaps.push(at[i]! - at[i - 1]!);
  const sorted = [...gaps].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)]!;
  if (median < 15) return false;
  const steady = gaps.filter((g) => Math.abs(g - median) <= median * 0.25).length;
  return steady / gaps.length >= 0.7;
}

/**
 * Drop page furniture from hard-wrapped text: bare page numbers, and running heads/feet: short
 * lines that repeat next to page numbers or page breaks, or at a steady page-like interval (a
 * refrain repeated in the text itself is neither). A blank line left doubled by a drop is
 * removed too, so the furniture does not look like a paragraph break.
 */
// The rule a page sets above its footnotes (`_______`, `----------`), when notes or the page's
// end follow: not a scene break ("* * *", a lone dash), which stands between two paragraphs.
const NOTE_RULE = /^(?:_{5,}|[-‐–—─]{8,})$/;
const NOTE_START = /^(?:\d{1,3}|[*†‡§])\s*\S/u;

/** The next non-blank line's text after line `i`, or ''. */
function nextText(lines: SrcLine[], i: number): string {
  for (let j = i + 1; j < lines.length; j++) if (lines[j]!.text) return lines[j]!.text;
  return '';
}

/**
 * Lines of the first page's head that are the running head every page repeats, in the same
 * place: a browser's print puts the date and the page's title atop each page, page one too,
 * above the document's own title. A line in the document's head is one of them when it recurs
 * as a head (`isHead`) and stands at the same rank among the text lines of a page top (after a
 * page break or a page number) on two pages or more; the title under it stands at another.
 */
const plain = (s: string): string => s.replace(/\s+/g, ' ').trim().toLowerCase();

/** Head `k` is title `t`, alone or with the site's name on one side ("The Strike – Labour Notes"). */
function sameTitle(k: string, t: string): boolean {
  if (k === t) return true;
  if (t.length < 8) return false;
  return (k.startsWith(t) && /^\s+[–—|:·-]\s/.test(k.slice(t.length))) || (k.endsWith(t) && /\s[–—|:·-]\s+$/.test(k.slice(0, -t.length)));
}

function twinsOfPageHeads(lines: readonly SrcLine[], marks: readonly number[], ownHead: number, isHead: (t: string) => boolean): Set<number> {
  const out = new Set<number>();
  if (ownHead === 0) return out;
  const RANKS = 3;
  const atRank = Array.from({ length: RANKS }, () => new Map<string, number>());
  // A page-number mark stands above or below the page's top lines: the text lines after it
  // (a page break right after a foot's number is the same page top, counted once).
  const tops = new Set<number>();
  for (const m of marks) {
    let j = m === 0 || lines[m]!.pageTop ? m : m + 1;
    while (j < lines.length && j < m + 4 && (!lines[j]!.text || pageNumber(lines[j]!.text))) j++;
    if (j > 0 && j < lines.length && lines[j]!.text) tops.add(j);
  }
  for (const top of tops) {
    let r = 0;
    for (let j = top; j < lines.length && j < top + 8 && r < RANKS; j++) {
      const t = lines[j]!.text;
      if (!t || pageNumber(t)) continue;
      const k = headKey(t);
      atRank[r]!.set(k, (atRank[r]!.get(k) ?? 0) + 1);
      r++;
    }
  }
  let r = 0;
  for (let i = 0; i < ownHead && r < RANKS; i++) {
    const t = lines[i]!.text;
    if (!t) continue;
    const k = headKey(t);
    // The document's title repeated by every page's head is kept once: a line with words is
    // dropped only when its copy follows it in the head (the title under the browser's); a line
    // without a word (the date and time of printing) always.
    const copyBelow = lines.slice(i + 1, ownHead).some((l) => l.text && sameTitle(plain(t), plain(l.text)));
    const words = (t.match(/\p{L}{3,}/gu) ?? []).length;
    if ((atRank[r]!.get(k) ?? 0) >= 2 && isHead(t) && (copyBelow || words === 0)) out.add(i);
    r++;
  }
  return out;
}

export function dropFurniture(lines: SrcLine[], r: Repairs): SrcLine[] {
  if (!r.on('page-furniture')) return lines;
  // Running heads are short: a repeated full-width line is more likely repeated text.
  const maxHead = Math.min(80, Math.max(20, measure(lines) * 0.7));
  // Page-number test once per line (cheap length/digit check before the regex).
  const isNumber = new Uint8Array(lines.length);
  for (let i = 0; i < lines.length; i++) {
    const t = lines[i]!.text;
    if (t && pageNumber(t)) isNumber[i] = 1;
  }
  // Where each short line occurs, and how often next to a page number or page break.
  const seen = new Map<string, { at: number[]; near: number }>();
  let lastMark = -10;
  const marks: number[] = [];
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    // The first line is the top of page one.
    if (i === 0 || l.pageTop || isNumber[i]) marks.push(i);
  }
  let m = 0;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    if (!l.text || (l.text.length > maxHead && !ADDRESS_LINE.test(l.text)) || isNumber[i]) continue;
    while (m < marks.length && marks[m]! < i - 4) m++;
    lastMark = marks[m] ?? -10;
    const k = headKey(l.text);
    const e = seen.get(k) ?? { at: [], near: 0 };
    e.at.push(i);
    if (Math.abs(lastMark - i) <= 4) e.near++;
    seen.set(k, e);
  }
  // Without a page number or a page break past the first line the text shows no pages: a line
  // that recurs at a steady interval there is the text's own (a song's "[Music]", a refrain).
  const paged = marks.length >= 2;
  const isHead = (t: string): boolean => {
    const e = seen.get(headKey(t));
    if (!e || e.at.length < 2) return false;
    return (e.near >= 2 && e.near >= e.at.length * 0.5) || (paged && regular(e.at));
  };
  // A chapter's (or the text's) title that the running heads repeat with their page numbers
  // ("THE PSYCHOLOGY OF POLITICAL VIOLENCE" over its first page, "… VIOLENCE  3" atop the next):
  // the one occurrence or few without a number, standing apart, is the heading itself, kept.
  const headingTheHeadRepeats = (t: string): boolean => {
    if (folio(t) !== undefined) return false;
    const e = seen.get(headKey(t));
    if (!e) return false;
    const numbered = e.at.filter((i) => folio(lines[i]!.text) !== undefined).length;
    const bare = e.at.length - numbered;
    return numbered >= 1 && bare <= Math.max(1, Math.floor(e.at.length / 4));
  };
  // A heading stands apart: a blank line (or a page break) before it and a blank line after it.
  const standsApart = (i: number): boolean => (i === 0 || !!lines[i]!.pageTop || !lines[i - 1]!.text) && !lines[i + 1]?.text;
  // The document's own head (its title, its author line) stands in the first lines, before
  // any page number: a running head that repeats it must not take it away.
  const foliated = foliatedHeads(lines, maxHead);
  let ownHead = 0;
  let headLines = 0;
  for (let i = 0; i < Math.min(lines.length, 8) && !isNumber[i] && !lines[i]!.pageTop; i++) {
    const t = lines[i]!.text;
    if (t.length > maxHead) break;
    if (t) headLines++;
    ownHead = i + 1;
  }
  // A title with its author line (two short lines at least); a lone short first line may be
  // the first page's running head itself.
  if (headLines < 2) ownHead = 0;
  const firstPageHeads = twinsOfPageHeads(lines, marks, ownHead, isHead);
  const out: SrcLine[] = [];
  // Blank lines seen since the last kept text line, and whether furniture was dropped among them.
  let pending: SrcLine[] = [];
  let dropped = false;
  let pageTop = false;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    if (!l.text) {
      pending.push(l);
      continue;
    }
    let why = '';
    if (isNumber[i]) why = 'page number';
    else if (ADDRESS_LINE.test(l.text) && [i - 2, i - 1, i + 1, i + 2].some((j) => isNumber[j] === 1)) why = 'page address';
    else if (onceOnlyHead(l.text, i, marks)) why = JOURNAL_LINE.test(l.text) ? 'journal line' : 'running head';
    else if (cutsSentence(lines, i, marks, maxHead)) why = 'running head';
    else if (
      (i >= ownHead || firstPageHeads.has(i)) &&
      (l.text.length <= maxHead || ADDRESS_LINE.test(l.text)) &&
      (isHead(l.text) || foliated.has(i)) &&
      /\p{L}{2}/u.test(l.text) &&
      !BULLETED.test(l.text) &&
      !(headingTheHeadRepeats(l.text) && standsApart(i))
    )
      why = 'running head';
    else if (NOTE_RULE.test(l.text) && (NOTE_START.test(nextText(lines, i)) || marks.some((k) => k > i && k <= i + 6))) why = 'footnote rule';
    if (why) {
      r.log('page-furniture', l, l.text, '', `Unexpected ${why} \`${l.text}\`, dropped as page furniture`);
      dropped = true;
      pageTop ||= !!l.pageTop || isNumber[i] === 1;
      continue;
    }
    // A page break inside a paragraph: the blank lines around the dropped furniture were the
    // page's margins, not a paragraph break. The next line keeps the page-top mark, so the
    // paragraph is judged by its own signals (a short last line, an indent, a stop).
    // Unless the page ended a sentence and the next line stands alone (a heading: "2. Method"),
    // which no paragraph continues into.
    // Nor does a paragraph continue into a note (`[1] …`, as page-foot-note sets notes aside at the end).
    if (!(dropped && out.length > 0) || (endsSentence(out) && !lines[i + 1]?.text) || /^\[\d{1,3}\] \S/.test(l.text)) out.push(...pending);
    pending = [];
    if (dropped && (pageTop || l.pageTop)) out.push({ ...l, pageTop: true });
    else out.push(l);
    dropped = false;
    pageTop = false;
  }
  out.push(...pending);
  return out;
}
