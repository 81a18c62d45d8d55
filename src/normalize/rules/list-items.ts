import { defineRule } from '../rule.ts';
import { markBulletItems } from '../tree.ts';

export const listItems = defineRule({
  id: 'list-items',
  switchable: false,
  description: 'Runs of blocks that start with a bullet (`•`, `-`, `*`) become a list',
  run: {
    blocks(blocks) {
      markBulletItems(blocks);
      return blocks;
    },
  },
});
