import type { SrcLine } from './block.ts';
import { carriesOn, endsSentence } from './text-shape.ts';
import { measure, lineEnd } from './stats.ts';

const ENDS_IN_LINK = /(?:https?:\/\/|www\.)\S+$/;
const LINK_LINE = /^(?:https?:\/\/|www\.)\S+$/;

export type TextKind = 'pdf-text' | 'web-text';

/**
 * Tell a hard-wrapped text (PDF extraction, e-mail, plain-text archive) from web copy with one
 * paragraph per line: wrapped text has a narrow measure and many full lines that stop mid-sentence.
 */
export function detectTextKind(lines: SrcLine[], stanzas = true): TextKind {
  const width = measure(lines);
  let nonblank = 0;
  let midSentence = 0;
  // A full line that stops mid-sentence with the sentence going on, in lower case, on the very
  // next line: one paragraph per line never does that; a short wrapped text does it too few times
  // for the share above (a title, a byline and two paragraphs: 1 line of 5).
  let carriedOn = 0;
  // Lines of six words or more, whatever their length, that a lower-case word carries on: a
  // measure thrown off by long lines (pdftotext joins some line pairs) hides the full lines.
  let wrapped = 0;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    if (!l.text) continue;
    nonblank++;
    // A line that ends in a link, or has a link alone on the next line (a list of links, a
    // source), says nothing of wrapping.
    const link = ENDS_IN_LINK.test(l.text) || LINK_LINE.test(lines[i + 1]?.text ?? '');
    if (carriesOn(l.text, lines[i + 1]?.text ?? '')) wrapped++;
    if (lineEnd(l) >= width * 0.6 && !endsSentence(l.text) && !link) {
      midSentence++;
      if (/^\p{Ll}/u.test(lines[i + 1]?.text ?? '')) carriedOn++;
    }
  }
  if (nonblank < 3) return 'web-text';
  // Form feeds between pages (pdftotext writes one after each page): a PDF's text, however short
  // its lines (a songbook's verse reads like one paragraph per line).
  let pages = 0;
  for (const l of lines) if (l.pageTop) pages++;
  if (pages >= 2) return 'pdf-text';
  if (width > 140) return 'web-text';
  // Stanzas set apart by blank lines: hard-wrapped by the poet, not one paragraph per line
  // (rule `verse-stanza`).
  if (stanzas && stanzaLines(lines) >= nonblank * 0.5) return 'pdf-text';
  // A measure under 40 characters set by hundreds of menu items, with paragraphs many times as
  // long: a whole web page copied (a site's link lists, one per line), not a narrow column of
  // wrapped text, whose lines never run to twice its measure.
  if (width < 40) {
    let long = 0;
    for (const l of lines) if (l.text.length > Math.max(80, width * 2.5)) long++;
    if (long >= 3) return 'web-text';
  }
  // Paragraphs wrapped to the measure, set apart by blank lines (a plain-text book whose index or
  // notes of short lines lower the shares above): a dozen lines and a tenth of them or more in such chunks.
  if (width <= 100 && wrappedChunkLines(lines, width) >= Math.max(12, nonblank * 0.1)) return 'pdf-text';
  return midSentence / nonblank >= 0.25 || wrapped / nonblank >= 0.25 || (carriedOn >= 1 && carriedOn / nonblank >= 0.1) ? 'pdf-text' : 'web-text';
}

/** A line of verse: opens in a capital (after a quote or a bracket), three words or more, not long. */
const VERSE_LINE = /^["'“‘(\[]?\p{Lu}\S*(?:\s+\S+){2,}$/u;
/** A line a sentence runs on from: a comma, a semicolon, a colon or a dash at its end. */
const RUNS_ON = /(?:[,;:]|--|[—–])["'”’)]?$/;

/**
 * Lines in stanzas: blank-line chunks of three to sixteen lines, each a line of verse under 70
 * characters, a third of them or more running on at a comma, a semicolon or a dash into the
 * next (a song, a poem). A web page's lines in a row (a menu, a list of headlines) seldom end so.
 */
function stanzaLines(lines: SrcLine[]): number {
  let total = 0;
  let start = 0;
  for (let i = 0; i <= lines.length; i++) {
    if (i < lines.length && lines[i]!.text) continue;
    const n = i - start;
    if (n >= 3 && n <= 16) {
      let verse = 0;
      let runOn = 0;
      for (let k = start; k < i; k++) {
        const t = lines[k]!.text;
        if (t.length < 70 && VERSE_LINE.test(t)) verse++;
        if (k < i - 1 && RUNS_ON.test(t)) runOn++;
      }
      if (verse === n && runOn >= n / 3) total += n;
    }
    start = i + 1;
  }
  return total;
}

/**
 * Lines in wrapped paragraphs: blank-line chunks of three lines or more whose lines but the last
 * all fill the measure (within its last fifth), one of them at least stopping mid-sentence. One
 * paragraph per line never gives a chunk of lines of one length; a menu's or a list's lines are short.
 */
function wrappedChunkLines(lines: SrcLine[], width: number): number {
  let total = 0;
  let start = 0;
  for (let i = 0; i <= lines.length; i++) {
    if (i < lines.length && lines[i]!.text) continue;
    const n = i - start;
    if (n >= 3) {
      let full = 0;
      let open = 0;
      for (let k = start; k < i - 1; k++) {
        const end = lineEnd(lines[k]!);
        if (end >= width * 0.8 && end <= width) full++;
        if (!endsSentence(lines[k]!.text)) open++;
      }
      if (full === n - 1 && open >= 1) total += n;
    }
    start = i + 1;
  }
  return total;
}
