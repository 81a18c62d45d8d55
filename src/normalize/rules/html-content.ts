import { htmlToBlocks } from '../html-input.ts';
import { defineRule } from '../rule.ts';

export const htmlContent = defineRule({
  id: 'html-content',
  switchable: true,
  description:
    'HTML: the main content is picked out (Readability) and each block element becomes a block; the page text left out (navigation, share bar, footer) is logged. Switched off, nothing is logged',
  run: {
    html(source, ctx) {
      return htmlToBlocks(source, ctx);
    },
  },
});
