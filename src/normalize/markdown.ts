import type { Root, Text } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { fixMojibake } from './mojibake.ts';
import { titleKey } from './clutter.ts';
import { clip, type Repairs } from './repairs.ts';
import { withSafeAutolinks } from './markdown-links.ts';
import { toString } from 'mdast-util-to-string';

const parser = unified().use(remarkParse).use(remarkGfm);
// A colon right after a note call would make `[^2]:` at a line start read as a note definition.
const unsafe = [{ character: ':', before: '\\]', inConstruct: 'phrasing' as const }];
const printer = unified().use(remarkStringify, { bullet: '-', emphasis: '_', strong: '*', rule: '-', fences: true, unsafe }).use(remarkGfm);

/** Serialise a tree as CommonMark with GFM footnotes; every link prints in a form read back as a link. */
export function toMarkdown(tree: Root): string {
  return printer.stringify(withSafeAutolinks(tree));
}

const CONTROL = /[\u0000-\u0008\u000B\u000E-\u001F\u007F-\u009F\u200B\uFEFF]/g;

/**
 * Markdown input is already structured: parse it and repair only characters (controls,
 * mojibake, NFC) in text nodes, plus a leading title that repeats the manifest title.
 */
export function normalizeMarkdown(value: string, r: Repairs, title: string | undefined): Root {
  const tree = parser.parse(value) as Root;
  const first = tree.children[0];
  if (title && first?.type === 'heading' && titleKey(toString(first)) === titleKey(title) && r.on('title-repeat')) {
    const p = first.position?.start ?? { line: 1, column: 1 };
    r.log('title-repeat', p, toString(first), '', `Unexpected title heading \`${clip(toString(first))}\` repeating the title, dropped (the template prints the title)`);
    tree.children.shift();
  }
  visit(tree, 'text', (node: Text) => {
    const p = node.position?.start ?? { line: 1, column: 1 };
    let v = node.value;
    if (r.on('chars-control') && CONTROL.test(v)) {
      const before = v;
      v = v.replace(CONTROL, '');
      r.log('chars-control', p, before, v, 'Unexpected control characters, removed');
    }
    if (r.on('chars-mojibake')) {
      const { text, hits } = fixMojibake(v);
      for (const h of hits) r.log('chars-mojibake', p, h.before, h.after, `Unexpected mojibake \`${h.before}\`, expected \`${h.after}\` (UTF-8 read as Windows-1252)`);
      v = text;
    }
    if (r.on('chars-nfc') && v.normalize('NFC') !== v) {
      r.log('chars-nfc', p, v, v.normalize('NFC'), 'Unexpected decomposed characters, composed to Unicode NFC');
      v = v.normalize('NFC');
    }
    node.value = v;
  });
  // Two definitions of one note: the first stands, the later ones are dropped and reported.
  const seen = new Set<string>();
  tree.children = tree.children.filter((node) => {
    if (node.type !== 'footnoteDefinition') return true;
    if (!seen.has(node.identifier)) return seen.add(node.identifier), true;
    const p = node.position?.start ?? { line: 1, column: 1 };
    r.note('note-duplicate', p, `Unexpected second definition of note \`[^${node.label ?? node.identifier}]\`, dropped (the first is kept); give each note its own number`);
    return false;
  });
  // Positions point into the input; drop them so consumers do not mistake them for output places.
  visit(tree, (node) => {
    delete node.position;
  });
  return tree;
}
