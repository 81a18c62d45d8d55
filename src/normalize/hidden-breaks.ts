import type { Block, Span } from './block.ts';
import type { Repairs } from './repairs.ts';
import { clip } from './repairs.ts';
import { firstWord } from './text-shape.ts';

/**
 * Paragraph breaks that leave no trace on the line. When a blank line follows every wrapped
 * line (or no blank line is used at all), a paragraph whose last line happens to be full looks
 * exactly like a wrapped line. Such a break can only be inferred from the document as a whole:
 * a "paragraph" far longer than this text's paragraphs usually are, holding a full line that
 * ends a sentence before a line that could open one, is more likely two paragraphs than one.
 *
 * For every way of cutting a block at such lines, the pieces are weighed against the whole:
 * how typical their lengths are (a log-normal fitted to this text's own paragraphs), times,
 * per cut, the odds that a paragraph break hides (its last line is full) against a sentence
 * merely ending at a line end. Every number is measured on the text itself; nothing is tuned
 * to a width or a corpus. The likelier reading wins, so a block of ordinary length stays
 * whole: the odds per cut are near one, and its pieces would be less typical than it is.
 */

/** Too few paragraphs to learn their lengths from: nothing is split. */
const MIN_PARAGRAPHS = 10;
/** Least spread of log paragraph lengths assumed: prose is never that even. */
const MIN_SIGMA = 0.15;
/** How many earlier cut points a piece may reach back over (keeps the search linear). */
const WINDOW = 24;
/** At most about this many word gaps are read to learn how often a sentence ends at a gap. */
const GAP_SAMPLE = 5_000;
/** Fit, cut, refit on the pieces (merged paragraphs widen the first fit), cut again. */
const ROUNDS = 2;

