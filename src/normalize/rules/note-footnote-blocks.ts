import type { Block } from '../block.ts';
import { placeAt } from '../block.ts';
import { clip } from '../repairs.ts';
import { defineRule } from '../rule.ts';

const id = 'note-footnote-blocks';

/** Project Gutenberg's plain-text footnote: `[Footnote 1: …]` (or `[Footnote A: …]`), a block of its own after the passage that calls it. */
const FOOTNOTE = /^\[Footnote\s+(\d{1,3}|[A-Za-z]{1,2})\s*:\s*([\s\S]*?)\]?\s*$/;

/**
 * Footnotes set as Project Gutenberg's plain texts set them: `text.[1]` in a paragraph and
 * `[Footnote 1: …]` as a block after it, numbered again in each chapter or letter. Each
 * becomes a note of the text, bound to the nearest call before it with its label; the notes
 * are numbered 1, 2, 3… through the text (the calls renumbered with them, each logged), since
 * a book's "1" in every chapter would be one note.
 */
export const noteFootnoteBlocks = defineRule({
  id,
  switchable: true,
  description:
    "Project Gutenberg's plain-text footnotes (`[Footnote 1: …]` blocks after the passage that calls them with `[1]`, numbered again in each chapter) become footnotes, each bound to the nearest call before it and numbered through the text",
  run: {
    blocks(blocks, { log }) {
      if (!blocks.some((b) => b.text.startsWith('[Footnote'))) return blocks;
      let number = 0;
      // Calls already bound, by block and offset, so two notes "1" bind two calls.
      const bound = new Set<string>();
      for (let i = 0; i < blocks.length; i++) {
        const b = blocks[i]!;
        const m = b.kind === 'paragraph' || b.kind === 'list-item' ? FOOTNOTE.exec(b.text) : null;
        if (!m) continue;
        const label = m[1]!;
        const call = nearestCall(blocks, i, label, bound);
        const n = String(++number);
        log.log(id, placeAt(b, 0), `[Footnote ${label}:`, `[^${n}]:`, `Read the footnote block \`${clip(m[0])}\` as note ${n}`);
        b.kind = 'note';
        b.noteId = n;
        b.text = m[2]!.trim();
        b.cand = undefined;
        if (!call) {
          log.note(id, placeAt(b, 0), `Unexpected footnote \`${clip(m[0])}\` with no call \`[${label}]\` before it: kept as note ${n}`);
          continue;
        }
        bound.add(`${call.block}:${call.at}`);
        const c = blocks[call.block]!;
        const raw = `[${label}]`;
        if (label !== n) {
          log.log(id, placeAt(c, call.at), raw, `[${n}]`, `Numbered the call \`${raw}\` as ${n}: the text's footnotes are numbered through it`);
          c.text = c.text.slice(0, call.at) + `[${n}]` + c.text.slice(call.at + raw.length);
        }
      }
      return blocks;
    },
  },
});

/** The last call `[label]` before block `before`, not yet bound to a note, within the passage (up to 40 blocks back). */
function nearestCall(blocks: Block[], before: number, label: string, bound: Set<string>): { block: number; at: number } | undefined {
  const raw = `[${label}]`;
  for (let j = before - 1; j >= Math.max(0, before - 40); j--) {
    const b = blocks[j]!;
    if (b.kind === 'note' || FOOTNOTE.test(b.text)) continue;
    for (let at = b.text.lastIndexOf(raw); at >= 0; at = at > 0 ? b.text.lastIndexOf(raw, at - 1) : -1) {
      if (!bound.has(`${j}:${at}`)) return { block: j, at };
    }
  }
  return undefined;
}
