import type { Block } from '../block.ts';
import { placeAt } from '../block.ts';
import { defineRule } from '../rule.ts';
import { endsSentence, wordCount } from '../text-shape.ts';

const id = 'blank-line-break';

/**
 * A hard-wrapped paragraph that a stray blank line cut in two (OCR, a page break whose folio
 * was removed, a copy and paste): the first part is prose that stops mid-sentence, on lines of
 * prose length, and the second goes on in lower case. Verse (short lines), headings, list
 * items and notes are never joined. A word hyphenated across the cut is left to `split-word`.
 */
export const blankLineBreak = defineRule({
  id,
  switchable: true,
  description:
    'A paragraph cut in two by a blank line inside a sentence (the part before stops mid-sentence on full prose lines, the part after goes on in lower case) is joined; each join logged',
  run: {
    blocks(blocks, { kind, log }) {
      if (kind !== 'pdf-text' && kind !== 'clean') return blocks;
      const out: Block[] = [];
      for (const b of blocks) {
        const before = out[out.length - 1];
        if (!before || !cutInside(before, b)) {
          out.push(b);
          continue;
        }
        const hyphen = /\p{L}-$/u.test(before.text);
        const at = placeAt(b, 0);
        const tail = before.text.slice(-30).replace(/^\S*\s/, '');
        const head = b.text.slice(0, 30).replace(/\s\S*$/, '');
        log.log(
          id,
          at,
          `${tail}\n\n${head}`,
          `${tail}${hyphen ? '' : ' '}${head}`,
          `Unexpected blank line inside a sentence (\`…${tail}\` / \`${head}…\`): the paragraph is joined`,
        );
        out[out.length - 1] = join(before, b, hyphen);
      }
      return out;
    },
  },
});

function cutInside(a: Block, b: Block): boolean {
  if (a.kind !== 'paragraph' || b.kind !== 'paragraph' || a.cand || b.cand || a.lineBreaks || b.lineBreaks) return false;
  if (!/^\p{Ll}/u.test(b.text)) return false;
  // A colon or a dash introduces what the source set apart (a quotation, an example, a figure).
  if (endsSentence(a.text) || /(?:[:;—–]|--)["'”’)]?$/u.test(a.text)) return false;
  // Prose: a dozen words or more, on lines of prose length (verse lines run 20-45 characters).
  const lines = a.source.split('\n').length;
  return wordCount(a.text, 12) >= 12 && a.text.length / lines >= 45;
}

/** `b` appended to `a`: one block, its spans shifted, a line-end hyphen kept for `split-word` to judge. */
function join(a: Block, b: Block, hyphen: boolean): Block {
  const offset = a.text.length + (hyphen ? 0 : 1);
  const spans = [...a.spans, ...b.spans.map((s, k) => ({ ...s, offset: s.offset + offset, ...(k === 0 && hyphen ? { hyphen: true } : {}) }))];
  const { inferredBreak: _, ...rest } = b;
  return {
    ...a,
    ...rest,
    ...(a.inferredBreak ? { inferredBreak: a.inferredBreak } : {}),
    kind: 'paragraph',
    text: hyphen ? a.text + b.text : `${a.text} ${b.text}`,
    spans,
    source: `${a.source}\n\n${b.source}`,
  };
}
