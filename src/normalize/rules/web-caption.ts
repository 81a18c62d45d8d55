import { doubledCaption, dropBlocks } from '../clutter.ts';
import { PHOTO_CREDIT, PHOTOGRAPHER } from '../clutter-patterns.ts';
import { clip } from '../repairs.ts';
import { defineRule } from '../rule.ts';
import { wordCount } from '../text-shape.ts';

const id = 'web-caption';

export const webCaption = defineRule({
  id,
  switchable: true,
  description: 'Web copy: a picture caption or credit (or a caption doubled back to back) is dropped: there is no picture in print',
  run: {
    blocks(blocks, { log, web }) {
      if (!web) return blocks;
      return dropBlocks(blocks, log, id, (b) => {
        const t = b.text;
        const twice = doubledCaption(t);
        if (twice) return `Unexpected doubled caption \`${clip(twice)}\` with credit, dropped (no picture in print)`;
        if (t.length <= 220 && (PHOTO_CREDIT.test(t) || (t.endsWith(')') && PHOTOGRAPHER.test(t))) && wordCount(t, 41) <= 40) {
          return `Unexpected picture caption or credit \`${clip(t)}\`, dropped (no picture in print)`;
        }
        return undefined;
      });
    },
  },
});
