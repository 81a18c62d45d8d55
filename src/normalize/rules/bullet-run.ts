import type { Block, Span } from '../block.ts';
import { placeAt } from '../block.ts';
import { clip } from '../repairs.ts';
import { defineRule } from '../rule.ts';

const id = 'bullet-run';

// A paragraph that opens with a bullet and holds the same bullet again between spaces: a slide's
// or a list's items run together on one line (an export that kept the bullets, not the breaks).
const OPENS = /^([•▪‣◦●■►✓])\s+\S/u;

/** The text of `b` from `from` to `to`, with the source places of that stretch. */
function slice(b: Block, from: number, to: number): Block {
  const text = b.text.slice(from, to).trimEnd();
  const start = placeAt(b, from);
  const spans: Span[] = [{ offset: 0, line: start.line, column: start.column }];
  for (const s of b.spans) if (s.offset > from && s.offset < from + text.length) spans.push({ ...s, offset: s.offset - from });
  return { kind: 'paragraph', text, spans, source: text };
}

export const bulletRun = defineRule({
  id,
  switchable: true,
  description:
    'A paragraph of bullets run together ("• First point. • Second point.", as slides or a list exported to text give them) is split into one list item per bullet',
  run: {
    blocks(blocks, { log }) {
      const out: Block[] = [];
      for (const b of blocks) {
        const m = b.kind === 'paragraph' ? OPENS.exec(b.text) : null;
        const sep = m ? ` ${m[1]} ` : '';
        if (!m || !b.text.includes(sep)) {
          out.push(b);
          continue;
        }
        const cuts = [0];
        for (let at = b.text.indexOf(sep); at >= 0; at = b.text.indexOf(sep, at + 1)) cuts.push(at + 1);
        const parts = cuts.map((c, k) => slice(b, c, k + 1 < cuts.length ? cuts[k + 1]! - 1 : b.text.length));
        log.log(
          id,
          placeAt(b, 0),
          b.text,
          parts.map((p) => p.text).join('\n'),
          `Unexpected ${parts.length} bullets run together in one paragraph \`${clip(b.text)}\`, split into list items`,
        );
        out.push(...parts);
      }
      return out;
    },
  },
});
