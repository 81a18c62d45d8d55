import { dropFurniture } from '../furniture.ts';
import { defineRule } from '../rule.ts';

export const pageFurniture = defineRule({
  id: 'page-furniture',
  switchable: true,
  description: 'Page numbers, running heads and feet, and form feeds of a hard-wrapped text (or PDF) are dropped',
  run: {
    lines(lines, ctx) {
      return ctx.kind === 'pdf-text' ? dropFurniture(lines, ctx.log) : lines;
    },
  },
});
