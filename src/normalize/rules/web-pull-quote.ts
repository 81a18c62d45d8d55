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
 * (up to 300 characters) whose letters and digits stand, in order, inside a longer paragraph
 * within four blocks of it is that repeat, and is dropped; the paragraph keeps the words. A refrain or a
 * line said twice as a whole paragraph is no strict part of a longer one, and stays.
 */
export const webPullQuote = defineRule({
  id,
  switchable: true,
  description:
    'Web copy: a pull quote (a sentence of the text set again in large type: six words or more, ending in a stop or opening with a quotation mark, which stand whole inside a longer paragraph within four blocks) is dropped as a repeat; the paragraph keeps its words',
  run: {
    blocks(blocks, { log, kind }) {
      // Web copy and HTML only: a PDF's text (web-style rules apply to it too) is left alone.
      if ((kind !== 'web-text' && kind !== 'html') || blocks.length < 3) return blocks;
      // Keys made when first needed: most blocks are never a candidate's neighbour.
      const keys: (string | undefined)[] = [];
      const keyOf = (j: number): string => (keys[j] ??= blocks[j]!.kind === 'paragraph' ? titleKey(blocks[j]!.text) : '');
      const out: Block[] = [];
      blocks.forEach((b, i) => {
        if (!isCandidate(b)) return out.push(b);
        // A word of it first, on the raw texts: most sentences stand in no other paragraph, and no key is made for them.
        const probe = longestWords(b.text);
        if (!probe.length || !near(i, blocks.length).some((j) => probe.every((w) => blocks[j]!.text.includes(w)))) return out.push(b);
        const key = keyOf(i);
        if (key.length < 24) return out.push(b);
        const inside = container(key, i, blocks.length, keyOf);
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

/** How far from its paragraph a pull quote stands, in blocks: the search stays linear in the text. */
const NEAR = 4;

/** The blocks within `NEAR` of block `self`, itself aside. */
function near(self: number, n: number): number[] {
  const out: number[] = [];
  for (let j = Math.max(0, self - NEAR); j < Math.min(n, self + NEAR + 1); j++) if (j !== self) out.push(j);
  return out;
}

/**
 * The two longest words of `text` (four letters or more): a paragraph that holds the pull quote
 * holds both, while a neighbour that merely shares one of them (a text's "revolution") is passed
 * over before any key is made (a key per neighbour was most of this rule's cost).
 */
function longestWords(text: string): string[] {
  const words = [...new Set(text.match(/[\p{L}\p{N}]{4,}/gu) ?? [])].sort((a, b) => b.length - a.length);
  return words.slice(0, 2);
}

/** The index of a longer paragraph near block `self` whose key holds `key`, or -1. */
function container(key: string, self: number, n: number, keyOf: (j: number) => string): number {
  for (let j = Math.max(0, self - NEAR); j < Math.min(n, self + NEAR + 1); j++) {
    if (j !== self && keyOf(j).length >= key.length * 1.5 && keyOf(j).includes(key)) return j;
  }
  return -1;
}
