import { markNotes } from '../notes.ts';
import { defineRule } from '../rule.ts';

export const noteDefinition = defineRule({
  id: 'note-definition',
  switchable: true,
  description: 'The notes list at the end (`[n] text`, or `n. text` under a "Notes" heading) becomes footnotes; the "Notes" heading is dropped',
  run: {
    blocks(blocks, { log }) {
      return markNotes(blocks, log);
    },
  },
});
