import { settleHeadings } from '../headings.ts';
import { defineRule } from '../rule.ts';

export const heading = defineRule({
  id: 'heading',
  switchable: false,
  description:
    'ALL CAPS lines, and short title lines followed by body text, become headings; a title line that runs on rejoins its paragraph; "CHAPTER IV." and its title on the next line are one heading',
  run: {
    blocks(blocks, { runOn, log }) {
      return settleHeadings(blocks, runOn, log);
    },
  },
});
