import { markReferenceList } from '../notes.ts';
import { defineRule } from '../rule.ts';

export const referenceList = defineRule({
  id: 'reference-list',
  switchable: false,
  description: 'Blocks under a "References" or "Bibliography" heading become a list',
  run: {
    blocks(blocks) {
      return markReferenceList(blocks);
    },
  },
});
