/**
 * Find parenthetical citations in running text, `(Maria Joffe, One Long Night, pp. 69-70.)`,
 * and tell them apart from ordinary parenthetical remarks, `(or plain bullying)`.
 */
import { isName, splitSegments } from './citation-parse.ts';

/** A balanced `( … )` group: its inner text and the offset of the `(`. */
export interface Parenthetical {
  inner: string;
  offset: number;
}

/** The only characters that change the state of the scan below. */
const PAREN_OR_BREAK = /[()\n]/g;

/** Balanced top-level parenthetical groups of at most `maxLength` characters, in one pass. */
export function findParentheticals(text: string, maxLength = 400): Parenthetical[] {
  const out: Parenthetical[] = [];
  let open = -1;
  let depth = 0;
  PAREN_OR_BREAK.lastIndex = 0;
  for (let m = PAREN_OR_BREAK.exec(text); m; m = PAREN_OR_BREAK.exec(text)) {
    const i = m.index;
    const ch = m[0];
    if (ch === '(') {
      if (depth === 0) open = i;
      depth++;
    } else if (ch === ')' && depth > 0) {
      depth--;
      if (depth === 0 && i - open <= maxLength) out.push({ inner: text.slice(open + 1, i), offset: open });
    } else if (ch === '\n') depth = 0; // a group never spans blocks
  }
  return out;
}

/**
 * Is the group at `offset` a work's imprint (`Cohen, *Notoriously Militant* (Merlin Press, 2013)`,
 * `Castle, B., “Diaries” (London, 1984)`)? It follows a title marked in italics or quotation marks,
 * and names a publisher (`Press`, `Place: Publisher`) or comes after a title whose author is
 * given before it (`Author, *Title*`, `Author's *Title*`): the place, publisher and year, not an
 * author and a year (`*The Prophet Armed* (Deutscher, 1954)` is one).
 */
export function isImprint(text: string, emphasis: ReadonlyArray<readonly [number, number]>, offset: number, inner: string): boolean {
  if (locator.test(inner)) return false;
  // `(London: Gollancz, 1940)`, `(Harrow Press, 2011)`: a place and a publisher, or a publisher's word, after a title however cited.
  const first = inner.split(',')[0]!;
  const publisher = /:\s*\p{Lu}/u.test(first) || /\b(?:Press|Books|Publishers|Publishing|Verlag|Editions|Éditions|Editorial|Editora)\b/u.test(first);
  // `(Johns Hopkins University Press, 1997)`: a publisher and a year name no author, whatever stands before them.
  if (publisher && /^[^,]+,\s*(?:1[5-9]\d\d|20\d\d)\.?$/u.test(inner.trim())) return true;
  const before = text.slice(0, offset).replace(/\s+$/u, '');
  let start = emphasis.find(([, e]) => e === before.length)?.[0];
  if (start === undefined) {
    const quoted = /[“"][^“”"]{2,200}[”"]$/u.exec(before);
    if (!quoted) return false;
    start = quoted.index;
  }
  return publisher || /(?:,|['’]s)\s*$/u.test(text.slice(Math.max(0, start - 4), start));
}

const leadIn = /^(?:see\s+also|see|quoted\s+in|cited\s+in|cf\.?)\s+/i;
const locator = /(?:^|[\s,(])(?:pp?\.\s*[\divxlc]|pages?\s+\d|vols?\.\s*[\divxlc]|no\.\s*\d|ch\.\s*\d|chap\.\s*\d)/i;
const year = /\b(?:1[5-9]\d\d|20\d\d)\b/;

/**
 * Does the inside of a parenthetical group look like a citation? It must start with a
 * capital (or a quotation mark, or `ibid`) and carry a page locator, a year with a comma,
 * a "See"/"Quoted in" lead-in, or the `Name, Title` shape.
 */
export function isCitationLike(inner: string): boolean {
  const t = inner.trim();
  if (/^ibid\b/i.test(t)) return true;
  const hasLeadIn = leadIn.test(t);
  const body = t.replace(leadIn, '');
  if (!/^[«“"]?[\p{Lu}]/u.test(body)) return false;
  // `(Zinoviev, AW)`: an editor's gloss signed with initials, not a source.
  if (/,\s*\p{Lu}{1,3}\.?$/u.test(body) && body.length < 40) return false;
  if (body.split(/\s+/).length > 40) return false;
  if (locator.test(body)) return true;
  const segs = splitSegments(body);
  if (year.test(body) && segs.length > 1) return true;
  if (hasLeadIn && /\p{Lu}/u.test(body)) return true;
  // `(Trotsky, The Stalin School of Falsification.)`, but not a list of people `(Kamenev, Zinoviev)`.
  const second = segs[1] ?? '';
  return segs.length >= 2 && isName(segs[0]!) && (/^[«“"]/.test(second) || (/^\p{Lu}/u.test(second) && !isName(second)));
}
