/**
 * Typographic punctuation, as a typesetter would set it: straight quotes curled into the
 * quotation marks of the text's language (“ ” in English, „ “ in German, « » in French),
 * apostrophes as ’, `--` and a spaced hyphen as dashes, `...` as an ellipsis. URLs, e-mail
 * addresses and `code` are left as they are, and so are marks that may be primes (5'10").
 * Each change is returned with its offset, so the rule can log it with its place.
 */

/** The marks of one language: primary and secondary (inner) quotes, and the space inside them. */
export interface QuoteStyle {
  open: string;
  close: string;
  openInner: string;
  closeInner: string;
  /** Put inside the marks (French: a narrow no-break space), replacing a space that was there. */
  pad?: string;
}

const NNBSP = '\u202F';
const STYLES: Record<string, QuoteStyle> = {
  en: { open: '“', close: '”', openInner: '‘', closeInner: '’' },
  nl: { open: '“', close: '”', openInner: '‘', closeInner: '’' },
  de: { open: '„', close: '“', openInner: '‚', closeInner: '‘' },
  cs: { open: '„', close: '“', openInner: '‚', closeInner: '‘' },
  sk: { open: '„', close: '“', openInner: '‚', closeInner: '‘' },
  fr: { open: '«', close: '»', openInner: '“', closeInner: '”', pad: NNBSP },
  es: { open: '«', close: '»', openInner: '“', closeInner: '”' },
  it: { open: '«', close: '»', openInner: '“', closeInner: '”' },
  pt: { open: '«', close: '»', openInner: '“', closeInner: '”' },
  'pt-br': { open: '“', close: '”', openInner: '‘', closeInner: '’' },
  ru: { open: '«', close: '»', openInner: '„', closeInner: '“' },
  pl: { open: '„', close: '”', openInner: '«', closeInner: '»' },
  sv: { open: '”', close: '”', openInner: '’', closeInner: '’' },
  fi: { open: '”', close: '”', openInner: '’', closeInner: '’' },
};

/** The quotation marks for a BCP 47 tag (`de-AT` as `de`); English's for a language we do not know. */
export function quoteStyle(language: string | undefined): QuoteStyle {
  const tag = (language ?? 'en').toLowerCase();
  return STYLES[tag] ?? STYLES[tag.split('-')[0]!] ?? STYLES.en!;
}

/** One change: `length` characters at `at` became `to`. */
export interface TypoEdit {
  at: number;
  length: number;
  to: string;
}

