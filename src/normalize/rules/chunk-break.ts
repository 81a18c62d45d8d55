import { placeAt } from '../block.ts';
import { clip } from '../repairs.ts';
import { defineRule } from '../rule.ts';

const id = 'chunk-break';

/**
 * In a text whose blank lines mark its paragraphs, a prose paragraph end inside one blank-line
 * chunk (two full lines, a line stopping short at a full stop, a full line opening in a capital):
 * `unwrap` splits the chunk there (a page of pdftotext output between its folio and its notes is
 * one chunk holding several paragraphs); this rule logs each split, and switching it off keeps
 * the chunks whole.
 */
export const chunkBreak = defineRule({
  id,
  switchable: true,
  description:
    'Where blank lines mark the paragraphs, a blank-line chunk that holds a prose paragraph end (two full lines, a line stopping short at a full stop, a full line opening in a capital: a page of pdftotext output) is split there; each split logged',
  run: {
    blocks(blocks, { log }) {
      for (const b of blocks) {
        if (!b.chunkBreak) continue;
        const tail = b.chunkBreak.after.slice(-30);
        const head = b.text.slice(0, 30);
        log.log(
          id,
          placeAt(b, 0),
          `${tail} ${head}`,
          `${tail}\n\n${head}`,
          `Unexpected paragraph end inside a blank-line chunk: \`${clip(tail)}\` stops short at a full stop between full lines, split`,
        );
        delete b.chunkBreak;
      }
      return blocks;
    },
  },
});
