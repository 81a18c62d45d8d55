import { placeAt } from '../block.ts';
import { callsIn } from '../inline.ts';
import { definedNotes } from '../notes.ts';
import { defineRule } from '../rule.ts';

const id = 'note-missing';

export const noteMissing = defineRule({
  id,
  switchable: true,
  description: 'A note call with no note in the text stays as text and is reported (finding)',
  run: {
    blocks(blocks, { log }) {
      const notes = definedNotes(blocks);
      for (const b of blocks) {
        const linked = new Set((b.calls ?? []).map((c) => c.at));
        for (const c of callsIn(b.text)) {
          // Superscript digits count as calls only in a text that has notes.
          if (linked.has(c.at) || (!c.bracketed && notes.size === 0)) continue;
          log.log(id, placeAt(b, c.at), c.raw, c.raw, `Unexpected note call \`${c.raw}\`, no note ${c.id} in this text; kept as text`);
        }
      }
      return blocks;
    },
  },
});
