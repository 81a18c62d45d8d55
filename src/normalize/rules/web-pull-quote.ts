import type { Block } from '../block.ts';
import { placeAt } from '../block.ts';
import { titleKey } from '../clutter.ts';
import { clip } from '../repairs.ts';
import { defineRule } from '../rule.ts';
import { wordCount } from '../text-shape.ts';

const id = 'web-pull-quote';

/** The longest pull quote: a sentence or two set in large type, not a paragraph. */
const MAX = 300;

/**
 * Web copy and HTML: a pull quote, a sentence of the text set again in large type between its
 * paragraphs, copies as a paragraph of its own and reads twice. A sentence of six words or more
 * (up to 300 characters) whose letters and digits stand, in order, inside a longer paragraph of
 * the same text is that repeat, and is dropped; the paragraph keeps the words. A refrain or a
 * line said twice as a whole paragraph is no strict part of a longer one, and stays.
 */
export const webPullQuote = defineRule({
  id,
  switchable: true,
  description:
    'Web copy: a pull quote (a sentence of the text set again in large type: six words or more, ending in a stop or opening with a quotation mark, which stand whole inside a longer paragraph of the same text) is dropped as a repeat; the paragraph keeps its words',
  run: {
    blocks(blocks, { log, web }) {
      if (!web || blocks.length < 3) return blocks;
      const keys = blocks.map((b) => (b.kind === 'paragraph' ? titleKey(b.text) : ''));
      // Every paragraph's key in one string, each starting at `starts[i]`: one search per candidate.
      const starts: number[] = [];
      let joined = '';
      for (const k of keys) {
        starts.push(joined.length);
        joined += `${k}\u0000`;
      }
      const out: Block[] = [];
      blocks.forEach((b, i) => {
        const key = keys[i]!;
        if (!isCandidate(b) || key.length < 24) return out.push(b);
        const inside = container(key, i, joined, starts, keys);
        if (inside < 0) return out.push(b);
        log.log(
          id,
          placeAt(b, 0),
          b.source,
          '',
          `Unexpected pull quote \`${clip(b.text)}\`, a repeat of words in the paragraph at line ${placeAt(blocks[inside]!, 0).line}, dropped`,
        );
      });
      return out;
    },
  },
});

/**
 * A sentence on its own: it ends in a stop or opens with a quotation mark. A heading whose words
 * the text says again, a list's line ('1 cup blueberries'), a product's name are none.
 */
function isCandidate(b: Block): boolean {
  if (b.kind !== 'paragraph' || b.lineBreaks || b.stanza || b.text.length > MAX || wordCount(b.text, 6) < 6) return false;
  return /^["'“‘«„]/u.test(b.text) || /[.!?…]["'”’»)]?$/u.test(b.text);
}

/** The index of a longer paragraph whose key holds `key`, or -1. */
function container(key: string, self: number, joined: string, starts: number[], keys: string[]): number {
  for (let at = joined.indexOf(key); at >= 0; at = joined.indexOf(key, at + 1)) {
    // The block the match starts in (binary search over the starts).
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= at) lo = mid;
      else hi = mid - 1;
    }
    if (lo !== self && keys[lo]!.length >= key.length * 1.5 && at + key.length <= starts[lo]! + keys[lo]!.length) return lo;
  }
  return -1;
}
