/**
 * Passages in quotation marks: “…”, "…", ‘…’, '…', «…». Outer quotes win over inner ones;
 * a quote opened at the start of a paragraph and never closed runs to its end (the
 * convention for quotations of several paragraphs).
 */
import { countWords } from './fold.ts';
import { isLetterOrDigit } from './word-chars.ts';

/** A quoted span: its inner text and where it starts in the paragraph string. */
export interface QuotedSpan {
  text: string;
  offset: number;
}

/** A letter or digit (one UTF-16 unit: half of a surrogate pair is neither). */
const isLetter = (ch: string | undefined): boolean => ch !== undefined && isLetterOrDigit(ch.charCodeAt(0));

/** Where the closing mark for an opener at `i` is, or -1. */
function findClose(text: string, i: number, open: string): number {
  switch (open) {
    case '“':
      return text.indexOf('”', i + 1);
    case '«':
      return text.indexOf('»', i + 1);
    case '"':
      return text.indexOf('"', i + 1);
    case '‘':
    case "'": {
      // The closer doubles as an apostrophe: skip those inside words (don't, Lenin's).
      const close = open === '‘' ? '’' : "'";
      for (let j = text.indexOf(close, i + 1); j >= 0; j = text.indexOf(close, j + 1)) {
        if (!isLetter(text[j + 1])) return j;
      }
      return -1;
    }
    default:
      return -1;
  }
}

/** Is the mark at `i` opening a quotation (not an apostrophe or a closing straight quote)? */
function opens(text: string, i: number): boolean {
  const ch = text[i]!;
  if (ch === '“' || ch === '«' || ch === '‘') return true;
  // A straight quote opens after a non-letter and before a letter (or `…`, `[`, `(`).
  const next = text[i + 1];
  return !isLetter(text[i - 1]) && (isLetter(next) || (next !== undefined && '…[(.'.includes(next)));
}

const MARK = /[“«‘"']/g;

/** Index of the first quotation mark (or apostrophe) at or after `from`, or -1. */
function nextMark(text: string, from: number): number {
  MARK.lastIndex = from;
  return MARK.exec(text)?.index ?? -1;
}

/** All outermost quoted spans of a paragraph string, in one left-to-right pass. */
export function quotedSpans(text: string): QuotedSpan[] {
  const out: QuotedSpan[] = [];
  // Once an opener of one kind finds no closer, no later one of that kind will: remember it,
  // so the scan stays linear on texts with stray marks.
  const noClose = new Set<string>();
  const firstText = text.search(/\S/);
  for (let i = nextMark(text, 0); i >= 0; i = nextMark(text, i + 1)) {
    const ch = text[i]!;
    if (noClose.has(ch) || !opens(text, i)) continue;
    let j = findClose(text, i, ch);
    if (j < 0) {
      if (i === firstText) {
        const end = text.indexOf('\n', i);
        j = end < 0 ? text.length : end;
      } else {
        noClose.add(ch);
        continue;
      }
    }
    out.push({ text: text.slice(i + 1, j).trim(), offset: i + 1 });
    i = j;
  }
  return out;
}

/** Quoted spans of at least `minWords` words. */
export function quotations(text: string, minWords = 8): Array<QuotedSpan & { words: number }> {
  return quotedSpans(text)
    .map((s) => ({ ...s, words: countWords(s.text) }))
    .filter((s) => s.words >= minWords);
}
