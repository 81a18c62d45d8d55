import { dropBlocks } from '../clutter.ts';
import { BYLINE } from '../clutter-patterns.ts';
import { clip } from '../repairs.ts';
import { defineRule } from '../rule.ts';

const id = 'web-byline';

export const webByline = defineRule({
  id,
  switchable: true,
  description: 'Web copy: a byline near the top ("by Jane Doe") is dropped (the template prints the author)',
  run: {
    blocks(blocks, { log, web }) {
      if (!web) return blocks;
      return dropBlocks(blocks, log, id, (b, { nearTop }) => (nearTop && b.text.length <= 160 && BYLINE.test(b.text) ? `Unexpected byline \`${clip(b.text)}\`, dropped (the template prints the author)` : undefined));
    },
  },
});
