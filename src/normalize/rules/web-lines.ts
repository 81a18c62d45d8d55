import { defineRule } from '../rule.ts';
import { splitLines } from '../unwrap.ts';

export const webLines = defineRule({
  id: 'web-lines',
  switchable: false,
  description: 'Web copy and clean text: each non-blank line is a block; short title lines may become headings',
  run: {
    shape(lines) {
      return splitLines(lines);
    },
  },
});
