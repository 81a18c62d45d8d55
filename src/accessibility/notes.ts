import { PDFString, PDFName } from 'pdf-lib';
import { pageOf, type FixContext } from './context.ts';
import type { LinkAnnot } from './links.ts';
import { annotOwners } from './links.ts';
import { walk, type StructNode } from '../pdf/struct-tree.ts';

/** A footnote found in the tree: its Note element and the Link that calls it. */
export interface FoundNote {
  note: StructNode;
  call: StructNode;
  id: string;
  number: string;
}

// Our HTML's note ids end in -note-N (see compose/markdown-to-html): the call links there.
const NOTE_DEST = /-note-([^/#]+)$/;

/**
 * Find each footnote Chromium printed at a page foot: follow the call's link to its
 * destination, take the marked content there whose text is the note number, and the
 * element around it (the `span.footnote`) becomes a Note with a unique /ID (7.9-1, 7.9-2).
 * The note is detached, to be put back after the paragraph that calls it.
 */
export function findNotes(ctx: FixContext, root: StructNode, links: LinkAnnot[]): FoundNote[] {
  const owners = annotOwners(root);
  const mcidOwner = new Map<string, StructNode>();
  for (const node of walk(root)) for (const k of node.kids) if (k.kind === 'mcid') mcidOwner.set(`${pageOf(ctx, k.page)}:${k.mcid}`, node);
  const found: FoundNote[] = [];
  const used = new Set<StructNode>();
  for (const link of links) {
    const m = link.destName ? NOTE_DEST.exec(link.destName) : null;
    const call = owners.get(link.ref.toString());
    if (!m || !call || !link.dest || link.dest.page < 0) continue;
    const number = m[1]!;
    const page = ctx.text[link.dest.page];
    let best: { mcid: number; distance: number } | undefined;
    for (const [mcid, t] of page?.mcids ?? []) {
      if (t.text.replace(/\s+/g, '') !== number || !t.runs.length) continue;
      const distance = Math.abs(link.dest.y - t.runs[0]!.y);
      if (!best || distance < best.distance) best = { mcid, distance };
    }
    if (!best) continue;
    let note = mcidOwner.get(`${link.dest.page}:${best.mcid}`);
    // Chromium wraps each text run in its own element; the note is the wrapper's parent.
    while (note && note.kids.length === 1 && note.parent && note.type === 'NonStruct') note = note.parent;
    if (!note || used.has(note) || note.type === 'Document') continue;
    used.add(note);
    note.type = 'Note';
    note.dict.set(PDFName.of('ID'), PDFString.of(link.destName!));
    if (call.type !== 'Link') call.type = 'Link';
    found.push({ note, call, id: link.destName!, number });
  }
  for (const f of found) detach(f.note);
  return found;
}

function detach(node: StructNode): void {
  const parent = node.parent;
  if (!parent) return;
  parent.kids = parent.kids.filter((k) => k !== node);
  delete node.parent;
}

const BLOCKS = new Set(['P', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LBody', 'TD', 'TH', 'Caption', 'BlockQuote']);

/** Put each note in the tree right after the block that calls it, in calling order. */
export function placeNotes(notes: FoundNote[]): number {
  const lastAfter = new Map<StructNode, StructNode>();
  let placed = 0;
  for (const { note, call } of notes) {
    let block: StructNode | undefined = call;
    while (block && !BLOCKS.has(block.type)) block = block.parent;
    const anchor = block ?? call;
    const parent = anchor.parent;
    if (!parent) continue;
    const after = lastAfter.get(anchor) ?? anchor;
    parent.kids.splice(parent.kids.indexOf(after) + 1, 0, note);
    note.parent = parent;
    lastAfter.set(anchor, note);
    placed++;
  }
  return placed;
}
