/**
 * Mark a topic's terms in a copy of a paragraph. The mark is an mdast `emphasis` node whose
 * `data.hName` makes remark-rehype write `<mark>`, so the normal text-to-HTML path (notes,
 * hyphenation, escaping) runs unchanged on the marked copy.
 */
import type { Emphasis, Parent, PhrasingContent, Text } from 'mdast';
import { fold } from '../analyze/fold.ts';
import { termRegex } from '../analyze/index.ts';
import type { Topic } from '../types.ts';
import { compileUserRegex, type UserRegex } from '../util/user-regex.ts';

/** Global regexes for the terms (folded text) and patterns (text as written) of a topic. */
export interface TermMatchers {
  terms: RegExp[];
  /** The user's own regexes, on a linear-time engine (util/user-regex.ts). */
  patterns: UserRegex[];
}

/** Compile a topic's terms and patterns for finding every occurrence. */
export function termMatchers(topic: Topic): TermMatchers {
  return {
    terms: topic.terms.map((t) => new RegExp(termRegex(t).source, 'gu')),
    patterns: topic.patterns.map((p) => compileUserRegex(p, { ignoreCase: true })),
  };
}

/**
 * `[start, end)` ranges of `text` where a term or pattern occurs, merged and sorted.
 * Terms match folded text (accents stripped, lower case); a code point may fold to a
 * different length, so offsets are mapped back through a per-unit table.
 */
export function termRanges(text: string, m: TermMatchers): Array<[number, number]> {
  let folded = '';
  const origin: number[] = [];
  for (let i = 0; i < text.length;) {
    const cp = text.codePointAt(i)!;
    const width = cp > 0xffff ? 2 : 1;
    const f = fold(String.fromCodePoint(cp));
    for (let k = 0; k < f.length; k++) origin.push(i);
    folded += f;
    i += width;
  }
  origin.push(text.length);
  const found: Array<[number, number]> = [];
  for (const re of m.terms) {
    for (const hit of folded.matchAll(re)) {
      if (hit[0].length === 0) continue;
      const start = origin[hit.index]!;
      // The end is the start of the unit after the match, in the original string.
      const end = origin[hit.index + hit[0].length]!;
      if (end > start) found.push([start, end]);
    }
  }
  for (const re of m.patterns) for (const r of re.ranges(text)) found.push(r);
  found.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const merged: Array<[number, number]> = [];
  for (const r of found) {
    const last = merged.at(-1);
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else merged.push([r[0], r[1]]);
  }
  return merged;
}

function markNode(value: string): Emphasis {
  return { type: 'emphasis', data: { hName: 'mark', hProperties: { className: ['term'] } }, children: [{ type: 'text', value }] };
}

/**
 * Replace, in place, every text node under `node` that contains a term with text and mark
 * nodes. Code is left alone. Returns the number of marks made.
 * A term split across two text nodes (half of it in italics) is not marked.
 */
export function markTerms(node: Parent, m: TermMatchers): number {
  let count = 0;
  const next: PhrasingContent[] = [];
  let changed = false;
  for (const child of node.children as PhrasingContent[]) {
    if (child.type === 'text') {
      const ranges = termRanges(child.value, m);
      if (ranges.length === 0) {
        next.push(child);
        continue;
      }
      changed = true;
      let at = 0;
      for (const [s, e] of ranges) {
        if (s > at) next.push({ type: 'text', value: child.value.slice(at, s) } satisfies Text);
        next.push(markNode(child.value.slice(s, e)));
        count++;
        at = e;
      }
      if (at < child.value.length) next.push({ type: 'text', value: child.value.slice(at) });
      continue;
    }
    if ('children' in child) count += markTerms(child as Parent, m);
    next.push(child);
  }
  if (changed) (node as { children: PhrasingContent[] }).children = next;
  return count;
}
