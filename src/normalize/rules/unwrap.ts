import { placeAt } from '../block.ts';
import { clip } from '../repairs.ts';
import { defineRule } from '../rule.ts';
import { speakerLabels, unwrap as unwrapLines, wrapShape } from '../unwrap.ts';
import { documentVocabulary, splitCandidates } from '../vocabulary.ts';

const id = 'unwrap';

export const unwrap = defineRule({
  id,
  switchable: false,
  description:
    'Hard-wrapped lines are joined into paragraphs; breaks come from blank lines, indents, short lines, headings and a transcript\'s stage directions ("(Applause.)") and an editor\'s bracketed inserts ("[Sidenote: …]") on lines of their own',
  run: {
    shape(lines, ctx) {
      if (ctx.kind !== 'pdf-text') return undefined;
      ctx.shape = { ...wrapShape(lines), inferBreaks: ctx.log.on('hidden-break'), chunkBreaks: ctx.log.on('chunk-break'), stanzas: ctx.log.on('verse-stanza') };
      const speakers = ctx.log.on('speaker-turn') ? speakerLabels(lines) : undefined;
      if (speakers) ctx.shape.speakers = speakers;
      ctx.vocab = documentVocabulary(lines, splitCandidates(lines));
      const blocks = unwrapLines(lines, ctx.shape);
      for (const b of blocks) {
        if (!b.inferredBreak) continue;
        const { odds, after } = b.inferredBreak;
        const before = `${after.slice(-30)} ${b.text.slice(0, 30)}`;
        ctx.log.log(
          'hidden-break',
          placeAt(b, 0),
          before,
          `${after.slice(-30)}\n\n${b.text.slice(0, 30)}`,
          `Unexpected paragraph end at a full line: \`${clip(after.slice(-30))}\` ends a sentence where this text's full lines seldom end (odds ${odds.toFixed(1)}:1), split`,
        );
        delete b.inferredBreak;
      }
      if (blocks.length > 0)
        ctx.log.info(id, { line: 1, column: 1 }, `Unwrapped ${lines.filter((l) => l.text).length} hard-wrapped lines into ${blocks.length} blocks`);
      return blocks;
    },
  },
});
