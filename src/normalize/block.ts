/** Intermediate units between source lines and the mdast tree. */

/** One source line after character repair; `text` is trimmed, `indent` counts leading blanks. */
export interface SrcLine {
  text: string;
  /** 1-based line in the source. */
  line: number;
  /** 1-based column of the first non-blank character. */
  column: number;
  indent: number;
  /** First line after a form feed (a page break in the source). */
  pageTop?: boolean;
}

/** Where a stretch of block text starts in the source, so repairs can cite line:column. */
export interface Span {
  offset: number;
  line: number;
  column: number;
  /** The line before ended in a hyphen, kept at `offset - 1` for rule `split-word` to judge. */
  hyphen?: boolean;
}

export type BlockKind = 'paragraph' | 'heading' | 'list-item' | 'note' | 'image';

export interface Block {
  kind: BlockKind;
  text: string;
  spans: Span[];
  /** Heading depth (2 or 3). */
  depth?: 2 | 3;
  /** A numbered list's item (`1. …`): the list is ordered, and starts at `start` (on its first item). */
  ordered?: boolean;
  start?: number;
  /** The picture's address, for `image` blocks (their text is its alternative text). */
  url?: string;
  /** Footnote number for `note` blocks. */
  noteId?: string;
  /** A heading candidate seen while splitting: `caps` (ALL CAPS) or `title` (short title line). */
  cand?: 'caps' | 'title';
  /** Source lines, joined with `\n`, for the change log when a block is dropped. */
  source: string;
  /** `_word_` in this block is emphasis (rule `underscore-emphasis`). */
  underscoreEmphasis?: boolean;
  /** Verse, an address: each source line ends with a line break (the joins stay spaces in `text`). */
  lineBreaks?: boolean;
  /** Web copy: the heading of a references list kept after the text, and its number of entries (rule `web-references` logs it). */
  references?: number;
  /** A transcript: a speaker's turn starts this block where nothing else ended the one before (rule `speaker-turn` logs it). */
  turnBreak?: { after: string };
  /** Blank-line paragraphs: a stanza whose line breaks only its lines' openings show (rule `verse-stanza` logs it). */
  stanza?: boolean;
  /** Hard-wrapped input: the paragraph before ends here only by the line model's odds (rule `hidden-break` logs it). */
  inferredBreak?: { odds: number; after: string };
  /** Blank-line paragraphs: a prose paragraph end inside a chunk starts this block (rule `chunk-break` logs it). */
  chunkBreak?: { after: string };
  /** Hard-wrapped input: where the block's last line ends on the page (characters). */
  lastEnd?: number;
  /** Note calls found by rule `note-call`: offset, length and note id. */
  calls?: { at: number; length: number; id: string }[];
}

/** Source place of a character offset inside a block. */
export function placeAt(block: Block, offset: number): { line: number; column: number } {
  let best = block.spans[0] ?? { offset: 0, line: 1, column: 1 };
  for (const s of block.spans) {
    if (s.offset > offset) break;
    best = s;
  }
  return { line: best.line, column: best.column + Math.max(0, offset - best.offset) };
}

export function blockFromLine(l: SrcLine, kind: BlockKind = 'paragraph'): Block {
  return { kind, text: l.text, spans: [{ offset: 0, line: l.line, column: l.column }], source: l.text };
}
