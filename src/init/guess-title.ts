import { BYLINE, DATE_STAMP, PHOTO_CREDIT, SERIES_NAV } from '../normalize/clutter-patterns.ts';
import { doubledCaption } from '../normalize/clutter.ts';
import { type Guess, type Line, wordCount } from './lines.ts';

// Lines that introduce a quotation or name the author are standfirsts, not titles.
const LEAD_IN = /\b(?:said|says|wrote|writes|argues|explains|recalls|declared|stated|reports)\b/i;

/**
 * The title, when the text states it: a short line near the top, before the body begins.
 * Date stamps, bylines, captions and series links above it are skipped; a section label
 * before a bar ("Special | Title") is cut off.
 */
export function guessTitle(lines: readonly Line[]): Guess | undefined {
  let bodyLines = 0;
  let continues = false;
  for (const line of lines.slice(0, 12)) {
    const t = line.text;
    const words = wordCount(t);
    // A hard-wrapped line (PDF text) goes on in the next one: that one cannot be a title.
    const wrapped = continues;
    continues = words >= 8 && !/[.!?:;…"'”’)\]]$/.test(t);
    if (words >= 40 || (words >= 12 && !isTitleShaped(t))) {
      // Past two body paragraphs, a short line is a section heading, not the title.
      if (++bodyLines >= 2) return undefined;
      continue;
    }
    if (DATE_STAMP.test(t) || BYLINE.test(t) || SERIES_NAV.test(t) || doubledCaption(t) || PHOTO_CREDIT.test(t)) continue;
    const bar = t.lastIndexOf('|');
    const candidate = (bar > 0 && bar < t.length - 1 ? t.slice(bar + 1) : t).trim();
    if (!wrapped && isTitleShaped(candidate)) {
      return { value: candidate, line: line.n, how: bar > 0 && candidate !== t ? 'after the section label' : 'a short first line' };
    }
  }
  return undefined;
}

/** Short, capitalised, no sentence stop at the end (a question mark is fine), no lead-in verb. */
export function isTitleShaped(s: string): boolean {
  if (s.length < 3 || s.length > 120) return false;
  if (wordCount(s) > 16) return false;
  if (/[.,;:…-]$/.test(s)) return false;
  if (!/^["'“‘«]?[\p{Lu}\p{N}]/u.test(s)) return false;
  if (/https?:|www\.|@/.test(s)) return false;
  // Two sentences on one line ("...? Those Leninist") are running text.
  if (/[.!?]["'”’]?\s+\p{Lu}/u.test(s)) return false;
  return !LEAD_IN.test(s);
}

export { titleFromFileName } from './file-title.ts';