// Stretches left alone: URLs and addresses (as the linker finds them), `code`, and Markdown link targets.
const PROTECTED = /`[^`\n]+`|\]\([^)\s]*\)|\b(?:https?:\/\/|www\.)[^\s<>]*[^\s<>.,;:!?'"”’)\]*_~]|(?<![\w+\-.])[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;
const LETTER = /[\p{L}\p{N}]/u;
const OPENS_AFTER = /[\s([{\u2014\u2013\-/«„‚“‘]/u;
// Elisions that open with an apostrophe: ’tis, ’twas, ’em, ’n’, and a decade (’90s).
const ELISION = /^'(?:tis|twas|twere|em|n'?|cause|til|round|bout|\d\ds)\b/i;
// What a dash may stand between: the end of a word or clause, and the start of one.
const WORD_END = /[\p{L}\p{N},.;:!?)"'”’»]/u;
const WORD_START = /[\p{L}\p{N}("'“‘«„]/u;

const STOPS = ';:!?';
/** 1: a character the rule sets (quotes, dots, hyphens); 2: a comma or stop, after a space only. */
const CHAR_KIND = new Uint8Array(128);
for (const c of `"'.-`) CHAR_KIND[c.charCodeAt(0)] = 1;
for (const c of ',;:!?') CHAR_KIND[c.charCodeAt(0)] = 2;
// What a stray space before a stop may follow: a word, a number, a closing mark or a note call.
const SPACED_AFTER = /[\p{L}\p{N}"'”’»)\]¹²³⁴⁵⁶⁷⁸⁹⁰]/u;

/**
 * The edits that set `text` typographically, for the style of `language`. Already typographic
 * marks are left alone, so running it twice changes nothing.
 */
export function typographyEdits(text: string, language?: string): TypoEdit[] {
  if (!/["'.-]| [,;:!?]/.test(text)) return [];
  const style = quoteStyle(language);
  const skip: Array<[number, number]> = [];
  for (const m of text.matchAll(PROTECTED)) skip.push([m.index!, m.index! + m[0].length]);
  const protectedAt = (i: number) => skip.some(([a, b]) => i >= a && i < b);
  const edits: TypoEdit[] = [];
  // What is open, to close it with its own mark.
  const open: Array<'"' | "'"> = [];
  for (let i = 0; i < text.length; i++) {
    // One table look-up a character (this loop is most of the rule's time); commas and stops
    // matter only after a space.
    const kind = CHAR_KIND[text.charCodeAt(i)] ?? 0;
    if (kind === 0 || (kind === 2 && text[i - 1] !== ' ') || protectedAt(i)) continue;
    const ch = text[i]!;
    const stop = kind === 2;
    const before = i > 0 ? text[i - 1]! : ' ';
    const after = i + 1 < text.length ? text[i + 1]! : ' ';
    // "the line ." and "place , but": a space typed (or left by a removed link) before a stop
    // or a comma goes. Before ; : ! ? only where the language sets none (French sets one).
    if (before === ' ' && (ch === '.' || ch === ',' || (!style.pad && STOPS.includes(ch))) && !/^\. \. \./.test(text.slice(i))) {
      const spaces = /\s+$/.exec(text.slice(0, i))![0].length;
      const prev = text[i - spaces - 1] ?? '';
      const last = edits.at(-1);
      if (SPACED_AFTER.test(prev) && /[\s"'”’»)\]]/.test(after) && (!last || last.at + last.length <= i - spaces)) {
        edits.push({ at: i - spaces, length: spaces + 1, to: ch });
        continue;
      }
    }
    if (stop) continue;
    if (ch === '.') {
      // "..." and ". . ." become an ellipsis; a dot before them (four dots) leaves them be.
      const m = /^(?:\.\.\.|\. \. \.)/.exec(text.slice(i));
      if (m && before !== '.') {
        edits.push({ at: i, length: m[0].length, to: '…' });
        i += m[0].length - 1;
      }
      continue;
    }
    if (ch === '-') {
      const run = /^-+/.exec(text.slice(i))![0];
      const next = text[i + run.length] ?? ' ';
      const left = text[i - 2] ?? '';
      const right = text[i + run.length + 1] ?? '';
      if (run.length === 3 && before !== '-' && next !== '-') edits.push({ at: i, length: 3, to: '—' });
      // "word--word": an em dash; "word -- word": a spaced en dash. Not "<!--", "-->" or a "--flag".
      else if (run.length === 2 && LETTER.test(before) && LETTER.test(next)) edits.push({ at: i, length: 2, to: '—' });
      else if (run.length === 2 && before === ' ' && next === ' ' && WORD_END.test(left) && WORD_START.test(right)) edits.push({ at: i, length: 2, to: '–' });
      // "word - word": a hyphen typed for a dash.
      else if (run.length === 1 && before === ' ' && next === ' ' && WORD_END.test(left) && WORD_START.test(right)) edits.push({ at: i, length: 1, to: '–' });
      i += run.length - 1;
      continue;
    }
    if (ch === "'") {
      // Inside a word (don't, l'État, 1960's) or an elision ('tis, '90s): an apostrophe.
      if (
        (LETTER.test(before) && /\p{L}/u.test(after)) ||
        (LETTER.test(before) && LETTER.test(after) && !/\d/.test(before)) ||
        ELISION.test(text.slice(i, i + 8))
      ) {
        edits.push({ at: i, length: 1, to: '’' });
        continue;
      }
      // A digit before and no letter after: a prime (5'), left alone.
      if (/\d/.test(before)) continue;
      if (OPENS_AFTER.test(before) && !/\s/.test(after)) {
        open.push("'");
        edits.push({ at: i, length: 1, to: style.openInner });
        continue;
      }
      // A closing single quote, or the apostrophe of a plural possessive (workers' state).
      const k = open.lastIndexOf("'");
      if (k >= 0) open.splice(k, 1);
      edits.push({ at: i, length: 1, to: k >= 0 ? style.closeInner : '’' });
      continue;
    }
    // A double quote. After a digit with none open, a prime (12"), left alone.
    if (/\d/.test(before) && !open.includes('"')) continue;
    // Space on both sides (French " texte "): it opens unless a quote is open.
    const spaced = /\s/.test(before) && /\s/.test(after);
    const opening = spaced
      ? !open.includes('"')
      : OPENS_AFTER.test(before) && !/\s/.test(after)
        ? true
        : /[\s.,;:!?)\]]/.test(after)
          ? false
          : !open.includes('"');
    if (opening) {
      open.push('"');
      edits.push(padded(i, style.open, style, 'open', text));
    } else {
      const k = open.lastIndexOf('"');
      if (k >= 0) open.splice(k, 1);
      edits.push(padded(i, style.close, style, 'close', text));
    }
  }
  return edits;
}

/** A primary mark with the style's inner space (French « texte »): the space typed there is replaced. */
function padded(i: number, mark: string, style: QuoteStyle, side: 'open' | 'close', text: string): TypoEdit {
  if (!style.pad || (mark !== style.open && mark !== style.close)) return { at: i, length: 1, to: mark };
  if (side === 'open') return text[i + 1] === ' ' ? { at: i, length: 2, to: mark + style.pad } : { at: i, length: 1, to: mark + style.pad };
  return text[i - 1] === ' ' ? { at: i - 1, length: 2, to: style.pad + mark } : { at: i, length: 1, to: style.pad + mark };
}

/** `text` with the edits applied (they are in order and do not overlap). */
export function applyEdits(text: string, edits: readonly TypoEdit[]): string {
  let out = '';
  let last = 0;
  for (const e of edits) {
    out += text.slice(last, e.at) + e.to;
    last = e.at + e.length;
  }
  return out + text.slice(last);
}

/** The word around each edit, before and after, for the change log: `"Workers` → `“Workers`. Edits in one word are one entry. */
export function editedWords(text: string, edits: readonly TypoEdit[]): Array<{ at: number; before: string; after: string }> {
  const out: Array<{ at: number; before: string; after: string; end: number; edits: TypoEdit[] }> = [];
  for (const e of edits) {
    let start = e.at;
    while (start > 0 && !/\s/.test(text[start - 1]!)) start--;
    let end = e.at + e.length;
    while (end < text.length && !/\s/.test(text[end]!)) end++;
    // A spaced dash or a padded quote is its own word: take the words either side with it.
    if (end - start === e.length) {
      while (start > 0 && /\s/.test(text[start - 1]!)) start--;
      while (start > 0 && !/\s/.test(text[start - 1]!)) start--;
      while (end < text.length && /\s/.test(text[end]!)) end++;
      while (end < text.length && !/\s/.test(text[end]!)) end++;
    }
    const prev = out.at(-1);
    if (prev && start < prev.end) {
      prev.end = Math.max(prev.end, end);
      prev.edits.push(e);
    } else out.push({ at: start, before: '', after: '', end, edits: [e] });
  }
  return out.map((w) => {
    const before = text.slice(w.at, w.end);
    const shifted = w.edits.map((e) => ({ ...e, at: e.at - w.at }));
    return { at: w.at, before, after: applyEdits(before, shifted) };
  });
}
