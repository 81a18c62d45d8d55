import type { Nodes } from 'mdast';
import type { NormalizedText } from '../types.ts';

const WORD = /[\p{L}\p{N}]+/gu;

function countWords(s: string, into: Map<string, number>, sign: 1 | -1): void {
  // NFKC: a superscript call (¹) counts as the note number it becomes.
  for (const m of s.normalize('NFKC').matchAll(WORD)) {
    const w = m[0].toLowerCase();
    into.set(w, (into.get(w) ?? 0) + sign);
  }
}

/** All words of a tree, blocks kept apart, note calls, note numbers and a numbered list's numbers included. */
export function treeWords(node: Nodes): string {
  const parts: string[] = [];
  const walk = (n: Nodes): void => {
    if (n.type === 'text' || n.type === 'inlineCode' || n.type === 'code' || n.type === 'html') parts.push(n.value);
    else if (n.type === 'footnoteReference' || n.type === 'footnoteDefinition') parts.push(n.identifier);
    else if (n.type === 'image' || n.type === 'imageReference') parts.push(n.alt ?? '');
    // A numbered list prints its numbers.
    else if (n.type === 'list' && n.ordered) n.children.forEach((_, i) => parts.push(String((n.start ?? 1) + i)));
    if ('children' in n) for (const c of n.children) walk(c as Nodes);
  };
  walk(node);
  return parts.join(' ');
}

/**
 * No silent loss: every word of the source must be in the output text or in the `before` of
 * a logged change. Counts are compared as multisets; `missing` lists what is unaccounted for.
 */
export function accountWords(source: string, result: NormalizedText): { missing: string[] } {
  const counts = new Map<string, number>();
  countWords(source, counts, 1);
  countWords(treeWords(result.tree), counts, -1);
  for (const c of result.changes) countWords(c.before, counts, -1);
  const missing: string[] = [];
  for (const [w, n] of counts) for (let i = 0; i < n; i++) missing.push(w);
  return { missing };
}
