import type { Paragraph, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { defineRule } from '../rule.ts';

export const noteDuplicate = defineRule({
  id: 'note-duplicate',
  switchable: false,
  description: 'Markdown: a second definition of one note is reported; the first is the note, the second stays in the text as a paragraph (finding)',
  run: {
    markdown(tree, { log }) {
      const seen = new Set<string>();
      tree.children = tree.children.map((node): RootContent => {
        if (node.type !== 'footnoteDefinition') return node;
        if (!seen.has(node.identifier)) return (seen.add(node.identifier), node);
        log.note(
          'note-duplicate',
          node.position?.start ?? { line: 1, column: 1 },
          `Unexpected second definition of note \`[^${node.label ?? node.identifier}]\`, kept as text (the first is the note); give each note its own number`,
        );
        // Kept as text, not dropped: nothing of the author's is lost.
        const text: Paragraph = { type: 'paragraph', children: [{ type: 'text', value: `[${node.label ?? node.identifier}] ${toString(node)}` }] };
        return text;
      });
    },
  },
});
