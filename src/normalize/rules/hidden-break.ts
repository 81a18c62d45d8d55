import { splitHiddenBreaks } from '../hidden-breaks.ts';
import { defineRule } from '../rule.ts';

export const hiddenBreak = defineRule({
  id: 'hidden-break',
  switchable: true,
  description:
    "A hard-wrapped paragraph ends where a sentence ends on a line of a length this text's full lines seldom have (odds 3:1 or more from its own line lengths), and a paragraph far longer than its usual ones is split where a full line ends a sentence; each split logged",
  run: {
    blocks(blocks, ctx) {
      const shape = ctx.shape;
      if (!shape?.breaksCanHide) return blocks;
      return splitHiddenBreaks(blocks, shape.width, ctx.log);
    },
  },
});
