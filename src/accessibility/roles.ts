import type { StructNode } from '../pdf/struct-tree.ts';
import { walk } from '../pdf/struct-tree.ts';
import { STANDARD_TYPES } from '../check/standard-types.ts';

// Chromium writes some PDF 2.0 types; PDF/UA-1 readers know only the 1.7 set.
const NEAREST: Record<string, string> = {
  Em: 'Span',
  Strong: 'Span',
  Sub: 'Span',
  Aside: 'Sect',
  Title: 'P',
  FENote: 'Note',
  DocumentFragment: 'Div',
  Artifact: 'NonStruct',
};

/** Rename every non-standard type to its nearest PDF 1.7 type (rule 7.1-5 without a role map to maintain). */
export function standardiseTypes(root: StructNode): number {
  let renamed = 0;
  for (const node of walk(root)) {
    if (STANDARD_TYPES.has(node.type)) continue;
    node.type = NEAREST[node.type] ?? 'Div';
    renamed++;
  }
  return renamed;
}
