/** Small tests on the shape of a line of text, shared by the rules. */

/** Ends like a sentence (allowing closing quotes/brackets and note calls after the stop). */
export function endsSentence(s: string): boolean {
  let i = s.length - 1;
  // A note call at the line end follows a sentence (or a quotation) in practice.
  if (s[i] === ']' || s[i - 1] === ']') {
    if (/\[\d{1,3}\][.,;:]?$/.test(s.slice(-7))) return true;
  }
  while (i >= 0 && CLOSERS.has(s[i]!)) i--;
  return i >= 0 && STOPS.has(s[i]!);
}

const CLOSERS = new Set(['"', "'", '”', '’', '»', ')', ']', '」', '』', '）']);
// The CJK full stop, exclamation and question marks end sentences too (no space after them).
const STOPS = new Set(['.', '!', '?', ':', ';', '…', '。', '！', '？']);

/** The first word of a line, as it would be placed on the line above. */
export function firstWord(s: string): string {
  const sp = s.indexOf(' ');
  return sp < 0 ? s : s.slice(0, sp);
}

/** Words in `s`, counting no further than `limit` (callers only ask "at least n?"). */
export function wordCount(s: string, limit = Infinity): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const space = c === 32 || c === 9 || c === 10 || c === 13;
    if (!space && !inWord) {
      if (++n >= limit) return n;
    }
    inWord = !space;
  }
  return n;
}

/** ALL CAPS line: mostly upper-case letters, short. */
export function isCapsLine(s: string): boolean {
  if (s.length > 90 || wordCount(s, 13) > 12) return false;
  let upper = 0;
  let lower = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 65 && c <= 90) upper++;
    else if (c >= 97 && c <= 122) lower++;
    else if (c > 127) {
      const ch = s[i]!;
      if (ch.toLowerCase() !== ch) upper++;
      else if (ch.toUpperCase() !== ch) lower++;
    }
    // At most 90 characters, so more than 9 lower-case letters already rules it out.
    if (lower > 9) return false;
  }
  // "USSR." on a line of its own is the end of a sentence, not a heading.
  return upper >= 5 && lower <= upper * 0.1 && !/[.,;:]["'”’]?$/.test(s);
}

// Verbs that introduce a quotation: such a line is a lead-in, not a heading.
const LEAD_IN =
  /\b(said|says|say|wrote|writes|argues|argued|explains|explained|recalls|recalled|replied|declared|stated|put it|noted|added|asked|answered|remarked)\b/i;

/** A short line that reads like a section title: capitalised, no final stop, no lead-in. */
export function isTitleLine(s: string): boolean {
  if (s.length < 3 || s.length > 90) return false;
  const words = wordCount(s, 13);
  if (words > 12) return false;
  // Final punctuation counts even inside closing quotes or brackets ("...command it.'").
  const bare = s.replace(/["'”’»)\]]+$/, '');
  if (/[.,;:!?-]$/.test(bare)) return false;
  // Opening quotes allowed only if balanced ('The Doctors' Plot').
  const core = s.replace(/^["'“‘«]+/, '');
  if (!/^[\p{Lu}\p{N}]/u.test(core)) return false;
  // Signatures and initials in letters: "J. Stalin", "N. Krupskaya".
  if (/^\p{Lu}\.\s/u.test(core)) return false;
  if (/["“]/.test(s[0] ?? '') && !/["”]$/.test(s)) return false;
  if (/["”]$/.test(s) && !/["“]/.test(s.slice(0, -1))) return false;
  if (/https?:|www\.|@/.test(s)) return false;
  if (LEAD_IN.test(s)) return false;
  return true;
}

/**
 * `next` opens with a lower-case word after `line`, a run of six words or more that does not end
 * a sentence: the sentence was wrapped there. A menu's items ("news", "home page") are no run of
 * words, "iPhone" or "eBay" may open a paragraph, and a web address alone is a link, not the
 * sentence going on.
 */
export function carriesOn(line: string, next: string): boolean {
  return LOWER_WORD.test(next) && !LINK_START.test(next) && !endsSentence(line) && wordCount(line, 6) >= 6 && !isCapsLine(line);
}

/** A line that opens with a web address: a link set on its own line, not a sentence going on. */
export const LINK_START = /^(?:https?:\/\/|www\.)\S/;

const LOWER_WORD = /^\p{Ll}[\p{Ll}'’-]*(?=[\s,;:.!?)]|$)/u;
