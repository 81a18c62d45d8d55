import { dropBlocks } from '../clutter.ts';
import { DATE_STAMP, isTimeStamp } from '../clutter-patterns.ts';
import { defineRule } from '../rule.ts';

const id = 'web-date';

export const webDate = defineRule({
  id,
  switchable: true,
  description:
    'Web copy: a date stamp above the text ("Published 12 May 2021", a time stamp such as "PUBLISHED: 10:48, Tue, Nov 19, 2019" or "Updated Nov 19, 9:41 AM;Posted Nov 18, 8:19 PM") is dropped',
  run: {
    blocks(blocks, { log, web, kind }) {
      if (!web) return blocks;
      return dropBlocks(blocks, log, id, (b, { top }) =>
        top && (DATE_STAMP.test(b.text) || (kind !== 'pdf-text' && isTimeStamp(b.text)))
          ? `Unexpected date stamp \`${b.text}\` above the text, dropped`
          : undefined,
      );
    },
  },
});
