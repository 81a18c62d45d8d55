import { dropBlocks } from '../clutter.ts';
import { SECTION_LABEL } from '../clutter-patterns.ts';
import { defineRule } from '../rule.ts';

const id = 'web-section-label';

export const webSectionLabel = defineRule({
  id,
  switchable: true,
  description: 'Web copy: the site\'s section label above the headline ("Opinion · Transport") is dropped, so it becomes neither a heading nor the source line',
  run: {
    blocks(blocks, { log, web }) {
      if (!web) return blocks;
      return dropBlocks(blocks, log, id, (b, { index, top }) =>
        top && index < 4 && b.text.length <= 60 && SECTION_LABEL.test(b.text)
          ? `Unexpected section label \`${b.text}\` above the text, dropped as site navigation`
          : undefined,
      );
    },
  },
});
