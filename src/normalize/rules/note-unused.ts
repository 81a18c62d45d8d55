import type { Block } from '../block.ts';
import { placeAt } from '../block.ts';
import { defineRule } from '../rule.ts';

export const noteUnused = defineRule({
  id: 'note-unused',
  switchable: false,
  description: 'A note that no call points to is kept at the end and reported (finding)',
  run: {
    blocks(blocks, { log }) {
      const called = new Set<string>();
      for (const b of blocks) for (const c of b.calls ?? []) called.add(c.id);
      const first = new Map<string, Block>();
      for (const b of blocks) if (b.kind === 'note' && b.noteId && !first.has(b.noteId)) first.set(b.noteId, b);
      for (const [n, b] of first) if (!called.has(n)) log.note('note-unused', placeAt(b, 0), `Unexpected note ${n} that no call points to, kept at the end`);
      return blocks;
    },
  },
});
