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
    blocks(blocks, { log, web, front }) {
      if (!web) return blocks;
      return dropBlocks(blocks, log, id, (b, { nearTop }) => {
        if (!nearTop || b.text.length > 160 || !BYLINE.test(b.text)) return undefined;
        // The byline is a fact about the text: offered to `reader init` and the introduction.
        front.author ??= b.text.replace(/^(?:written\s+)?by\s+/i, '').split(/\s*(?:,|\|)\s*/)[0];
        return `Unexpected byline \`${clip(b.text)}\`, dropped (the template prints the author)`;
      });
    },
  },
});
