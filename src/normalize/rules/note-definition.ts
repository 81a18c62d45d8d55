import { markNotes } from '../notes.ts';
import { defineRule } from '../rule.ts';

export const noteDefinition = defineRule({
  id: 'note-definition',
  switchable: true,
  description:
    'The notes list at the end (`[n] text`, or `n. text` under a "Notes" heading) becomes footnotes; the "Notes" heading is dropped, and so is a "Notes" or "References" heading left over notes only (in the text\'s language too: "Notas", "Notes et références", "Anmerkungen", "Références", "Bibliografía" …). In a saved web page: an `<ol>` of notes with back-links, and notes anywhere on the page (a blog\'s `<div>`s, an `<aside>`) that a numbered link points to and that link back to it',
  run: {
    blocks(blocks, { log }) {
      return markNotes(blocks, log);
    },
  },
});
