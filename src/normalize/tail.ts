import type { Block } from './block.ts';
import { placeAt } from './block.ts';
import { INSET_MARKER, TAIL_MARKER } from './clutter-patterns.ts';
import { isReferenceEntry, referencesAfter } from './page-body.ts';
import { clip, type Repairs } from './repairs.ts';
import { endsSentence, wordCount } from './text-shape.ts';

/**
 * The trailing block of site furniture: from the first block in the last 40% of the text that
 * matches `marker` (by default `TAIL_MARKER`) and `kind` to the end. Each dropped block is logged as `rule`. A link
 * set inside the article ("Read more", "Related stories" over a headline or two) looks the same:
 * when the text goes on in paragraphs right after it, only the marker line is dropped.
 */
export function dropTail(blocks: Block[], r: Repairs, rule: string, what: string, kind: RegExp, marker: RegExp = TAIL_MARKER): Block[] {
  const from = Math.floor(blocks.length * 0.6);
  let out = blocks;
  for (let i = Math.max(1, from); i < out.length; i++) {
    const t = out[i]!.text;
    if (!marker.test(t) || !kind.test(t)) continue;
    // "Further reading" over books, not over the site's other articles: the text's own list.
    if (referencesFollow(out, i)) continue;
    // A marker above most of the text's prose (a share bar or a newsletter box over the article
    // of a whole page copied) starts no tail: a tail never holds most of the text.
    if ((INSET_MARKER.test(t) && goesOn(out, i)) || mostOfTheText(out, i)) {
      const b = out[i]!;
      r.log(rule, placeAt(b, 0), b.source, '', `Unexpected ${what} \`${clip(b.text)}\` inside the text (paragraphs follow it), dropped alone`);
      out = [...out.slice(0, i), ...out.slice(i + 1)];
      i--;
      continue;
    }
    const blocks = out;
    // A references list among what follows is the text's (rule web-references).
    const refs = r.on('web-references') ? referencesAfter(blocks, i + 1, blocks.length) : undefined;
    if (refs) blocks[refs.start]!.references = refs.end - refs.start - 1;
    blocks.slice(i).forEach((b, k) => {
      if (refs && i + k >= refs.start && i + k < refs.end) return;
      r.log(rule, placeAt(b, 0), b.source, '', `Unexpected ${what} \`${clip(b.text)}\` after the text (from \`${clip(t, 30)}\`), dropped`);
    });
    return refs ? [...blocks.slice(0, i), ...blocks.slice(refs.start, refs.end)] : blocks.slice(0, i);
  }
  return out;
}

/** Two or more of the (up to eight) blocks after `i`, and most of them, are references. */
function referencesFollow(blocks: Block[], i: number): boolean {
  const next = blocks.slice(i + 1, i + 9).filter((b) => b.kind === 'paragraph' || b.kind === 'list-item');
  const refs = next.filter((b) => isReferenceEntry(b.text)).length;
  return refs >= 2 && refs * 3 >= next.length * 2;
}

/**
 * The blocks after `i` hold more words of prose (paragraphs of 25 words or more that end a
 * sentence) than the blocks before it, and an article's worth (150). Prose only: a whole page
 * copied has its menus, a hundred short lines, before the article.
 */
function mostOfTheText(blocks: Block[], i: number): boolean {
  const before = proseWords(blocks, 0, i, Infinity);
  const after = proseWords(blocks, i + 1, blocks.length, Math.max(before, 150));
  return after >= 150 && after > before;
}

/** Words in the paragraphs of prose of blocks `from` to `to`, counted until past `enough`. */
function proseWords(blocks: Block[], from: number, to: number, enough: number): number {
  let n = 0;
  for (let k = from; k < to && n <= enough; k++) {
    const b = blocks[k]!;
    if (b.kind !== 'paragraph' || !endsSentence(b.text)) continue;
    const w = wordCount(b.text, 100000);
    if (w >= 25) n += w;
  }
  return n;
}

/** Two paragraphs of prose (25 words or more, ending a sentence), or one of 40 words or more, within the four blocks after `i`. */
function goesOn(blocks: Block[], i: number): boolean {
  let prose = 0;
  let long = false;
  for (const b of blocks.slice(i + 1, i + 5)) {
    if (wordCount(b.text, 25) < 25 || !endsSentence(b.text)) continue;
    prose++;
    long ||= wordCount(b.text, 40) >= 40;
  }
  // Or one long paragraph: the article's last, after a link set inside it.
  return prose >= 2 || long;
}

/** Markers of a donation or subscription appeal. */
export const APPEAL_MARKER =
  /^(?:before you go|support us|donate|subscribe|sign up|support (?:our|independent|quality) journalism|(?:we|this site) (?:rely|relies|depend|depends) on|become a (?:member|supporter|patron|subscriber)|make a (?:donation|contribution)|if you (?:value|like|liked|enjoyed|appreciate)|can you (?:chip in|help us|support)|please (?:consider )?(?:support|donate|subscribe))/i;
/** Markers of a tag list. */
export const TAGS_MARKER = /^(?:tagged under|tags|topics|related topics|filed under)/i;
