import type { Block } from './block.ts';
import { wordCount } from './text-shape.ts';

/** Body text follows: a paragraph long enough not to be another label. */
function isBody(b: Block | undefined): boolean {
  return !!b && b.kind === 'paragraph' && !b.cand && wordCount(b.text, 12) >= 12;
}

/** The page geometry (PDF input) shows the block's last line filling the measure and running on. */
function runsOn(b: Block, runOn: ReadonlySet<number> | undefined): boolean {
  const last = b.spans[b.spans.length - 1];
  return !!runOn && !!last && runOn.has(last.line);
}

/** Append block `next` to `b` as the rest of the same paragraph. */
function mergeInto(b: Block, next: Block): void {
  const at = b.text.length + 1;
  b.text = `${b.text} ${next.text}`;
  b.spans.push(...next.spans.map((s) => ({ ...s, offset: s.offset + at })));
  b.source = `${b.source}\n${next.source}`;
  delete b.cand;
}

/**
 * Turn heading candidates into headings. ALL CAPS lines are section headings (depth 2). A short
 * title line is a heading when body text follows it, or when another title line and then body
 * text follow: then the first is the section (2) and the second its sub-section (3). A title
 * line that runs on into the next block (lower case, or `runOn` from PDF geometry) rejoins it.
 */
export function settleHeadings(blocks: Block[], runOn?: ReadonlySet<number>): Block[] {
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    if (b.kind !== 'paragraph' || !b.cand) continue;
    const next = blocks[i + 1];
    // A title line whose sentence runs on in lower case was a paragraph's first line.
    if (b.cand === 'title' && next?.kind === 'paragraph' && !next.cand && (/^\p{Ll}/u.test(next.text) || runsOn(b, runOn))) {
      mergeInto(b, next);
      blocks.splice(i + 1, 1);
      continue;
    }
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
