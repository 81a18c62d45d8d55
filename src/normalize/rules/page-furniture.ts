import { dropFurniture } from '../furniture.ts';
import { defineRule } from '../rule.ts';

export const pageFurniture = defineRule({
  id: 'page-furniture',
  switchable: true,
  description:
    'Page numbers ("12", "Page 3 of 9", a browser\'s "3/9"), running heads and feet (a browser\'s printed date, title and page address too, page one\'s included) and form feeds of a hard-wrapped text (or PDF) are dropped',
  run: {
    lines(lines, ctx) {
      return ctx.kind === 'pdf-text' ? dropFurniture(lines, ctx.log) : lines;
    },
  },
});
