import { defineRule } from '../rule.ts';
import { markBulletItems } from '../tree.ts';

export const listItems = defineRule({
  id: 'list-items',
  switchable: false,
  description:
    'Runs of blocks that start with a bullet (`•`, `-`, `*`) become a list, and runs of two blocks or more numbered one after the other (`1.`, `2.`, `3.`) a numbered list',
  run: {
    blocks(blocks) {
      markBulletItems(blocks);
      return blocks;
    },
  },
});
