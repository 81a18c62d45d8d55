import type { Block } from './block.ts';
import { placeAt } from './block.ts';
import { isDateline } from './dates.ts';
import { clip, type Repairs } from './repairs.ts';
import { isCapsLine, LINK_START, wordCount } from './text-shape.ts';

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
export function settleHeadings(blocks: Block[], runOn?: ReadonlySet<number>, log?: Repairs): Block[] {
  blocks = numberedSections(blocks, log);
  blocks = joinDivisionTitles(blocks, log);
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    if (b.kind !== 'paragraph' || !b.cand) continue;
    // "Posted on March 3, 2025", "Publié le 3 mars 2025": a dateline is the text's date, never its heading.
    if (isDateline(b.text)) {
      delete b.cand;
      continue;
    }
    const next = blocks[i + 1];
    // A title line whose sentence runs on in lower case was a paragraph's first line.
    if (b.cand === 'title' && next?.kind === 'paragraph' && !next.cand && ((/^\p{Ll}/u.test(next.text) && !LINK_START.test(next.text)) || runsOn(b, runOn))) {
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

// A section's number alone: "IV.", "IV", "3", "3." (capital Roman numerals only: a lone "i." is no section).
const NUMBER_ALONE = /^(?:[IVXLC]{1,7}|\d{1,2})\.?$/;
const ROMAN: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 };

/** The value of "XIV" or "14", or NaN for a malformed numeral. */
function sectionValue(text: string): number {
  const t = text.replace(/\.$/, '');
  if (/^\d+$/.test(t)) return Number(t);
  let total = 0;
  for (let i = 0; i < t.length; i++) {
    const v = ROMAN[t[i]!]!;
    const after = ROMAN[t[i + 1] ?? ''] ?? 0;
    total += v < after ? -v : v;
  }
  // Only numerals written the usual way ("IIII" or "VX" are not section numbers).
  return toRoman(total) === t ? total : Number.NaN;
}
function toRoman(n: number): string {
  let out = '';
  for (const [v, r] of [
    [100, 'C'],
    [90, 'XC'],
    [50, 'L'],
    [40, 'XL'],
    [10, 'X'],
    [9, 'IX'],
    [5, 'V'],
    [4, 'IV'],
    [1, 'I'],
  ] as const)
    while (n >= v) {
      out += r;
      n -= v;
    }
  return out;
}

/**
 * Sections numbered on a line of their own ("I." … "V." over a poem's parts, "1" … "4" over an
 * essay's): when a text holds two or more such numbers in order (each one more than the one
 * before), each is a section heading, not a paragraph of its own. A number alone just above a
 * heading (a chapter's "3" over its title) is joined to it: "3. Title", logged.
 */
function numberedSections(blocks: Block[], log: Repairs | undefined): Block[] {
  const lone = blocks.filter((b) => b.kind === 'paragraph' && b.spans.length === 1 && NUMBER_ALONE.test(b.text));
  const alone = new Set(lone);
  const values = lone.map((b) => sectionValue(b.text));
  const inOrder = lone.length >= 2 && values.every((v, i) => !Number.isNaN(v) && (i === 0 || v === values[i - 1]! + 1));
  if (inOrder) for (const b of lone) b.cand = 'caps';
  for (let i = 0; i + 1 < blocks.length; i++) {
    const b = blocks[i]!;
    const next = blocks[i + 1]!;
    if (!alone.has(b) || inOrder || Number.isNaN(sectionValue(b.text)) || next.kind !== 'heading') continue;
    const joined = `${b.text.replace(/\.$/, '')}. ${next.text}`;
    log?.log(
      'heading',
      placeAt(b, 0),
      `${b.source}\n${next.source}`,
      joined,
      `Unexpected section number \`${b.text}\` alone above its heading \`${clip(next.text)}\`, joined into one heading`,
    );
    next.text = joined;
    next.source = `${b.source}\n${next.source}`;
    blocks.splice(i, 1);
  }
  return blocks;
}

// "CHAPTER IV.", "Book II", "LECTURE 3": a division's number alone on its line.
const DIVISION_ALONE = /^(?:chapter|book|part|lecture|canto|letter|essay)\s+(?:[ivxlcdm]+|\d{1,3}|[a-z]+)[.:]?$/i;

/** The title line under a division's number: short, opening in capitals, no sentence going on. */
function divisionTitle(b: Block | undefined): boolean {
  if (!b || b.kind !== 'paragraph' || b.spans.length !== 1 || b.text.length > 70 || wordCount(b.text, 13) > 12) return false;
  return /^["'“‘]?[\p{Lu}\p{N}]/u.test(b.text) && !/[,;]$/.test(b.text);
}

/** A title set as one: in capitals (a final stop allowed: "THE FIRST LAMP."), or most of its longer words capitalised. */
function titleLike(text: string): boolean {
  if (isCapsLine(text.replace(/\.$/, ''))) return true;
  const words = text.split(/\s+/).filter((w) => w.replace(/\P{L}/gu, '').length > 3);
  return words.length > 0 && words.filter((w) => /^["'“‘(]?\p{Lu}/u.test(w)).length >= words.length * 0.6;
}

/**
 * "CHAPTER IV." alone is a heading. With its title on the very next source line ("MRS. WOODS'S
 * TAME BEAR.") the two are one heading, as the page set it; after a blank line, the source made
 * them two blocks and they stay two, the title a heading too when it is set as one (capitals, a
 * final stop allowed, or title case), as Project Gutenberg's texts set their chapters.
 */
function joinDivisionTitles(blocks: Block[], log: Repairs | undefined): Block[] {
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    if (b.kind !== 'paragraph' || b.spans.length !== 1 || !DIVISION_ALONE.test(b.text)) continue;
    b.cand = 'caps';
    const next = blocks[i + 1];
    if (!divisionTitle(next)) continue;
    if (next!.spans[0]!.line !== b.spans[0]!.line + 1) {
      if (titleLike(next!.text)) next!.cand = 'caps';
      continue;
    }
    log?.log(
      'heading',
      placeAt(b, 0),
      `${b.source}\n${next!.source}`,
      `${b.text} ${next!.text}`,
      `Unexpected division \`${clip(b.text)}\` split from its title \`${clip(next!.text)}\` on the next line, joined into one heading`,
    );
    mergeInto(b, next!);
    b.cand = 'caps';
    blocks.splice(i + 1, 1);
  }
  return blocks;
}
