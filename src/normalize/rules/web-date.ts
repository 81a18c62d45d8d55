import { dropBlocks } from '../clutter.ts';
import { DATE_STAMP } from '../clutter-patterns.ts';
import { defineRule } from '../rule.ts';

const id = 'web-date';

export const webDate = defineRule({
  id,
  switchable: true,
  description: 'Web copy: a date stamp above the text ("Published 12 May 2021") is dropped',
  run: {
    blocks(blocks, { log, web }) {
      if (!web) return blocks;
      return dropBlocks(blocks, log, id, (b, { top }) =>
        top && DATE_STAMP.test(b.text) ? `Unexpected date stamp \`${b.text}\` above the text, dropped` : undefined,
      );
    },
  },
});
