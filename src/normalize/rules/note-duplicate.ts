import { toString } from 'mdast-util-to-string';
import { defineRule } from '../rule.ts';

export const noteDuplicate = defineRule({
  id: 'note-duplicate',
  switchable: false,
  description: 'Markdown: a second definition of one note is dropped, the first kept (logged with its text)',
  run: {
    markdown(tree, { log }) {
      const seen = new Set<string>();
      tree.children = tree.children.filter((node) => {
        if (node.type !== 'footnoteDefinition') return true;
        if (!seen.has(node.identifier)) return seen.add(node.identifier), true;
        log.log('note-duplicate', node.position?.start ?? { line: 1, column: 1 }, toString(node), '', `Unexpected second definition of note \`[^${node.label ?? node.identifier}]\`, dropped (the first is kept); give each note its own number`);
        return false;
      });
    },
  },
});
