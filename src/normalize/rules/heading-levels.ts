import type { Heading } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import type { Block } from '../block.ts';
import { clip } from '../repairs.ts';
import { defineRule, type RuleContext } from '../rule.ts';

const id = 'heading-levels';

/**
 * The book sets each text's title as H1, so the text's own headings start at H2 and never skip a
 * level (PDF/UA 7.4.2: a reader navigating by headings meets every level in turn). Sources do not
 * keep to that: a Markdown file opens its sections with `#`, a saved page puts an `<h3>` under
 * its title with no `<h2>` above. Levels are shifted so the highest is H2, then each heading is
 * at most one level below the one before; every heading moved is logged. Not switchable: without
 * it the book fails its own PDF/UA check.
 */
export const headingLevels = defineRule({
  id,
  switchable: false,
  description: "A text's headings start at H2 (its title is H1) and never skip a level: `#` sections become H2, an H3 with no H2 before it becomes H2",
  run: {
    blocks(blocks, ctx) {
      const levels = settle(blocks.filter((b) => b.kind === 'heading').map((b) => b.depth ?? 2));
      let i = 0;
      for (const b of blocks) {
        if (b.kind !== 'heading') continue;
        const was = b.depth ?? 2;
        const to = levels[i++]!;
        if (to.level === was) continue;
        b.depth = to.level as 2 | 3;
        report(ctx, b.spans[0] ?? { line: 1, column: 1 }, b.text, was, to);
      }
      return blocks;
    },
    markdown(tree, ctx) {
      const headings: Heading[] = [];
      visit(tree, 'heading', (h: Heading) => {
        headings.push(h);
      });
      const levels = settle(headings.map((h) => h.depth));
      headings.forEach((h, i) => {
        const to = levels[i]!;
        if (to.level === h.depth) return;
        const was = h.depth;
        h.depth = to.level as Heading['depth'];
        report(ctx, h.position?.start ?? { line: 1, column: 1 }, toString(h), was, to);
      });
    },
  },
});

/** Where a heading goes: its new level, and the level of the heading before it (1: the title). */
export interface Settled {
  level: number;
  after: number;
  /** Moved only by the shift that puts the text's highest heading at H2. */
  shifted: boolean;
}

/** The levels the headings take: the highest becomes 2, and none is more than one below the one before. */
export function settle(depths: readonly number[]): Settled[] {
  if (!depths.length) return [];
  const shift = Math.max(0, 2 - Math.min(...depths));
  let previous = 1;
  return depths.map((d) => {
    const level = Math.min(d + shift, previous + 1, 6);
    const out = { level, after: previous, shifted: level === d + shift };
    previous = level;
    return out;
  });
}

function report(ctx: RuleContext, place: { line: number; column: number }, text: string, was: number, to: Settled): void {
  const now = to.level;
  const reason = to.shifted
    ? `Unexpected H${was} \`${clip(text)}\`, set as H${now}: the book's H1 is the text's title, so the text's headings move ${now - was === 1 ? 'one level' : `${now - was} levels`} down`
    : `Unexpected H${was} \`${clip(text)}\` after H${to.after}, set as H${now}: headings never skip a level`;
  ctx.log.log(id, place, `${'#'.repeat(was)} ${text}`, `${'#'.repeat(now)} ${text}`, reason);
}
