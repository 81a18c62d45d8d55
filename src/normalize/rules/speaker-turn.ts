import { placeAt } from '../block.ts';
import { clip } from '../repairs.ts';
import { defineRule } from '../rule.ts';

const id = 'speaker-turn';

/**
 * A transcript's turns: where two speakers' names or more open lines before a colon, twice or
 * more each ("Adam Stacoviak: …", "Q: …"), `unwrap` starts a block at each such line, however
 * full the line before it (a turn that ends on a full line ran into the next one). This rule
 * logs each split nothing else made; switching it off leaves the turns to the line shapes.
 */
export const speakerTurn = defineRule({
  id,
  switchable: true,
  description:
    'A hard-wrapped transcript: a line opening with a speaker\'s name and a colon ("Adam Stacoviak:", "Q:"), names that open two lines or more each, starts a paragraph however full the line before; each split logged',
  run: {
    blocks(blocks, { log }) {
      for (const b of blocks) {
        if (!b.turnBreak) continue;
        const tail = b.turnBreak.after.slice(-30);
        const head = b.text.slice(0, 30);
        log.log(id, placeAt(b, 0), `${tail} ${head}`, `${tail}\n\n${head}`, `Unexpected speaker's turn \`${clip(head)}\` inside a paragraph, split before it`);
        delete b.turnBreak;
      }
      return blocks;
    },
  },
});
