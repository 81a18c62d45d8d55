import { toString } from 'mdast-util-to-string';
import { dropBlocks, isTitleRepeat, titleKey } from '../clutter.ts';
import { clip } from '../repairs.ts';
import { defineRule } from '../rule.ts';

const id = 'title-repeat';

export const titleRepeat = defineRule({
  id,
  switchable: true,
  description: 'A line at the top that repeats the manifest title is dropped (the template prints the title)',
  run: {
    blocks(blocks, { log, options }) {
      const title = options.title;
      if (!title) return blocks;
      return dropBlocks(blocks, log, id, (b, { top }) =>
        top && isTitleRepeat(b.text, title)
          ? `Unexpected title line \`${clip(b.text)}\` repeating the title, dropped (the template prints the title)`
          : undefined,
      );
    },
    markdown(tree, { log, options }) {
      const first = tree.children[0];
      if (!options.title || first?.type !== 'heading' || titleKey(toString(first)) !== titleKey(options.title)) return;
      const text = toString(first);
      log.log(
        id,
        first.position?.start ?? { line: 1, column: 1 },
        text,
        '',
        `Unexpected title heading \`${clip(text)}\` repeating the title, dropped (the template prints the title)`,
      );
      tree.children.shift();
    },
  },
});
