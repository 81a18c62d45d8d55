import type { Block, SrcLine } from './block.ts';
import { blockFromLine } from './block.ts';
import { leadingLetters, wordBeforeHyphen } from './char-class.ts';
import { opensParagraphToken } from './hidden-breaks.ts';
import { endsSentenceLine, lineModel, type LineModel } from './line-model.ts';
import { EDITORIAL_OPEN, isStageDirection } from './speech.ts';
import { lineEnd, measure } from './stats.ts';
import { carriesOn, endsSentence, firstWord, isCapsLine, isTitleLine } from './text-shape.ts';

/** How paragraphs are marked in a hard-wrapped text, measured from the text itself. */
export interface WrapShape {
  /** Usable measure in characters; already reduced by the slack of proportional type. */
  width: number;
  /** Blank lines follow wrapped lines too (PDF extraction), so one blank is no break. */
  blankIsWrap: boolean;
  /** Paragraphs start with an indented line. */
  indentMode: boolean;
  /** Nothing but a short last line marks a paragraph end, so a full last line hides it. */
  breaksCanHide: boolean;
  /**
   * Blank lines already separate the paragraphs (a Project Gutenberg text, an e-mail): each
   * blank-line chunk is one block, and short lines inside one (verse, an address) are kept.
   */
  blankParagraphs: boolean;
  /** Where this text's full lines end, to judge sentence ends at line ends (see line-model.ts). */
  model?: LineModel;
  /** Whether the model may end a paragraph at a full line (off with `rules.disable: [hidden-break]`). */
  inferBreaks?: boolean;
  /** Whether a prose paragraph end inside a blank-line chunk splits it (off with `rules.disable: [chunk-break]`). */
  chunkBreaks?: boolean;
  /** Whether blank-line chunks of verse lines are read as stanzas (off with `rules.disable: [verse-stanza]`). */
  stanzas?: boolean;
  /** A transcript's speaker labels ("Adam Stacoviak:", "Q:"), each opening a turn (rule `speaker-turn`). */
  speakers?: ReadonlySet<string>;
}

export function wrapShape(lines: SrcLine[]): WrapShape {
  const width = measure(lines);
  let singles = 0;
  let wrapsBeforeBlank = 0;
  // Blank-line chunks of two lines or more, and those whose last line ends a sentence or is short.
  let chunks = 0;
  let chunksEnded = 0;
  let chunksStopped = 0;
  let pages = 0;
  let chunkLines = 0;
  let chunkTotal = 0;
  let indented = 0;
  let indentedAfterStop = 0;
  // How far "the next word would have fitted" is wrong on lines known to continue (no stop,
  // next line in lower case): with proportional type (PDF) character counts misjudge widths.
  const overflow: number[] = [];
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    if (!l.text) continue;
    if (l.pageTop) pages++;
    const next = lines[i + 1];
    const after = lines[i + 2];
    if (next && !next.text && after?.text) {
      singles++;
      if (lineEnd(l) >= width * 0.8 && !endsSentence(l.text)) wrapsBeforeBlank++;
    }
    const cont = next?.text ? next : after && !next?.text ? after : undefined;
    if (cont && /^\p{Ll}/u.test(cont.text) && !endsSentence(l.text) && !l.text.endsWith('-')) {
      overflow.push(lineEnd(l) + 1 + firstWord(cont.text).length - width);
    }
    const prev = lines[i - 1];
    if (prev?.text) chunkLines++;
    else chunkLines = 1;
    if (!next?.text && chunkLines >= 2) {
      chunks++;
      chunkTotal += chunkLines;
      if (endsSentence(l.text) || lineEnd(l) < width * 0.8) chunksEnded++;
      if (endsSentence(l.text)) chunksStopped++;
    }
    if (l.indent > 0 && prev?.text) {
      indented++;
      if (endsSentence(prev.text)) indentedAfterStop++;
    }
  }
  overflow.sort((a, b) => a - b);
  const slack = overflow.length >= 10 ? Math.max(0, -(overflow[Math.floor(overflow.length * 0.1)] ?? 0)) : 0;
  const blankIsWrap = singles > 0 && wrapsBeforeBlank / singles >= 0.3;
  const indentMode = indentedAfterStop >= 2 && indentedAfterStop / Math.max(1, indented) >= 0.5;
  const model = blankIsWrap ? undefined : lineModel(lines, width);
  return {
    ...(model ? { model } : {}),
    width: width - slack,
    blankIsWrap,
    indentMode,
    breaksCanHide: !indentMode && (blankIsWrap || singles === 0),
    // Paragraph-sized chunks: a page of pdftotext output between two folios is one chunk too, so
    // chunks of over 20 lines on average count only in a text without page breaks (form feeds)
    // where nearly all end a sentence: a book's long paragraphs, as Project Gutenberg sets them.
    blankParagraphs:
      !blankIsWrap && chunks >= 3 && chunksEnded >= chunks * 0.9 && (chunkTotal / chunks <= 20 || (pages === 0 && chunksStopped >= chunks * 0.9)),
  };
}

