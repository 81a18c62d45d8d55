import type { Block } from './block.ts';
import { placeAt } from './block.ts';
import type { Repairs } from './repairs.ts';
import { wordCount } from './text-shape.ts';

/** Letters and digits only, lower case: for comparing a line with the manifest title. */
export function titleKey(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/[^\p{L}\p{N}]+/gu, '')
    .toLowerCase();
}

/** "X. Photo: Y X. Photo: Y" or "X X. Source: Y": the caption text repeated back to back. */
export function doubledCaption(s: string): string | undefined {
  if (s.length > 600 || s.length < 24) return undefined;
  const probe = s.slice(0, 12);
  let k = s.indexOf(probe, 12);
  while (k > 0) {
    const first = s.slice(0, k).trim();
    if (first.length >= 12 && s.slice(k).startsWith(first.replace(/[.\s]+$/, ''))) return first;
    k = s.indexOf(probe, k + 1);
  }
  return undefined;
}

/** Where a block stands relative to the top of the text. */
export interface Where {
  index: number;
  /** Among the first eight blocks, before the first paragraph of body text. */
  top: boolean;
  /** Among the first ten blocks. */
  nearTop: boolean;
}

/**
 * Drop the blocks `test` gives a reason for, logging each with its full source text. The top of
 * the text is everything before the first real paragraph (15 words or more), at most 8 blocks.
 */
export function dropBlocks(blocks: Block[], r: Repairs, rule: string, test: (b: Block, where: Where) => string | undefined): Block[] {
  const head = Math.min(blocks.length, 8);
  const out: Block[] = [];
  let body = false;
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    const reason = test(b, { index: i, top: !body && i < head, nearTop: i < head + 2 });
    if (reason) {
      r.log(rule, placeAt(b, 0), b.source, '', reason);
      continue;
    }
    if (!body && wordCount(b.text, 15) >= 15) body = true;
    out.push(b);
  }
  return out;
}

/** The line repeats the title, possibly after a section label ("Special | Title"). */
export function isTitleRepeat(line: string, title: string): boolean {
  const key = titleKey(title);
  if (!key) return false;
  if (titleKey(line) === key) return true;
  const bar = line.lastIndexOf('|');
  return bar > 0 && titleKey(line.slice(bar + 1)) === key;
}
