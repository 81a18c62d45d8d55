import { callsIn } from '../inline.ts';
import { definedNotes } from '../notes.ts';
import { defineRule } from '../rule.ts';

export const noteCall = defineRule({
  id: 'note-call',
  switchable: true,
  description: 'A note call (`[3]`, `³`) whose note the text defines becomes a footnote reference',
  run: {
    blocks(blocks) {
      const notes = definedNotes(blocks);
      if (notes.size === 0) return blocks;
      for (const b of blocks) {
        if (b.kind === 'note') continue;
        const calls = callsIn(b.text).filter((c) => notes.has(c.id));
        if (calls.length) b.calls = calls.map((c) => ({ at: c.at, length: c.raw.length, id: c.id }));
      }
      return blocks;
    },
  },
});