/** Initials and common abbreviations with a full stop end no sentence. */
const ABBREVIATION = /^(?:\p{L}|Mr|Mrs|Ms|Dr|St|Prof|Rev|Gen|Col|Capt|Lt|No|Vol|vol|pp?|cf|ch|ed|eds|op|cit|ibid|Ibid|viz|e\.g|i\.e)\.$/u;
const CLOSERS = '"\'”’»)]';
/** Last characters of a token that can end a sentence: a stop, a closing mark, a note call's bracket. */
const END_CODES = new Set([...`.!?…:${CLOSERS}`].map((c) => c.charCodeAt(0)));
/** A word gap after a possible sentence end, before a word that could open a paragraph. */
const GAP_END = /[.!?…:"'”’»)\]] (?=["'“‘«(\[]*[\p{Lu}\p{N}])/gu;
const OPENS = /^["'“‘«(\[]*[\p{Lu}\p{N}]/u;

/** The token ends a sentence or a lead-in (`. ! ? … :`), allowing closing quotes and note calls. */
export function endsParagraphToken(tok: string): boolean {
  let t = tok;
  // A note call after the stop ("...1921.[17]", "...proved\". [21].") belongs to the sentence.
  if (t.endsWith(']') || t.endsWith('].')) {
    const call = /\[\d{1,3}\]\.?$/.exec(t);
    if (call) {
      if (t.endsWith('.')) return true;
      t = t.slice(0, call.index);
      if (!t) return true;
    }
  }
  let i = t.length - 1;
  while (i >= 0 && CLOSERS.includes(t[i]!)) i--;
  const c = t[i];
  if (c !== '.' && c !== '!' && c !== '?' && c !== '…' && c !== ':') return false;
  return !(c === '.' && i === t.length - 1 && ABBREVIATION.test(t));
}

/** The token could open a paragraph: a capital or a digit, maybe after an opening quote or bracket. */
export function opensParagraphToken(tok: string): boolean {
  return OPENS.test(tok);
}

interface Cut {
  /** Offset in the block text where the new paragraph would start. */
  at: number;
  /** Index of the span (source line) that starts there. */
  span: number;
}

/** Places inside a block where a line ends a sentence and the next line could open a paragraph. */
function cutsOf(b: Block): Cut[] | undefined {
  let cuts: Cut[] | undefined;
  const t = b.text;
  for (let k = 1; k < b.spans.length; k++) {
    const at = b.spans[k]!.offset;
    // Joined with a space (a mended word split has none and never ends a sentence); most
    // lines end in a letter or a comma, so the last character is tested before anything else.
    if (t.charCodeAt(at - 1) !== 32 || !END_CODES.has(t.charCodeAt(at - 2))) continue;
    if (!endsParagraphToken(t.slice(t.lastIndexOf(' ', at - 2) + 1, at - 1))) continue;
    if (opensParagraphToken(t.slice(at, at + 8))) (cuts ??= []).push({ at, span: k });
  }
  return cuts;
}

/** Log-normal fitted robustly (median, MAD) to the lengths of the text's paragraphs. */
interface LengthPrior {
  mu: number;
  sigma: number;
}

function median(xs: Float64Array): number {
  const s = Float64Array.from(xs).sort();
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

function fitLengths(lengths: number[]): LengthPrior | undefined {
  if (lengths.length < MIN_PARAGRAPHS) return undefined;
  const logs = Float64Array.from(lengths, Math.log);
  const mu = median(logs);
  // A floor keeps a text of very even paragraphs from calling every small excess an outlier.
  const sigma = Math.max(MIN_SIGMA, 1.4826 * median(logs.map((x) => Math.abs(x - mu))));
  return { mu, sigma };
}

/** Log-probability that a paragraph is `chars` long, per line-width bin of `width` characters. */
function logP(chars: number, width: number, p: LengthPrior): number {
  if (chars <= 0) return -Infinity;
  const z = (Math.log(chars) - p.mu) / p.sigma;
  return Math.log(width) - Math.log(chars) - Math.log(p.sigma) - 0.9189385 - 0.5 * z * z;
}

/**
 * How often a word gap inside a paragraph is a sentence end before a word that could open a
 * paragraph: the chance that a line which ends that way is an ordinary wrap.
 */
function sentenceGapRate(paragraphs: Block[]): number {
  let gaps = 0;
  let ends = 0;
  let total = 0;
  for (const b of paragraphs) total += b.text.length;
  // About six characters per word: every n-th paragraph keeps the sample near its size.
  const step = Math.max(1, Math.ceil(total / 6 / GAP_SAMPLE));
  for (let i = 0; i < paragraphs.length; i += step) {
    const t = paragraphs[i]!.text;
    for (let p = 0; p < t.length; p++) if (t.charCodeAt(p) === 32) gaps++;
    // The regex finds the few gaps that may qualify; the token test has the last word.
    GAP_END.lastIndex = 0;
    for (let m = GAP_END.exec(t); m; m = GAP_END.exec(t)) {
      if (endsParagraphToken(t.slice(t.lastIndexOf(' ', m.index) + 1, m.index + 1))) ends++;
    }
  }
  // Add-one smoothing: never zero, never certain.
  return (ends + 1) / (gaps + 2);
}

/**
 * The chance that a paragraph break hides: its last line is so full that the next paragraph's
 * first word would not have fitted, and nothing else (an extra blank line, a heading) marks it.
 * With last lines spread evenly over the measure, a break falls in that zone with probability
 * q = (first word + space) / width; the visible breaks found there were marked otherwise, so
 * of V visible breaks, F of them full, about H = (V q - F) / (1 - q) more are hidden.
 */
function hiddenRate(paragraphs: Block[], lastLine: number[], width: number): number {
  const n = paragraphs.length - 1;
  if (n <= 0) return 0;
  let q = 0;
  let full = 0;
  for (let i = 0; i < n; i++) {
    const w = firstWord(paragraphs[i + 1]!.text.slice(0, 40)).length + 1;
    q += Math.min(1, w / width);
    if (lastLine[i]! + w > width) full++;
  }
  q /= n;
  if (q >= 1) return 0;
  const hidden = Math.max(0, (n * q - full) / (1 - q));
  return hidden / (n + hidden);
}

/** The likeliest way to cut one block: the cuts chosen, none when the whole block is likelier. */
function bestCuts(len: number, cuts: Cut[], width: number, prior: LengthPrior, logOdds: number): Cut[] {
  // Points: block start, the cuts, block end (+1 for the space a cut drops).
  const pos = [0, ...cuts.map((c) => c.at), len + 1];
  const best = new Float64Array(pos.length).fill(-Infinity);
  const from = new Int32Array(pos.length).fill(-1);
  best[0] = 0;
  for (let j = 1; j < pos.length; j++) {
    for (let i = Math.max(0, j - WINDOW); i < j; i++) {
      // A piece runs from pos[i] to the space before pos[j]; each cut pays the odds once.
      const s = best[i]! + logP(pos[j]! - 1 - pos[i]!, width, prior) + (i > 0 ? logOdds : 0);
      if (s > best[j]!) {
        best[j] = s;
        from[j] = i;
      }
    }
  }
  const chosen: Cut[] = [];
  for (let j = from[pos.length - 1]!; j > 0; j = from[j]!) chosen.push(cuts[j - 1]!);
  return chosen.reverse();
}

/** Split block `b` where span `k` starts (offset `at`); its source lines split alike. */
function splitAt(b: Block, at: number, k: number): [Block, Block] {
  const lines = b.source.split('\n');
  const byLine = lines.length === b.spans.length;
  const left: Block = {
    ...b,
    text: b.text.slice(0, at - 1),
    spans: b.spans.slice(0, k),
    source: byLine ? lines.slice(0, k).join('\n') : b.text.slice(0, at - 1),
  };
  const spans: Span[] = b.spans.slice(k).map((s) => ({ ...s, offset: s.offset - at }));
  const right: Block = { kind: b.kind, text: b.text.slice(at), spans, source: byLine ? lines.slice(k).join('\n') : b.text.slice(at) };
  return [left, right];
}

interface Candidate {
  b: Block;
  cuts: Cut[];
  chosen: Cut[];
}

/** Lengths of the multi-line paragraphs, the candidates cut as chosen so far. */
function bodyLengths(fixed: number[], cands: Candidate[]): number[] {
  const out = fixed.slice();
  for (const { b, chosen } of cands) {
    let at = 0;
    let span = 0;
    for (let i = 0; i <= chosen.length; i++) {
      const c = chosen[i] ?? { at: b.text.length + 1, span: b.spans.length };
      if (c.span - span >= 2) out.push(c.at - 1 - at);
      at = c.at;
      span = c.span;
    }
  }
  return out;
}

/**
 * Split paragraphs at breaks that left no trace (see above). Each block's `lastEnd` gives the
 * page position where its last line ends; `width` is the usable measure. Each split is logged
 * as `hidden-break` at the line that starts the new paragraph.
 */
export function splitHiddenBreaks(blocks: Block[], width: number, r: Repairs): Block[] {
  if (width <= 0) return blocks;
  const paragraphs: Block[] = [];
  const ends: number[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    if (b.kind !== 'paragraph' || b.cand || b.lastEnd === undefined) continue;
    paragraphs.push(b);
    ends.push(b.lastEnd);
  }
  if (paragraphs.length < MIN_PARAGRAPHS) return blocks;
  const h = hiddenRate(paragraphs, ends, width);
  if (h <= 0) return blocks;
  const logOdds = Math.log(h / sentenceGapRate(paragraphs));
  // Body paragraphs (two lines or more) set the length prior: one-liners (quotes, list
  // entries, references) are another population and would only blur it.
  const fixed: number[] = [];
  const cands: Candidate[] = [];
  for (const b of paragraphs) {
    const cuts = cutsOf(b);
    if (cuts) cands.push({ b, cuts, chosen: [] });
    else if (b.spans.length >= 2) fixed.push(b.text.length);
  }
  if (cands.length === 0) return blocks;
  let prior: LengthPrior | undefined;
  for (let round = 0; round < ROUNDS; round++) {
    prior = fitLengths(bodyLengths(fixed, cands));
    if (!prior) return blocks;
    for (const c of cands) c.chosen = bestCuts(c.b.text.length, c.cuts, width, prior, logOdds);
  }
  const chosenOf = new Map<Block, Cut[]>();
  for (const c of cands) if (c.chosen.length) chosenOf.set(c.b, c.chosen);
  if (chosenOf.size === 0) return blocks;
  const typical = Math.round(Math.exp(prior!.mu));
  const out: Block[] = [];
  for (const b of blocks) {
    let rest = b;
    let shift = 0;
    let spanShift = 0;
    for (const c of chosenOf.get(b) ?? []) {
      const [left, right] = splitAt(rest, c.at - shift, c.span - spanShift);
      const end = left.text.slice(left.text.lastIndexOf(' ') + 1);
      const start = firstWord(right.text.slice(0, 40));
      r.log(
        'hidden-break',
        right.spans[0]!,
        `${end} ${start}`,
        `${end}\n\n${start}`,
        `Unexpected paragraph of ${b.text.length} characters, long for this text (typically ${typical}); split after the full line ending \`${clip(end, 30)}\`, likelier two paragraphs`,
      );
      out.push(left);
      rest = right;
      shift = c.at;
      spanShift = c.span;
    }
    out.push(rest);
  }
  return out;
}
