import type { FootnoteDefinition, List, ListItem, Root, RootContent } from 'mdast';
import type { Block } from './block.ts';
import { toPhrasing } from './inline.ts';

const BULLET = /^[•·▪‣◦*-]\s+/;
/** A line that is only a section break: `---`, `***`, `* * *`, `___`, `⁂`, `• • •`. */
const SECTION_BREAK = /^(?:([-*_•·])(?:[ \t]*\1){2,}|⁂)$/;

/** Build the mdast tree: headings, paragraphs, lists, and footnote definitions at the end. */
export function buildTree(blocks: Block[]): Root {
  const calls = new Set<string>();
  const children: RootContent[] = [];
  const defs: FootnoteDefinition[] = [];
  let list: List | undefined;
  const defined = new Map<string, Block>();
  for (const b of blocks) {
    // Checked on the source: by now typography has made `---` a dash, and list-items `* * *` a bullet.
    if ((b.kind === 'paragraph' || b.kind === 'list-item') && SECTION_BREAK.test(b.source.trim())) {
      list = undefined;
      children.push({ type: 'thematicBreak' });
      continue;
    }
    if (b.kind !== 'list-item') list = undefined;
    if (b.kind === 'note' && b.noteId) {
      // A second note with the same number stays in the text rather than vanish.
      if (defined.has(b.noteId)) {
        children.push({ type: 'paragraph', children: [{ type: 'text', value: `[${b.noteId}] ${b.text}` }] });
        continue;
      }
      defined.set(b.noteId, b);
      defs.push({ type: 'footnoteDefinition', identifier: b.noteId, label: b.noteId, children: [{ type: 'paragraph', children: toPhrasing(b, calls) }] });
      continue;
    }
    if (b.kind === 'image') {
      children.push({ type: 'paragraph', children: [{ type: 'image', url: b.url ?? '', alt: b.text }] });
      continue;
    }
    if (b.kind === 'heading') {
      children.push({ type: 'heading', depth: b.depth ?? 2, children: toPhrasing(b, calls) });
      continue;
    }
    if (b.kind === 'list-item') {
      const item: ListItem = { type: 'listItem', spread: false, children: [{ type: 'paragraph', children: toPhrasing(b, calls) }] };
      if (!list || Boolean(list.ordered) !== Boolean(b.ordered) || b.start !== undefined) {
        list = {
          type: 'list',
          ordered: Boolean(b.ordered),
          ...(b.ordered && b.start !== undefined && b.start !== 1 ? { start: b.start } : {}),
          spread: false,
          children: [],
        };
        children.push(list);
      }
      list.children.push(item);
      continue;
    }
    children.push({ type: 'paragraph', children: toPhrasing(b, calls) });
  }
  return { type: 'root', children: [...children, ...defs] };
}

const NUMBERED = /^(\d{1,3})[.)]\s+(?=\S)/;

/**
 * Web copy marks list items with bullets or numbers: make runs of them lists. A numbered run
 * is two blocks or more numbered one after the other (`1.`, `2.`, `3.`: demands, steps).
 */
export function markBulletItems(blocks: Block[]): void {
  for (let i = 0; i < blocks.length;) {
    let j = i;
    let n = Number(NUMBERED.exec(blocks[i]!.text)?.[1] ?? NaN);
    while (j < blocks.length && blocks[j]!.kind === 'paragraph' && Number(NUMBERED.exec(blocks[j]!.text)?.[1] ?? NaN) === n) {
      j++;
      n++;
    }
    if (j - i >= 2) {
      for (let k = i; k < j; k++) {
        const b = blocks[k]!;
        const number = NUMBERED.exec(b.text)!;
        b.kind = 'list-item';
        b.ordered = true;
        if (k === i) b.start = Number(number[1]);
        b.text = b.text.slice(number[0].length);
      }
      i = j;
    } else i++;
  }
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    if (b.kind !== 'paragraph') continue;
    if (BULLET.test(b.text)) {
      b.kind = 'list-item';
      b.text = b.text.replace(BULLET, '');
    }
  }
}
