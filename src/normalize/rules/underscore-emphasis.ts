import { placeAt } from '../block.ts';
import { UNDERSCORE_EMPHASIS } from '../inline.ts';
import { defineRule } from '../rule.ts';

const id = 'underscore-emphasis';

export const underscoreEmphasis = defineRule({
  id,
  switchable: true,
  description: 'Plain text that marks emphasis as `_word_` (Project Gutenberg) gets emphasis, not escaped underscores',
  run: {
    blocks(blocks, { log, kind }) {
      if (kind === 'html') return blocks;
      for (const b of blocks) {
        if (!b.text.includes('_')) continue;
        for (const m of b.text.matchAll(UNDERSCORE_EMPHASIS)) {
          b.underscoreEmphasis = true;
          log.log(
            id,
            placeAt(b, m.index ?? 0),
            m[0],
            m[1]!,
            `Unexpected \`${m[0].length > 40 ? `${m[0].slice(0, 39)}…` : m[0]}\` in plain text, set as emphasis`,
          );
        }
      }
      return blocks;
    },
  },
});