function nextText(lines: SrcLine[], i: number): SrcLine | undefined {
  for (let j = i + 1; j < lines.length && j < i + 4; j++) if (lines[j]!.text) return lines[j];
  return undefined;
}

/** The next word would have fitted on this line, so the line ended early on purpose. */
function endsShort(prev: SrcLine, next: SrcLine, width: number): boolean {
  const sp = next.text.indexOf(' ');
  return lineEnd(prev) + 1 + (sp < 0 ? next.text.length : sp) <= width;
}

/**
 * Join the lines of a hard-wrapped text into paragraphs. A paragraph ends at two or more blank
 * lines, a blank line when blanks are not part of the wrapping, an indented first line, an ALL
 * CAPS heading, or a line that stops short at a sentence end (the next word would have fitted).
 * A line-end hyphen before a letter is kept, without a space, for rule `split-word` to judge;
 * each block records where its last line ends, for rule `hidden-break`.
 */
export function unwrap(lines: SrcLine[], shape: WrapShape): Block[] {
  const verse = shape.blankParagraphs ? undefined : verseRuns(lines, shape);
  const stanzas = shape.blankParagraphs && shape.stanzas !== false ? stanzaChunks(lines) : undefined;
  const blocks: Block[] = [];
  let cur: Block | undefined;
  let acc: Acc = { parts: [], len: 0, first: 0, last: 0 };
  let curLines = 0;
  let prev: SrcLine | undefined;
  let blanks = 0;
  const flush = (): void => {
    if (cur) {
      // One join per paragraph instead of a string grown line by line.
      cur.text = acc.parts.join('');
      cur.source = acc.parts.length > 1 ? sourceOf(lines, acc.first, acc.last) : cur.text;
      cur.lastEnd = lineEnd(lines[acc.last]!);
      if (shape.blankParagraphs) chunkKind(cur, lines, acc, shape.width, !!stanzas?.[acc.first]);
      blocks.push(cur);
    }
    cur = undefined;
    curLines = 0;
  };
  // Line i starts a block or joins the current one.
  const take = (l: SrcLine, i: number): void => {
    if (!cur) {
      cur = blockFromLine(l);
      acc = { parts: [l.text], len: l.text.length, first: i, last: i };
      curLines = 1;
    } else {
      join(cur, acc, prev!, l);
      acc.last = i;
      curLines++;
    }
    prev = l;
    blanks = 0;
  };
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    if (!l.text) {
      blanks++;
      continue;
    }
    if (shape.blankParagraphs) {
      if (cur && (blanks > 0 || nextEntry(acc, l) || editorialEdge(acc, prev, l))) flush();
      else if (cur && prev && shape.speakers && opensTurn(l.text, shape.speakers)) {
        const after = prev.text;
        flush();
        take(l, i);
        cur!.turnBreak = { after };
        continue;
      } else if (cur && prev && blanks === 0 && shape.chunkBreaks !== false && !stanzas?.[i] && proseEnd(lines, i, shape.width)) {
        const after = prev.text;
        flush();
        take(l, i);
        cur!.chunkBreak = { after };
        continue;
      }
      take(l, i);
      continue;
    }
    // Verse (or an address): a run of short lines kept as one block with its line breaks;
    // a blank line inside the run starts a new stanza.
    const v = verse?.[i] ?? 0;
    if (v || (verse?.[acc.last] && cur)) {
      if (!v || v === 2 || blanks > 0 || !cur) flush();
      if (v) {
        if (!cur) {
          cur = blockFromLine(l);
          cur.lineBreaks = true;
          acc = { parts: [l.text], len: l.text.length, first: i, last: i };
          curLines = 1;
        } else {
          join(cur, acc, prev!, l);
          acc.last = i;
          curLines++;
        }
        prev = l;
        blanks = 0;
        continue;
      }
    }
    if (isCapsLine(l.text)) {
      flush();
      blocks.push({ ...blockFromLine(l, 'paragraph'), cand: 'caps', lastEnd: lineEnd(l) });
      prev = undefined;
      blanks = 0;
      continue;
    }
    if (cur && prev) {
      // A line ending in a hyphenated word part never ends a paragraph.
      const short = endsShort(prev, l, shape.width) && !wordBeforeHyphen(prev.text);
      const stop = endsSentence(prev.text);
      // A sentence end before an opening word: judged against where this text's full lines end.
      const judged = !!shape.model && blanks === 0 && endsSentenceLine(prev.text) && opensParagraphToken(l.text.slice(0, 8));
      // Only clear odds decide; between 1:3 and 3:1 the line's shape decides as without a model.
      const odds = judged ? shape.model!.breakOdds(lineEnd(prev)) : 1;
      let brk =
        blanks >= 2 ||
        (blanks === 1 && !shape.blankIsWrap) ||
        (shape.indentMode && l.indent > 0 && (stop || short)) ||
        (!(judged && odds <= 1 / 3) &&
          short &&
          (stop ||
            // Entries of a notes or reference list start with a marker.
            LIST_MARKER.test(l.text) ||
            // A clearly short line ends its paragraph even without a stop, unless the next
            // line carries on in lower case (a page top, a continued sentence).
            (lineEnd(prev) < shape.width * 0.6 && !/^\p{Ll}/u.test(l.text))));
      // The next entry of a notes list ([1] … then [2] …) starts a block however full the lines
      // are: a notes list joined into one paragraph keeps only its first note.
      if (!brk && nextEntry(acc, l)) brk = true;
      // An editor's bracketed insert ("[Sidenote: The score.]") is a block of its own, from its
      // opening line to the one its bracket closes.
      if (!brk && editorialEdge(acc, prev, l)) brk = true;
      // A transcript's "(Applause.)" after a sentence stands alone, and so does what follows it;
      // where indents mark the paragraphs, one without an indent goes on the paragraph.
      if (!brk && !shape.indentMode && ((stop && isStageDirection(l.text)) || (curLines === 1 && isStageDirection(prev.text)))) brk = true;
      // A lone short line without a stop, followed by more text, is a section title.
      if (!brk && curLines === 1 && short && isTitleLine(prev.text)) {
        cur.cand = 'title';
        brk = true;
      }
      // A short title line right after a sentence end starts a section even if the
      // previous paragraph's last line was full.
      if (!brk && stop && l.text.length <= 90 && /^\p{Lu}/u.test(l.text) && isTitleLine(l.text)) {
        const next = nextText(lines, i);
        if (next && endsShort(l, next, shape.width)) brk = true;
      }
      // A speaker's turn in a transcript opens with the speaker's name, however full the line
      // before it (rule `speaker-turn` logs it).
      let turn: Block['turnBreak'];
      if (!brk && shape.speakers && opensTurn(l.text, shape.speakers)) {
        brk = true;
        turn = { after: prev.text };
      }
      // A paragraph end only the model sees: a sentence ends on a line of a length this text's
      // full lines seldom have. Logged as rule `hidden-break`, and off with it.
      let inferred: Block['inferredBreak'];
      if (!brk && judged && odds >= 3 && shape.inferBreaks !== false) {
        brk = true;
        inferred = { odds, after: prev.text };
      }
      if (brk) flush();
      if (turn) {
        take(l, i);
        cur!.turnBreak = turn;
        continue;
      }
      if (inferred) {
        cur = blockFromLine(l);
        cur.inferredBreak = inferred;
        acc = { parts: [l.text], len: l.text.length, first: i, last: i };
        curLines = 1;
        prev = l;
        blanks = 0;
        continue;
      }
    }
    take(l, i);
  }
  flush();
  return blocks;
}

