import type { Block } from './block.ts';
import { placeAt } from './block.ts';
import { TAIL_MARKER } from './clutter-patterns.ts';
import { clip, type Repairs } from './repairs.ts';

/**
 * The trailing block of site furniture: from the first block in the last 40% of the text that
 * matches `TAIL_MARKER` and `kind` to the end. Each dropped block is logged as `rule`.
 */
export function dropTail(blocks: Block[], r: Repairs, rule: string, what: string, kind: RegExp): Block[] {
  const from = Math.floor(blocks.length * 0.6);
  for (let i = Math.max(1, from); i < blocks.length; i++) {
    const t = blocks[i]!.text;
    if (!TAIL_MARKER.test(t) || !kind.test(t)) continue;
    for (const b of blocks.slice(i)) {
      r.log(rule, placeAt(b, 0), b.source, '', `Unexpected ${what} \`${clip(b.text)}\` after the text (from \`${clip(t, 30)}\`), dropped`);
    }
    return blocks.slice(0, i);
  }
  return blocks;
}

/** Markers of a donation or subscription appeal. */
export const APPEAL_MARKER =
  /^(?:before you go|support us|donate|subscribe|sign up|support (?:our|independent|quality) journalism|(?:we|this site) (?:rely|relies|depend|depends) on|become a (?:member|supporter|patron|subscriber)|make a (?:donation|contribution)|if you (?:value|like|liked|enjoyed|appreciate)|can you (?:chip in|help us|support)|please (?:consider )?(?:support|donate|subscribe))/i;
/** Markers of a tag list. */
export const TAGS_MARKER = /^(?:tagged under|tags|topics|related topics|filed under)/i;
