import { defineRule } from '../rule.ts';
import { dropTail } from '../tail.ts';

export const webNav = defineRule({
  id: 'web-nav',
  switchable: true,
  description:
    'Web copy: site navigation after the text ("Most read", "Related articles", "Lire aussi", "Читайте также", comments), and all after it, is dropped',
  run: {
    blocks(blocks, { log, web }) {
      return web ? dropTail(blocks, log, 'web-nav', 'site navigation', /^/) : blocks;
    },
  },
});
