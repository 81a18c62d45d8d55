import type { Block } from '../block.ts';
import { placeAt } from '../block.ts';
import { clip } from '../repairs.ts';
import { defineRule } from '../rule.ts';

const id = 'note-list-numbered';

/** A note number glued to the word or stop it follows (`will.1`, `executions,2`): how a PDF's or a page's superscript reads as plain text. */
const GLUED_CALL = /(?<=[\p{Ll}.,;:!?)"'’”])(\d{1,3}|[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3})(?=[\s,;:)]|$)/gu;
const SUPERSCRIPT = '⁰¹²³⁴⁵⁶⁷⁸⁹';
const superscript = (digits: string) => [...digits].map((d) => SUPERSCRIPT[Number(d)]).join('');

/** One note of the list: the block it is in, where its number starts, where its text starts and ends. */
interface Part {
  block: number;
  at: number;
  text: number;
  end: number;
}

/**
 * The list `1. …`, `2. …`, `3. …` a text ends with, with no "Notes" heading over it: each number
 * the next one, at a block's start or after a sentence's end (a list run into one paragraph, or
 * onto the last paragraph's tail), to the end of the text. The longest such list, or none.
 */
function numberedTail(blocks: Block[]): Part[] | undefined {
  let best: Part[] | undefined;
  // The list starts at a `1.` in one of the last blocks: each is tried, from the end back.
  for (let start = blocks.length - 1; start >= Math.max(0, blocks.length - 200); start--) {
    const b = blocks[start]!;
    if (b.kind === 'heading') break;
    const first = b.kind === 'paragraph' || b.kind === 'list-item' ? firstNumber(b.text) : -1;
    if (first < 0) continue;
    const parts = parse(blocks, start, first);
    if (parts && parts.length >= 2 && (!best || parts.length > best.length)) best = parts;
  }
  return best;
}

/** Where `1. ` opens a note in a block: at its start, or after a sentence's end. */
function firstNumber(text: string): number {
  if (/^1[.)]\s+\S/.test(text)) return 0;
  const m = /(?<=[.!?]["'’”)]?\s+)1[.)]\s+(?=[\p{Lu}"“‘(])/u.exec(text);
  return m ? m.index : -1;
}

/** The notes from `blocks[start]` at `from` to the end of the text, numbered 1, 2, 3… with nothing else between. */
function parse(blocks: Block[], start: number, from: number): Part[] | undefined {
  const parts: Part[] = [];
  let n = 1;
  for (let i = start; i < blocks.length; i++) {
    const b = blocks[i]!;
    if (b.kind !== 'paragraph' && b.kind !== 'list-item') return undefined;
    const text = b.text;
    let pos = i === start ? from : 0;
    let here = opensNote(text, pos, n);
    // A block must open with the next number, or go on with the note before (a note of two paragraphs).
    if (!here) {
      const last = parts.at(-1);
      if (!last || last.block !== i - 1 || last.end !== blocks[i - 1]!.text.length) return undefined;
    }
    for (; here; here = pos < text.length ? opensNote(text, pos, n) : null) {
      const textAt = pos + here[0].length;
      // The next number after a sentence's end, followed by a capital: where this note ends.
      const next = new RegExp(`(?<=[.!?]["'’”)]?)\\s+${n + 1}[.)]\\s+(?=[\\p{Lu}"“‘(])`, 'u').exec(text.slice(textAt));
      const end = next ? textAt + next.index : text.length;
      parts.push({ block: i, at: pos, text: textAt, end });
      n++;
      pos = next ? end + next[0].length - next[0].trimStart().length : text.length;
    }
  }
  return parts;
}

/** The number `n.` (or `n)`) and its space, if a note opens with it at `pos`. */
const opensNote = (text: string, pos: number, n: number) => new RegExp(`^${n}[.)]\\s+`).exec(text.slice(pos));

/** The calls 1…k in the text before the list, in order; undefined unless every one is there. */
function findCalls(blocks: Block[], before: number, k: number): Array<{ block: number; at: number; digits: string }> | undefined {
  const calls: Array<{ block: number; at: number; digits: string }> = [];
  let n = 1;
  for (let i = 0; i < before && n <= k; i++) {
    const b = blocks[i]!;
    if (b.kind === 'note') continue;
    for (const m of b.text.matchAll(GLUED_CALL)) {
      if (Number(m[1]!.normalize('NFKC')) !== n) continue;
      calls.push({ block: i, at: m.index ?? 0, digits: m[1]! });
      if (++n > k) break;
    }
  }
  return n > k ? calls : undefined;
}

/** The last two words before a call, whole: the log shows the call in its place. */
function wordsBefore(text: string, at: number): string {
  const start = text.slice(0, at).search(/(?:\S+\s+)?\S*$/);
  return text.slice(Math.max(0, start), at);
}

export const noteListNumbered = defineRule({
  id,
  switchable: true,
  description:
    'A list `1. …`, `2. …` the text ends with, with no "Notes" heading (a PDF article\'s endnotes), becomes footnotes when the text calls each note, in order, by a number glued to a word or its stop (`will.1`, as a superscript reads once extracted); the calls become superscripts, and a list run into one paragraph, or onto the last paragraph, is split at each next number',
  run: {
    blocks(blocks, { log }) {
      if (blocks.some((b) => b.kind === 'note')) return blocks;
      const parts = numberedTail(blocks);
      if (!parts) return blocks;
      const first = parts[0]!;
      // The list's first block, if the list starts inside it, keeps its text before `1.` as a paragraph.
      const before = first.at > 0 ? first.block + 1 : first.block;
      const calls = findCalls(blocks, before, parts.length);
      if (!calls) return blocks;
      for (const c of calls) {
        const b = blocks[c.block]!;
        // A superscript already (`1919.¹`): rule note-call reads it as it is.
        if (!/^\d+$/.test(c.digits)) continue;
        const sup = superscript(c.digits);
        log.log(
          id,
          placeAt(b, c.at),
          c.digits,
          sup,
          `Read \`${clip(wordsBefore(b.text, c.at) + c.digits)}\` as the call of note ${c.digits} of the numbered list the text ends with`,
        );
        b.text = b.text.slice(0, c.at) + sup + b.text.slice(c.at + c.digits.length);
      }
      const out = blocks.slice(0, first.block);
      const head = blocks[first.block]!;
      if (first.at > 0) out.push({ ...head, text: head.text.slice(0, first.at).trimEnd(), source: head.source });
      parts.forEach((p, i) => {
        const b = blocks[p.block]!;
        const at = placeAt(b, p.at);
        const note: Block = {
          kind: 'note',
          noteId: String(i + 1),
          text: b.text.slice(p.text, p.end).trim(),
          spans: [{ offset: 0, line: at.line, column: at.column }],
          source: b.text.slice(p.at, p.end),
          ...(b.underscoreEmphasis ? { underscoreEmphasis: true } : {}),
        };
        out.push(note);
        // Blocks after this note's, up to the next note's, are its further paragraphs.
        const nextBlock = parts[i + 1]?.block ?? blocks.length;
        for (let j = p.block + 1; j < nextBlock; j++) note.text += ` ${blocks[j]!.text}`;
      });
      log.info(id, placeAt(head, first.at), `Read the ${parts.length} numbered paragraphs the text ends with as its notes: the text calls each one, in order`);
      return out;
    },
  },
});
