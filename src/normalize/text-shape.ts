/** Small tests on the shape of a line of text, shared by the rules. */

/** Ends like a sentence (allowing closing quotes/brackets and note calls after the stop). */
export function endsSentence(s: string): boolean {
  // A note call at the line end follows a sentence (or a quotation) in practice.
  return /[.!?:;…]["'”’»)\]]*$/u.test(s) || /\[\d{1,3}\][.,;:]?$/.test(s);
}

/** The first word of a line, as it would be placed on the line above. */
export function firstWord(s: string): string {
  const m = /^\S+/.exec(s);
  return m ? m[0] : '';
}

export function wordCount(s: string): number {
  const m = s.match(/\S+/g);
  return m ? m.length : 0;
}

/** ALL CAPS line: mostly upper-case letters, short. */
export function isCapsLine(s: string): boolean {
  if (s.length > 90 || wordCount(s) > 12) return false;
  let upper = 0;
  let lower = 0;
  for (const ch of s) {
    if (ch >= 'A' && ch <= 'Z') upper++;
    else if (ch >= 'a' && ch <= 'z') lower++;
    else if (/\p{Lu}/u.test(ch)) upper++;
    else if (/\p{Ll}/u.test(ch)) lower++;
  }
  return upper >= 4 && lower <= upper * 0.1;
}

// Verbs that introduce a quotation: such a line is a lead-in, not a heading.
const LEAD_IN = /\b(said|says|say|wrote|writes|argues|argued|explains|explained|recalls|recalled|replied|declared|stated|put it|noted|added|asked|answered|remarked)\b/i;

/** A short line that reads like a section title: capitalised, no final stop, no lead-in. */
export function isTitleLine(s: string): boolean {
  if (s.length < 3 || s.length > 90) return false;
  const words = wordCount(s);
  if (words > 12) return false;
  if (/[.,;:-]$/.test(s)) return false;
  if (/[!?]$/.test(s) && words > 0) return false;
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
