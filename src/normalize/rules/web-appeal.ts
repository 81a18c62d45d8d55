import { defineRule } from '../rule.ts';
import { APPEAL_MARKER, dropTail } from '../tail.ts';

export const webAppeal = defineRule({
  id: 'web-appeal',
  switchable: true,
  description: 'Web copy: a donation or subscription appeal after the text ("Before you go …"), and all after it, is dropped',
  run: {
    blocks(blocks, { log, web }) {
      return web ? dropTail(blocks, log, 'web-appeal', 'appeal', APPEAL_MARKER) : blocks;
    },
  },
});
