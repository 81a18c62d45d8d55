import { dropCatchwords } from '../catchwords.ts';
import { defineRule } from '../rule.ts';

const id = 'catchword';

export const catchword = defineRule({
  id,
  switchable: true,
  description:
    "Hard-wrapped text (or PDF): an old book's catchword (the next page's first word printed alone at the page foot) is dropped, so the word is not read twice and the page's notes and folio are seen as its foot",
  run: {
    lines(lines, ctx) {
      return ctx.kind === 'pdf-text' ? dropCatchwords(lines, ctx.log, id) : lines;
    },
  },
});
