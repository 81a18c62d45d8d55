import { defineRule } from '../rule.ts';
import { unwrap as unwrapLines, wrapShape } from '../unwrap.ts';
import { documentVocabulary, splitCandidates } from '../vocabulary.ts';

const id = 'unwrap';

export const unwrap = defineRule({
  id,
  switchable: false,
  description: 'Hard-wrapped lines are joined into paragraphs; breaks come from blank lines, indents, short lines and headings',
  run: {
    shape(lines, ctx) {
      if (ctx.kind !== 'pdf-text') return undefined;
      ctx.shape = wrapShape(lines);
      ctx.vocab = documentVocabulary(lines, splitCandidates(lines));
      const blocks = unwrapLines(lines, ctx.shape);
      if (blocks.length > 0) ctx.log.info(id, { line: 1, column: 1 }, `Unwrapped ${lines.filter((l) => l.text).length} hard-wrapped lines into ${blocks.length} blocks`);
      return blocks;
    },
  },
});
