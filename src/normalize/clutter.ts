import type { Block } from './block.ts';
import { placeAt } from './block.ts';
import { BYLINE, DATE_STAMP, EDITOR_NOTE, PHOTO_CREDIT, PHOTOGRAPHER, SERIES_NAV, SHARE_BUTTON, TAIL_MARKER } from './clutter-patterns.ts';
import { clip, type Repairs } from './repairs.ts';
import { wordCount } from './text-shape.ts';

/** Letters and digits only, lower case: for comparing a line with the manifest title. */
export function titleKey(s: string): string {
  return s.normalize('NFKD').replace(/[^\p{L}\p{N}]+/gu, '').toLowerCase();
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

function drop(r: Repairs, rule: string, b: Block, reason: string): void {
  r.log(rule, placeAt(b, 0), b.source, '', reason);
}

/**
 * Remove web clutter around the article: date stamps, repeated title, byline above the text,
 * captions and credits, series navigation, editor's notes, the trailing block of site furniture
 * and the author bio. Each dropped block is logged with its full text.
 */
export function dropClutter(blocks: Block[], r: Repairs, title: string | undefined, web: boolean): Block[] {
  let out = blocks;
  // Top of the text: everything before the first real paragraph.
  const head = Math.min(out.length, 8);
  const keep: Block[] = [];
  let body = false;
  for (let i = 0; i < out.length; i++) {
    const b = out[i]!;
    const t = b.text;
    const top = !body && i < head;
    if (top && title && r.on('title-repeat') && isTitleRepeat(t, title)) {
      drop(r, 'title-repeat', b, `Unexpected title line \`${clip(t)}\` repeating the title, dropped (the template prints the title)`);
      continue;
    }
    if (web && top && r.on('web-date') && DATE_STAMP.test(t)) {
      drop(r, 'web-date', b, `Unexpected date stamp \`${t}\` above the text, dropped`);
      continue;
    }
    if (web && i < head + 2 && r.on('web-byline') && t.length <= 160 && BYLINE.test(t)) {
      drop(r, 'web-byline', b, `Unexpected byline \`${clip(t)}\`, dropped (the template prints the author)`);
      continue;
    }
    if (web && r.on('web-caption')) {
      const twice = doubledCaption(t);
      if (twice) {
        drop(r, 'web-caption', b, `Unexpected doubled caption \`${clip(twice)}\` with credit, dropped (no picture in print)`);
        continue;
      }
      if (t.length <= 220 && (PHOTO_CREDIT.test(t) || (t.endsWith(')') && PHOTOGRAPHER.test(t))) && wordCount(t, 41) <= 40) {
        drop(r, 'web-caption', b, `Unexpected picture caption or credit \`${clip(t)}\`, dropped (no picture in print)`);
        continue;
      }
    }
    if (web && r.on('web-series-nav') && t.length <= 120 && SERIES_NAV.test(t)) {
      drop(r, 'web-series-nav', b, `Unexpected series link \`${clip(t)}\`, dropped as site navigation`);
      continue;
    }
    if (web && r.on('web-share') && SHARE_BUTTON.test(t)) {
      drop(r, 'web-share', b, `Unexpected share button \`${t}\`, dropped`);
      continue;
    }
    if (r.on('web-editor-note') && EDITOR_NOTE.test(t)) {
      drop(r, 'web-editor-note', b, `Unexpected site editor's note \`${clip(t)}\`, dropped as web clutter`);
      continue;
    }
    if (!body && wordCount(t, 15) >= 15) body = true;
    keep.push(b);
  }
  out = keep;
  if (web) out = dropBio(out, r);
  if (web) out = dropTail(out, r);
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

/** From the first tail marker in the last 40% of the text to the end. */
function dropTail(blocks: Block[], r: Repairs): Block[] {
  const from = Math.floor(blocks.length * 0.6);
  for (let i = Math.max(1, from); i < blocks.length; i++) {
    if (!TAIL_MARKER.test(blocks[i]!.text)) continue;
    const first = blocks[i]!;
    const rule = tailRule(first.text);
    if (!r.on(rule)) continue;
    const what = rule === 'web-appeal' ? 'appeal' : rule === 'web-tags' ? 'tag list' : 'site navigation';
    for (const b of blocks.slice(i)) {
      r.log(rule, placeAt(b, 0), b.source, '', `Unexpected ${what} \`${clip(b.text)}\` after the text (from \`${clip(first.text, 30)}\`), dropped`);
    }
    return blocks.slice(0, i);
  }
  return blocks;
}

/** Which rule a tail marker belongs to: donation/subscription appeals, tag lists, or navigation. */
function tailRule(marker: string): string {
  if (/^(?:before you go|support us|donate|subscribe|sign up)/i.test(marker)) return 'web-appeal';
  if (/^(?:tagged under|tags|filed under)/i.test(marker)) return 'web-tags';
  return 'web-nav';
}

const NAME_LINE = /^\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3}$/u;

/** An author bio at the end: a name line, then a paragraph about that person. */
function dropBio(blocks: Block[], r: Repairs): Block[] {
  if (!r.on('web-bio')) return blocks;
  for (let i = Math.max(0, blocks.length - 4); i < blocks.length - 1; i++) {
    const name = blocks[i]!.text;
    const bio = blocks[i + 1]!.text;
    // Length first: the last blocks are mostly long, and the name regex is costly to compile.
    if (name.length > 50 || !NAME_LINE.test(name)) continue;
    const first = name.split(/\s+/)[0]!;
    const aboutThem = new RegExp(`^(?:${first.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}|He|She|They)\\b.{0,80}\\b(?:is|was|teaches|writes|lives)\\b`, 'u');
    if (!aboutThem.test(bio) || bio.length > 600) continue;
    for (const b of blocks.slice(i, i + 2)) {
      r.log('web-bio', placeAt(b, 0), b.source, '', `Unexpected author bio \`${clip(b.text)}\` at the end, dropped`);
    }
    return [...blocks.slice(0, i), ...blocks.slice(i + 2)];
  }
  return blocks;
}
