import type { Block } from './block.ts';
import { placeAt } from './block.ts';
import type { Repairs } from './repairs.ts';

// A number-like token with letters that OCR confuses with digits: I925, l9l7, 19O5.
const NUMBERISH = /(?<![A-Za-z0-9\u00C0-\u024F'’-])[0-9IlO]{3,6}(?![A-Za-z0-9\u00C0-\u024F'’-])/g;
// Letters then a stray digit (intimidan1) or a digit inside a word (wor1d).
/** A digit next to a letter somewhere in `s`: the only place either OCR rule can fire. */
function letterMeetsDigit(s: string): boolean {
  let prevDigit = false;
  let prevLetter = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const digit = c >= 48 && c <= 57;
    const letter = (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x24f);
    if ((digit && prevLetter) || (letter && prevDigit)) return true;
    prevDigit = digit;
    prevLetter = letter;
  }
  return false;
}
const URL = /(?:https?:\/\/|www\.)\S+/g;
// Latin letters only and no `u` flag: much faster, and OCR slips are in Latin text here.
const SUSPICIOUS =
  /(?<![A-Za-z0-9\u00C0-\u024F])(?:[a-z\u00DF-\u00FF]{3,}\d+[a-z\u00DF-\u00FF]*|[a-z\u00DF-\u00FF]+\d+[a-z\u00DF-\u00FF]{2,})(?![A-Za-z0-9\u00C0-\u024F])/g;

/**
 * A letter inside a number is mended only when unambiguous: the token is mostly digits and every
 * letter is one OCR reads for a digit (I/l for 1, O for 0).
 */
export function fixOcrDigits(blocks: Block[], r: Repairs, rule: string): void {
  for (const b of blocks) {
    // Cheap prefilter: the Unicode-aware patterns are slow to run over every block.
    if (!letterMeetsDigit(b.text)) continue;
    b.text = b.text.replace(NUMBERISH, (tok: string, index: number) => {
      const digits = tok.replace(/\D/g, '').length;
      if (digits === tok.length || digits < 2 || digits < tok.length - digits) return tok;
      const fixed = tok.replace(/[Il]/g, '1').replace(/O/g, '0');
      r.log(rule, placeAt(b, index), tok, fixed, `Unexpected letter in number \`${tok}\`, read as \`${fixed}\``);
      return fixed;
    });
  }
}

/** Other tokens with a digit inside a word are reported, never guessed. */
export function reportOcrSlips(blocks: Block[], r: Repairs, rule: string): void {
  for (const b of blocks) {
    if (!letterMeetsDigit(b.text)) continue;
    const urls = [...b.text.matchAll(URL)].map((u) => [u.index ?? 0, (u.index ?? 0) + u[0].length] as const);
    for (const m of b.text.matchAll(SUSPICIOUS)) {
      const at = m.index ?? 0;
      if (urls.some(([s, e]) => at >= s && at < e)) continue;
      r.log(rule, placeAt(b, at), m[0], m[0], `Unexpected digit in word \`${m[0]}\`, probably an OCR slip; left unchanged, check the original`);
    }
  }
}
