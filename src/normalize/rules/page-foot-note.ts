import { setAsideFootNotes } from '../page-notes.ts';
import { defineRule } from '../rule.ts';

const id = 'page-foot-note';

export const pageFootNote = defineRule({
  id,
  switchable: true,
  description:
    "PDF text: a footnote at the page foot (its number, then its text, after a call with that number) is set aside to the end as a note, numbered through the text, and its call points to it, instead of landing mid-sentence; a note marked `*`, `†` or `‡` too, with its call, or without one where it cut a sentence in two; a note's raised number read apart from its text (before a whole column, as pdftotext reads a two-column page) is put back with the short text the page ends with",
  run: {
    lines(lines, ctx) {
      return ctx.kind === 'pdf-text' ? setAsideFootNotes(lines, ctx.log, id) : lines;
    },
  },
});
