import { dropBlocks } from '../clutter.ts';
import { SHARE_BUTTON } from '../clutter-patterns.ts';
import { defineRule } from '../rule.ts';

const id = 'web-share';

export const webShare = defineRule({
  id,
  switchable: true,
  description: 'Web copy: share buttons left as text ("Tweet", "Email") are dropped',
  run: {
    blocks(blocks, { log, web }) {
      if (!web) return blocks;
      return dropBlocks(blocks, log, id, (b) => (SHARE_BUTTON.test(b.text) ? `Unexpected share button \`${b.text}\`, dropped` : undefined));
    },
  },
});
