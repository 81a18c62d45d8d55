import type { Block } from '../block.ts';
import { leadingLetters, wordBeforeHyphen } from '../char-class.ts';
import { defineRule, type RuleContext } from '../rule.ts';
import { decideHyphen } from '../split-words.ts';

const id = 'split-word';

export const splitWord = defineRule({
  id,
  switchable: true,
  description: 'A word hyphenated across a line end is joined (`revo-`/`lution`) unless the text or the word list says it is a compound (`co-existence`)',
  run: {
    blocks(blocks, ctx) {
      const vocab = ctx.vocab ?? new Map<string, number>();
      for (const b of blocks) if (b.spans.some((s) => s.hyphen)) mend(b, vocab, ctx.log);
      return blocks;
    },
  },
});

/** Judge each kept line-end hyphen of one block, in source order; then drop the hyphens of joined words. */
function mend(b: Block, vocab: Map<string, number>, log: RuleContext['log']): void {
  const joins: number[] = [];
  for (let k = 1; k < b.spans.length; k++) {
    const s = b.spans[k]!;
    if (!s.hyphen) continue;
    delete s.hyphen;
    const at = s.offset;
    const before = b.text.slice(0, at);
    const left = wordBeforeHyphen(before);
    const right = leadingLetters(b.text.slice(at, at + 64));
    if (!left || !right) continue;
    const d = decideHyphen(left, right, vocab);
    // Log whole tokens: the letters decide, but a token may carry digits or marks too.
    const leftTok = before.slice(before.lastIndexOf(' ') + 1, -1) || left;
    const sp = b.text.indexOf(' ', at);
    const rightTok = b.text.slice(at, sp < 0 ? b.text.length : sp);
    const prev = b.spans[k - 1]!;
    const place = { line: prev.line, column: prev.column + (at - 1 - leftTok.length - prev.offset) };
    const was = `${leftTok}-\n${rightTok}`;
    if (d.keep) {
      log.log(id, place, was, `${leftTok}-${rightTok}`, `Kept hyphen in \`${left}-${right}\` across a line end: ${d.why}`);
      continue;
    }
    log.log(id, place, was, leftTok + rightTok, `Unexpected word split \`${left}-\`/\`${right}\` across a line end, joined as \`${left + right}\` (${d.why})`);
    joins.push(k);
  }
  // From the last join back, so the offsets still to use stay valid.
  for (const k of joins.reverse()) {
    const at = b.spans[k]!.offset;
    b.text = b.text.slice(0, at - 1) + b.text.slice(at);
    for (let j = k; j < b.spans.length; j++) b.spans[j]!.offset--;
  }
}
