import { defineRule } from '../rule.ts';
import { dropTail, TAGS_MARKER } from '../tail.ts';

export const webTags = defineRule({
  id: 'web-tags',
  switchable: true,
  description: 'Web copy: a tag list after the text ("Tagged under: …"), and all after it, is dropped',
  run: {
    blocks(blocks, { log, web }) {
      return web ? dropTail(blocks, log, 'web-tags', 'tag list', TAGS_MARKER) : blocks;
    },
  },
});
