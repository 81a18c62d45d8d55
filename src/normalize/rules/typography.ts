import type { Nodes, Parent, Root, Text } from 'mdast';
import { type Block, placeAt } from '../block.ts';
import { clip, type Repairs } from '../repairs.ts';
import { defineRule, type Place } from '../rule.ts';
import { applyEdits, editedWords, quoteStyle, type TypoEdit, typographyEdits } from '../typography.ts';

const id = 'typography';

/**
 * Typographic punctuation (see ../typography.ts): quotes curled in the marks of the text's
 * language, apostrophes, dashes and ellipses. It runs only when the text's language is known
 * (`options.language`: the build passes the manifest's), and every word it changes is logged.
 */
export const typography = defineRule({
  id,
  switchable: true,
  description:
    'Straight quotes, apostrophes, `--` and `...` set as the text’s language prints them (“ ” ‘ ’, „ “, « », – —, …), and a space typed before a stop or a comma taken out (before ; : ! ? only where the language sets none); URLs and code left alone',
  run: {
    blocks(blocks, { log, options }) {
      if (!options.language) return blocks;
      for (const b of blocks) setBlock(b, options.language, log);
      return blocks;
    },
    markdown(tree, { log, options }) {
      if (!options.language) return;
      setMarkdown(tree, options.language, log);
    },
  },
});

function reason(language: string): string {
  const s = quoteStyle(language);
  return `Straight punctuation set typographically for \`${language}\` (${s.open}${s.close} ${s.openInner}${s.closeInner} ’ – — …, no space before a stop)`;
}

/** A block's text set, its source spans and note calls moved along with the characters. */
function setBlock(b: Block, language: string, log: Repairs): void {
  const edits = typographyEdits(b.text, language);
  if (edits.length === 0) return;
  for (const w of editedWords(b.text, edits)) log.log(id, placeAt(b, w.at), clip(w.before), clip(w.after), reason(language));
  const shift = (offset: number) => offset + edits.filter((e) => e.at + e.length <= offset).reduce((n, e) => n + e.to.length - e.length, 0);
  b.spans = b.spans.map((s) => ({ ...s, offset: shift(s.offset) }));
  if (b.calls) b.calls = b.calls.map((c) => ({ ...c, at: shift(c.at) }));
  b.text = applyEdits(b.text, edits);
}

/** One text node's share of a block's text in the Markdown tree. */
interface Segment {
  node: Text;
  start: number;
  end: number;
}

/**
 * Markdown: each paragraph, heading and table cell as one string (a quote may open in one text
 * node and close in another, across emphasis), code and other inline nodes standing in as a
 * letter; each edit goes back to the text node it falls in.
 */
function setMarkdown(tree: Root, language: string, log: Repairs): void {
  const visitBlocks = (node: Nodes): void => {
    if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'tableCell') {
      setPhrasing(node, language, log);
      return;
    }
    if (node.type === 'code' || node.type === 'html' || node.type === 'inlineCode') return;
    if ('children' in node) for (const child of node.children as Nodes[]) visitBlocks(child);
  };
  visitBlocks(tree);
}

function setPhrasing(block: Parent, language: string, log: Repairs): void {
  const segments: Segment[] = [];
  let text = '';
  const walk = (node: Nodes): void => {
    if (node.type === 'text') {
      segments.push({ node, start: text.length, end: text.length + node.value.length });
      text += node.value;
    } else if (node.type === 'break') text += ' ';
    else if ('children' in node) for (const child of node.children as Nodes[]) walk(child);
    // Inline code, an image, a note call: a word the punctuation around it is set against.
    else text += 'x';
  };
  for (const child of block.children as Nodes[]) walk(child);
  const edits = typographyEdits(text, language);
  if (edits.length === 0) return;
  const bySegment = new Map<Segment, TypoEdit[]>();
  for (const e of edits) {
    const seg = segments.find((s) => e.at >= s.start && e.at + e.length <= s.end);
    // An edit across two nodes (a padded French quote at an emphasis) is left undone.
    if (!seg) continue;
    bySegment.set(seg, [...(bySegment.get(seg) ?? []), { ...e, at: e.at - seg.start }]);
  }
  for (const [seg, local] of bySegment) {
    const start = seg.node.position?.start;
    for (const w of editedWords(seg.node.value, local)) log.log(id, placeIn(seg.node.value, w.at, start), clip(w.before), clip(w.after), reason(language));
    seg.node.value = applyEdits(seg.node.value, local);
  }
}

/** The source place of an offset in a text node that starts at `start` (its lines are the source's). */
function placeIn(value: string, offset: number, start: Place | undefined): Place {
  const base = start ?? { line: 1, column: 1 };
  const lines = value.slice(0, offset).split('\n');
  return lines.length === 1 ? { line: base.line, column: base.column + offset } : { line: base.line + lines.length - 1, column: lines.at(-1)!.length + 1 };
}
