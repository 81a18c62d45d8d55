import type { Block } from './block.ts';
import { wordCount } from './text-shape.ts';

/** Body text follows: a paragraph long enough not to be another label. */
function isBody(b: Block | undefined): boolean {
  return !!b && b.kind === 'paragraph' && !b.cand && wordCount(b.text, 12) >= 12;
}

/**
 * Turn heading candidates into headings. ALL CAPS lines are section headings (depth 2). A short
 * title line is a heading when body text follows it, or when another title line and then body
 * text follow: then the first is the section (2) and the second its sub-section (3).
 */
export function settleHeadings(blocks: Block[]): Block[] {
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    if (b.kind !== 'paragraph' || !b.cand) continue;
    const next = blocks[i + 1];
    if (b.cand === 'caps') {
      b.kind = 'heading';
      b.depth = 2;
    } else if (isBody(next) || next?.kind === 'list-item') {
      b.kind = 'heading';
      b.depth = blocks[i - 1]?.kind === 'heading' && blocks[i - 1]?.depth === 2 && blocks[i - 1]?.cand === 'title' ? 3 : 2;
    } else if (next?.cand === 'title' && isBody(blocks[i + 2])) {
      b.kind = 'heading';
      b.depth = 2;
    }
    if (b.kind === 'heading') b.text = b.text.replace(/\s+/g, ' ').trim();
  }
  for (const b of blocks) if (b.kind === 'heading' && !b.depth) b.depth = 2;
  return blocks;
}
