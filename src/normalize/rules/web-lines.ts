import { placeAt } from '../block.ts';
import { clip } from '../repairs.ts';
import { defineRule } from '../rule.ts';
import { splitLines } from '../unwrap.ts';

const id = 'web-lines';

export const webLines = defineRule({
  id,
  switchable: false,
  description:
    'Web copy and clean text: each non-blank line is a block, unless it plainly goes on from the line above (indented under it, or a lower-case word after no stop); short title lines may become headings',
  run: {
    shape(lines, ctx) {
      return splitLines(lines, (b, n) =>
        ctx.log.info(id, placeAt(b, 0), `Kept ${n} lines as one block from \`${clip(b.text, 40)}\`: each goes on from the line above`),
      );
    },
  },
});
