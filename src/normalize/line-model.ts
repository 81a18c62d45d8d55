import type { SrcLine } from './block.ts';
import { endsParagraphToken, opensParagraphToken } from './hidden-breaks.ts';
import { lineEnd } from './stats.ts';

/**
 * Where a hard-wrapped text's full lines end, learned from the text itself, to judge a line that
 * ends a sentence before a line that could open a paragraph: paragraph end, or a sentence that
 * happened to end at a wrap?
 *
 * With proportional type (any PDF) a full line holds a varying number of characters, so "the next
 * word would have fitted" cannot be read off a character count. Instead:
 * - the lines known to be wraps (the next line carries on in lower case, or the word is split)
 *   show where full lines end: a smoothed histogram of their lengths (`full`);
 * - a paragraph's last line ends anywhere up to the measure, evenly (`last`);
 * - the prior odds of a paragraph end at such a line come from the text too: how often a word
 *   gap inside a line is a sentence end before an opening word (the chance a wrap looks like
 *   one), against how many line ends look like one.
 * The odds of a break at a line of length n are prior x last(n) / full(n). Nothing is tuned to
 * a width, a font or a corpus.
 */
export interface LineModel {
  /** Odds that a line ending a sentence, before a line that could open a paragraph, ends its paragraph. */
  breakOdds(end: number): number;
  /** Lines at least this long may be two lines joined by the extractor (pdftotext joins a hyphenated pair). */
  joined: number;
  /** The median length of a full line. */
  typical: number;
}

/** Fewer known wraps than this: too little to learn from. */
const MIN_WRAPS = 20;

function lastToken(s: string): string {
  return s.slice(s.lastIndexOf(' ') + 1);
}

/** The line ends a sentence (or a lead-in) as a paragraph's last line would. */
export function endsSentenceLine(s: string): boolean {
  return endsParagraphToken(lastToken(s));
}

function nextTextLine(lines: SrcLine[], i: number): SrcLine | undefined {
  const n = lines[i + 1];
  return n?.text ? n : undefined;
}

/** Sentence ends before an opening word, per word gap inside lines (line ends left out). */
function gapRate(lines: SrcLine[]): number {
  let gaps = 0;
  let ends = 0;
  for (const l of lines) {
    const t = l.text;
    if (!t) continue;
    let prev = 0;
    for (let p = t.indexOf(' '); p >= 0; p = t.indexOf(' ', p + 1)) {
      gaps++;
      const c = t.charCodeAt(p - 1);
      // Most tokens end in a letter: test the last character before anything else.
      if (
        (c === 46 || c === 33 || c === 63 || c === 58 || c === 8230 || c === 34 || c === 39 || c === 8221 || c === 8217 || c === 41 || c === 93) &&
        endsParagraphToken(t.slice(prev, p)) &&
        opensParagraphToken(t.slice(p + 1, p + 9))
      )
        ends++;
      prev = p + 1;
    }
  }
  return (ends + 1) / (gaps + 2);
}

export function lineModel(lines: SrcLine[], measure: number): LineModel | undefined {
  const cap = Math.ceil(measure * 1.15);
  const hist = new Float64Array(cap + 2);
  let wraps = 0;
  let candidates = 0;
  let followed = 0;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    if (!l.text) continue;
    const next = nextTextLine(lines, i);
    if (!next) continue;
    followed++;
    const end = lineEnd(l);
    const stop = endsSentenceLine(l.text);
    if (stop && opensParagraphToken(next.text.slice(0, 8))) candidates++;
    else if (!stop && /^\p{Ll}/u.test(next.text) && end <= cap) {
      hist[end]!++;
      wraps++;
    }
  }
  if (wraps < MIN_WRAPS) return undefined;
  // Smooth with a Gaussian whose width follows the spread (Silverman's rule on the IQR).
  const at = (q: number): number => {
    let seen = 0;
    for (let v = 0; v < hist.length; v++) {
      seen += hist[v]!;
      if (seen >= q * wraps) return v;
    }
    return hist.length - 1;
  };
  const iqr = Math.max(1, at(0.75) - at(0.25));
  const h = Math.max(1, 0.9 * (iqr / 1.34) * wraps ** -0.2);
  const full = new Float64Array(cap + 2);
  for (let v = 0; v < hist.length; v++) {
    if (!hist[v]) continue;
    for (let x = Math.max(0, Math.floor(v - 4 * h)); x <= Math.min(cap + 1, Math.ceil(v + 4 * h)); x++) {
      const z = (x - v) / h;
      full[x]! += (hist[v]! * Math.exp(-0.5 * z * z)) / (h * 2.5066283);
    }
  }
  const top = at(0.95);
  // A last line ends anywhere from the line start to the measure.
  const last = 1 / Math.max(1, top);
  // A small floor: no length is impossible for a full line (a line of long words, a table).
  const floor = 0.002 / Math.max(1, top);
  for (let x = 0; x < full.length; x++) full[x] = full[x]! / wraps + floor;
  // Of `followed` line ends, about followed x g look like sentence ends by chance; the rest of
  // the candidates are paragraph ends.
  const g = gapRate(lines);
  const breaks = Math.max(1, (candidates - followed * g) / (1 - g));
  const prior = breaks / Math.max(1, candidates - breaks);
  const typical = at(0.5);
  return {
    breakOdds(lineEnd: number): number {
      // Longer than any full line: two lines joined, the first of them full.
      const end = lineEnd > cap ? lineEnd - typical : lineEnd;
      if (end < 0 || end > cap) return 0;
      return (prior * (end <= top ? last : 0.1 * last)) / full[end]!;
    },
    joined: cap,
    typical,
  };
}
