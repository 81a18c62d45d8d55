import { splitHiddenBreaks } from '../hidden-breaks.ts';
import { defineRule } from '../rule.ts';

export const hiddenBreak = defineRule({
  id: 'hidden-break',
  switchable: true,
  description: 'A hard-wrapped paragraph far longer than this text\'s usual ones is split where a full line ends a sentence, when two paragraphs are likelier',
  run: {
    blocks(blocks, ctx) {
      const shape = ctx.shape;
      if (!shape?.breaksCanHide) return blocks;
      return splitHiddenBreaks(blocks, shape.width, ctx.log);
    },
  },
});
