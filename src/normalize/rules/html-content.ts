import { htmlToBlocks } from '../html-input.ts';
import { defineRule } from '../rule.ts';

export const htmlContent = defineRule({
  id: 'html-content',
  switchable: false,
  description: 'HTML: the main content is picked out (Readability) and each block element becomes a block',
  run: {
    html(source, ctx) {
      return htmlToBlocks(source, ctx);
    },
  },
});
