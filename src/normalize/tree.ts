import type { FootnoteDefinition, List, ListItem, Root, RootContent } from 'mdast';
import type { Block } from './block.ts';
import { placeAt } from './block.ts';
import { toPhrasing } from './inline.ts';
import { definedNotes } from './notes.ts';
import type { Repairs } from './repairs.ts';

const BULLET = /^[•·▪‣◦*-]\s+/;

/** Build the mdast tree: headings, paragraphs, lists, and footnote definitions at the end. */
export function buildTree(blocks: Block[], r: Repairs): Root {
  const notes = definedNotes(blocks);
  const calls = new Set<string>();
  const children: RootContent[] = [];
  const defs: FootnoteDefinition[] = [];
  let list: List | undefined;
  const defined = new Map<string, Block>();
  for (const b of blocks) {
    if (b.kind !== 'list-item') list = undefined;
    if (b.kind === 'note' && b.noteId) {
      // A second note with the same number stays in the text rather than vanish.
      if (defined.has(b.noteId)) {
        children.push({ type: 'paragraph', children: [{ type: 'text', value: `[${b.noteId}] ${b.text}` }] });
        continue;
      }
      defined.set(b.noteId, b);
      defs.push({ type: 'footnoteDefinition', identifier: b.noteId, label: b.noteId, children: [{ type: 'paragraph', children: toPhrasing(b, new Set(), r, calls) }] });
      continue;
    }
    if (b.kind === 'heading') {
      children.push({ type: 'heading', depth: b.depth ?? 2, children: toPhrasing(b, notes, r, calls) });
      continue;
    }
    if (b.kind === 'list-item') {
      const item: ListItem = { type: 'listItem', spread: false, children: [{ type: 'paragraph', children: toPhrasing(b, notes, r, calls) }] };
      if (!list) {
        list = { type: 'list', ordered: false, spread: false, children: [] };
        children.push(list);
      }
      list.children.push(item);
      continue;
    }
    children.push({ type: 'paragraph', children: toPhrasing(b, notes, r, calls) });
  }
  for (const d of defs) {
    if (!calls.has(d.identifier)) {
      const b = defined.get(d.identifier);
      r.note('note-unused', b ? placeAt(b, 0) : { line: 1, column: 1 }, `Unexpected note ${d.identifier} that no call points to, kept at the end`);
    }
  }
  return { type: 'root', children: [...children, ...defs] };
}

/** Web copy marks list items with bullets or numbers: make runs of them lists. */
export function markBulletItems(blocks: Block[]): void {
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    if (b.kind !== 'paragraph') continue;
    if (BULLET.test(b.text)) {
      b.kind = 'list-item';
      b.text = b.text.replace(BULLET, '');
    }
  }
}
