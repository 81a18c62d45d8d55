import { dropBlocks } from '../clutter.ts';
import { SERIES_NAV } from '../clutter-patterns.ts';
import { clip } from '../repairs.ts';
import { defineRule } from '../rule.ts';

const id = 'web-series-nav';

export const webSeriesNav = defineRule({
  id,
  switchable: true,
  description: 'Web copy: links to the other parts of a series ("Part One: …") are dropped',
  run: {
    blocks(blocks, { log, web }) {
      if (!web) return blocks;
      return dropBlocks(blocks, log, id, (b) =>
        b.text.length <= 120 && SERIES_NAV.test(b.text) ? `Unexpected series link \`${clip(b.text)}\`, dropped as site navigation` : undefined,
      );
    },
  },
});