/**
 * Runs of three or more lines that all stop well short of a full line, start like a line of
 * verse (a capital, a quote) and mostly do not end a sentence: verse, an address, a song. In
 * prose such runs are one-line paragraphs of dialogue, which end their sentences. 2 marks the
 * first line of a run, 1 the others.
 */
function verseRuns(lines: SrcLine[], shape: WrapShape): Uint8Array {
  const out = new Uint8Array(lines.length);
  const limit = (shape.model?.typical ?? shape.width) * 0.8;
  // A division heading ("CHAPTER IV.") is not a line of verse, nor a speaker's turn: it ends the run before it.
  const verseLine = (l: SrcLine): boolean =>
    !!l.text &&
    lineEnd(l) < limit &&
    /^["'“‘”’«(\[]?\p{Lu}/u.test(l.text) &&
    !LIST_MARKER.test(l.text) &&
    !isCapsLine(l.text) &&
    !DIVISION.test(l.text) &&
    !EDITORIAL_OPEN.test(l.text) &&
    !(shape.speakers && opensTurn(l.text, shape.speakers));
  let i = 0;
  while (i < lines.length) {
    if (!verseLine(lines[i]!)) {
      i++;
      continue;
    }
    // A run of verse lines, blank lines allowed between stanzas.
    let j = i;
    let last = i;
    let n = 0;
    let stops = 0;
    while (j < lines.length && (verseLine(lines[j]!) || (!lines[j]!.text && lines[j + 1] && verseLine(lines[j + 1]!)))) {
      if (lines[j]!.text) {
        n++;
        if (endsSentenceLine(lines[j]!.text)) stops++;
        last = j;
      }
      j++;
    }
    // The run's last line may end the sentence; the others mostly do not.
    const lastStops = endsSentenceLine(lines[last]!.text) ? 1 : 0;
    if (n >= 3 && stops - lastStops <= (n - 1) / 3) {
      for (let k = i; k <= last; k++) if (lines[k]!.text) out[k] = k === i || !lines[k - 1]!.text ? 2 : 1;
    }
    i = j;
  }
  return out;
}

/**
 * A paragraph end inside a blank-line chunk, as prose shows one: two full lines, a line that
 * stops short at a full stop, and a full line opening in a capital right under it. A text whose blank
 * lines mark its paragraphs never has one inside a chunk; a page of pdftotext output (its blank
 * lines around the folio and the notes) has one at every paragraph end on the page. Verse and
 * addresses do not show it: their lines are not full, or full and short by turns.
 */
function proseEnd(lines: SrcLine[], i: number, width: number): boolean {
  const l = lines[i]!;
  const prev = lines[i - 1];
  const before = lines[i - 2];
  const first = lines[i - 3];
  if (!prev?.text || !before?.text || !first?.text) return false;
  // Not where page furniture was taken out between the two: whether a paragraph runs on over a
  // page break is `blank-line-break`'s and the page rules' to judge.
  if (l.line - prev.line > 1) return false;
  const full = (x: SrcLine): boolean => lineEnd(x) >= width * 0.8;
  return (
    full(first) &&
    full(before) &&
    full(l) &&
    !full(prev) &&
    endsShort(prev, l, width) &&
    PROSE_STOP.test(prev.text) &&
    /^["'“‘(]?\p{Lu}/u.test(l.text) &&
    l.indent <= before.indent + 4
  );
}

const PROSE_STOP = /[.!?]["'”’)]?$/;

// "CHAPTER I.", "Book II", "LECTURE 3: ON MUSIC": a division heading, with or without its title.
const DIVISION = /^(?:chapter|book|part|lecture|section|canto|act|scene|letter|essay)\s+(?:[ivxlcdm]+|\d{1,3}|[a-z]+)\b/i;

/**
 * A blank-line chunk of a text whose paragraphs are already marked: a one-line title or
 * ALL CAPS line is a heading candidate, a short division heading ("CHAPTER I." over its title)
 * one heading, and a chunk of lines that all stop short of the measure (verse, an address) keeps
 * its line breaks.
 */
function chunkKind(b: Block, lines: SrcLine[], acc: Acc, width: number, stanza: boolean): void {
  const ls = lines.slice(acc.first, acc.last + 1).filter((l) => l.text);
  if (ls.length === 1) {
    if (isCapsLine(b.text)) b.cand = 'caps';
    else if (isTitleLine(b.text) || (DIVISION.test(b.text) && b.text.length <= 60)) b.cand = 'title';
    return;
  }
  if (ls.length <= 3 && DIVISION.test(ls[0]!.text) && ls.every((l) => l.text.length <= 60 && !/[,;]$/.test(l.text))) {
    b.cand = 'caps';
    return;
  }
  if (ls.every((l) => lineEnd(l) < width * 0.8) || ls.every((l) => l.indent >= 2)) b.lineBreaks = true;
  else if (stanza) b.lineBreaks = b.stanza = true;
}

/**
 * The lines of stanzas in a text whose blank lines mark its blocks: a chunk of four to sixteen
 * lines that all open in a capital (after a quote or a bracket), or of three whose first two
 * end in a stop, a comma, a semicolon, a colon or a dash; none ends in a digit (an index's
 * entries, a page of pdftotext output between its folios, open in capitals too), and none is
 * over 1.6 times the chunk's median line. Wrapped prose carries its sentences on in lower case
 * every few lines; a poem or a song opens each line with a capital, and its lines may be full
 * and end a sentence without ending the stanza (rule `verse-stanza`).
 */
function stanzaChunks(lines: SrcLine[]): Uint8Array {
  const out = new Uint8Array(lines.length);
  let start = 0;
  for (let i = 0; i <= lines.length; i++) {
    if (i < lines.length && lines[i]!.text) continue;
    const n = i - start;
    if (n >= 3 && n <= 16) {
      let caps = true;
      let marked = true;
      for (let k = start; k < i && caps; k++) {
        const t = lines[k]!.text;
        caps = STANZA_OPEN.test(t) && !isCapsLine(t) && !LIST_MARKER.test(t) && !/\d[.,;:)]*$/.test(t);
        if (k < start + 2 && !/[.,;:!?—–-]["'”’)]?$/.test(t)) marked = false;
      }
      // Two lines run together (pdftotext of a column) make one far longer than the others.
      const lens = lines.slice(start, i).map((l) => l.text.length);
      const even = Math.max(...lens) <= 1.6 * lens.sort((a, b) => a - b)[n >> 1]!;
      if (caps && even && (n >= 4 || marked)) out.fill(1, start, i);
    }
    start = i + 1;
  }
  return out;
}

const STANZA_OPEN = /^["'“‘(\[]?\p{Lu}/u;

/**
 * "Adam Stacoviak: …", "Dr. Ruth Lee: …", "SMITH: …", "Q: …": a name of one to four words before
 * a colon and two words of speech, a word and a stop, or a time stamp ("[36:24]"); an index's
 * "Sonatas: 26, 108." is no turn.
 */
const SPEAKER =
  /^((?:\p{Lu}[\p{L}'’.-]*)(?:\s+(?:\p{Lu}[\p{L}'’.-]*|de|van|von|da|di|le|la|bin|al)){0,3}):\s+(?=["'“‘(\[]?\p{L}[\p{L}'’-]*(?:[,.!?…\]]*\s+["'“‘(\[]?\p{L}|[.!?…]+["'”’]?$)|\[\d{1,2}:\d\d(?::\d\d)?\])/u;

/**
 * The speaker labels of a transcript: names before a colon that open three lines or more, when
 * two such names do so twice or more each (a dialogue). A one-off "Note:" or "Example:" is none.
 */
export function speakerLabels(lines: SrcLine[]): Set<string> | undefined {
  const counts = new Map<string, number>();
  for (const l of lines) {
    const m = SPEAKER.exec(l.text);
    if (m) counts.set(m[1]!, (counts.get(m[1]!) ?? 0) + 1);
  }
  const labels = new Set<string>();
  for (const [name, n] of counts) if (n >= 2) labels.add(name);
  let total = 0;
  for (const name of labels) total += counts.get(name)!;
  return labels.size >= 2 && total >= 3 ? labels : undefined;
}

/** Line `text` opens with one of the transcript's speaker labels. */
function opensTurn(text: string, speakers: ReadonlySet<string>): boolean {
  const m = SPEAKER.exec(text);
  return !!m && speakers.has(m[1]!);
}

const LIST_MARKER = /^(?:\[\d{1,3}\]\s|[—–-]{2,}|[•·*-]\s|\d{1,3}[.)]\s)/;

/** The line is the entry after the one the block started with. */
/** Line `l` opens an editor's bracketed insert, or the insert the block opened closed on `prev`. */
function editorialEdge(acc: Acc, prev: SrcLine | undefined, l: SrcLine): boolean {
  return EDITORIAL_OPEN.test(l.text) || (!!prev && prev.text.endsWith(']') && EDITORIAL_OPEN.test(acc.parts[0] ?? ''));
}

function nextEntry(acc: Acc, l: SrcLine): boolean {
  const n = entryNumber(l.text);
  return n !== undefined && n === (entryNumber(acc.parts[0] ?? '') ?? -1) + 1;
}

/**
 * The number of a note entry's marker (`[3] `), if the line starts with one. Only the bracketed
 * kind: a chunk of lines numbered `1.`, `2.` may be one paragraph in the source (a table of
 * scansions in a Gutenberg text), while `[1]`, `[2]` on consecutive lines are notes.
 */
function entryNumber(text: string): number | undefined {
  const m = /^\[(\d{1,3})\]\s/.exec(text);
  return m ? Number(m[1]) : undefined;
}

/** The text of a paragraph being built: its pieces and their total length. */
interface Acc {
  parts: string[];
  len: number;
  /** Indexes of the first and last line in `lines`. */
  first: number;
  last: number;
}

/** The source lines a block was built from, for the change log when it is dropped. */
function sourceOf(lines: SrcLine[], first: number, last: number): string {
  const out: string[] = [];
  for (let i = first; i <= last; i++) if (lines[i]!.text) out.push(lines[i]!.text);
  return out.join('\n');
}

/** Append line `l` to block `b`: after a space, or right after a line-end hyphen before a letter. */
function join(b: Block, acc: Acc, prev: SrcLine, l: SrcLine): void {
  // Test the previous line, not the growing block text: `$`-anchored regexes scan from the start.
  const hyphen = !!wordBeforeHyphen(prev.text) && !!leadingLetters(l.text);
  if (!hyphen) {
    acc.parts.push(' ');
    acc.len++;
  }
  b.spans.push({ offset: acc.len, line: l.line, column: l.column, ...(hyphen ? { hyphen } : {}) });
  acc.parts.push(l.text);
  acc.len += l.text.length;
}

/**
 * Web copy: every non-blank line is a block; short title lines are heading candidates. A line
 * that plainly goes on from the line above it, with no blank line between, stays in its block:
 * one indented under the block's first line (an index entry, a stanza's indented lines), or one
 * starting with a lower-case word after a line of six words or more that does not end a sentence,
 * in a text that does so a few times at least (prose wrapped by hand). One paragraph per line is
 * the reading when nothing says otherwise; `kept` hears of every block of more than one line.
 */
export function splitLines(lines: SrcLine[], kept?: (b: Block, lines: number) => void): Block[] {
  const blocks: Block[] = [];
  let cur: Block | undefined;
  let acc: Acc = { parts: [], len: 0, first: 0, last: 0 };
  let first: SrcLine | undefined;
  let prev: SrcLine | undefined;
  let n = 0;
  const wrapped = handWrapped(lines);
  const flush = (): void => {
    if (!cur) return;
    if (n > 1) {
      cur.text = acc.parts.join('');
      cur.source = sourceOf(lines, acc.first, acc.last);
      kept?.(cur, n);
    }
    blocks.push(cur);
    cur = undefined;
  };
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    if (!l.text) {
      flush();
      prev = undefined;
      continue;
    }
    if (cur && prev && first && goesOn(first, prev, l, wrapped)) {
      join(cur, acc, prev, l);
      acc.last = i;
      n++;
      delete cur.cand;
      if (l.indent > first.indent) cur.lineBreaks = true;
      prev = l;
      continue;
    }
    flush();
    const b = blockFromLine(l);
    if (isCapsLine(l.text)) b.cand = 'caps';
    else if (isTitleLine(l.text)) b.cand = 'title';
    cur = b;
    acc = { parts: [l.text], len: l.text.length, first: i, last: i };
    first = l;
    prev = l;
    n = 1;
  }
  flush();
  return blocks;
}

/** Line `l` continues the block that `first` opened and `prev` last extended (see splitLines). */
function goesOn(first: SrcLine, prev: SrcLine, l: SrcLine, wrapped: boolean): boolean {
  if (l.indent > first.indent && !LIST_MARKER.test(l.text)) return true;
  return wrapped && carriesOn(prev.text, l.text);
}

/**
 * Some of the text is wrapped by hand: a few lines at least are carried on in lower case. Once
 * or twice on a web page, that is a headline over "by …" or a caption over its credit.
 */
function handWrapped(lines: SrcLine[]): boolean {
  let n = 0;
  for (let i = 0; i + 1 < lines.length; i++) if (lines[i]!.text && carriesOn(lines[i]!.text, lines[i + 1]!.text) && ++n >= 5) return true;
  return false;
}
