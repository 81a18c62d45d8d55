import type { StructNode } from './struct-tree.ts';
import { walk } from './struct-tree.ts';

/** The structure types of ISO 32000-1 (PDF 1.7), which PDF/UA-1 calls standard. */
export const STANDARD_TYPES = new Set([
  'Document', 'Part', 'Art', 'Sect', 'Div', 'BlockQuote', 'Caption', 'TOC', 'TOCI', 'Index', 'NonStruct', 'Private',
  'P', 'H', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'L', 'LI', 'Lbl', 'LBody', 'Table', 'TR', 'TH', 'TD', 'THead', 'TBody', 'TFoot',
  'Span', 'Quote', 'Note', 'Reference', 'BibEntry', 'Code', 'Link', 'Annot', 'Ruby', 'RB', 'RT', 'RP', 'Warichu', 'WT', 'WP',
  'Figure', 'Formula', 'Form',
]);

// Chromium writes some PDF 2.0 types; PDF/UA-1 readers know only the 1.7 set.
const NEAREST: Record<string, string> = { Em: 'Span', Strong: 'Span', Sub: 'Span', Aside: 'Sect', Title: 'P', FENote: 'Note', DocumentFragment: 'Div', Artifact: 'NonStruct' };

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
