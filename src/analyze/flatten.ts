/**
 * Flatten a paragraph (or any mdast node) to one string while remembering where each
 * piece came from, so a match in the string can be reported at a line and column.
 */
import type { Nodes } from 'mdast';

interface Segment {
  /** Offset of this piece in the flat string. */
  start: number;
  value: string;
  line?: number;
  column?: number;
}

/** A flattened node: its text, plus source places and emphasised ranges. */
export interface FlatText {
  text: string;
  segments: Segment[];
  /** `[start, end)` ranges of emphasis or strong text (titles are often set in italics). */
  emphasis: Array<[number, number]>;
  /** Offsets of footnote references (note calls) in the text. */
  noteCalls: Array<{ offset: number; label: string }>;
}

/** Flatten a node; footnote definitions are skipped (they are notes, not running text). */
export function flatten(node: Nodes): FlatText {
  const out: FlatText = { text: '', segments: [], emphasis: [], noteCalls: [] };
  // Track the last character ourselves: `endsWith` on a growing string flattens it every time.
  let last = '';
  const walk = (n: Nodes): void => {
    switch (n.type) {
      case 'footnoteDefinition':
        if (n !== node) return;
        break;
      case 'footnoteReference':
        out.noteCalls.push({ offset: out.text.length, label: n.label ?? n.identifier });
        return;
      case 'text':
      case 'inlineCode':
      case 'inlineMath' as string: {
        const value = (n as { value: string }).value;
        const p = n.position?.start;
        out.segments.push({ start: out.text.length, value, line: p?.line, column: p?.column });
        out.text += value;
        if (value) last = value[value.length - 1]!;
        return;
      }
      case 'break':
        out.text += '\n';
        last = '\n';
        return;
      case 'image':
        return;
      default:
        break;
    }
    if (!('children' in n)) return;
    const start = out.text.length;
    const block = n.type === 'paragraph' || n.type === 'heading' || n.type === 'tableCell';
    for (const child of n.children) walk(child as Nodes);
    if (n.type === 'emphasis' || n.type === 'strong') out.emphasis.push([start, out.text.length]);
    // Keep blocks apart so words of adjacent paragraphs do not fuse.
    if (block && out.text.length > 0 && last !== '\n') {
      out.text += '\n';
      last = '\n';
    }
  };
  walk(node);
  return out;
}

/** The source line and column of offset `offset` of a flattened text, when known. */
export function placeOf(flat: FlatText, offset: number): { line?: number; column?: number } {
  const segs = flat.segments;
  let lo = 0;
  let hi = segs.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (segs[mid]!.start <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  const seg = segs[found];
  if (!seg || seg.line === undefined || seg.column === undefined) return {};
  // Walk the piece up to the offset, counting line breaks (text nodes may span lines).
  let line = seg.line;
  let column = seg.column;
  const upto = Math.min(offset - seg.start, seg.value.length);
  for (let i = 0; i < upto; i++) {
    if (seg.value.charCodeAt(i) === 10) {
      line++;
      column = 1;
    } else column++;
  }
  return { line, column };
}
