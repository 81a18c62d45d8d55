import type { FootnoteDefinition, FootnoteReference } from 'mdast';
import { visit } from 'unist-util-visit';
import { defineRule } from '../rule.ts';

/**
 * Labels a reader would take for the author's own note marks: numbers, symbols (*, †), one
 * letter, Roman numerals. Any other label (`[^source-1]`, `[^why]`) is a name the writer gave
 * the note in Markdown, printed by nobody: Pandoc and GitHub number such notes too.
 */
const AUTHOR_MARK = /^(?:\d{1,4}|[*†‡§¶]+|\p{L}|[ivxlcdm]{1,7})$/iu;

export const noteNumbers = defineRule({
  id: 'note-numbers',
  switchable: true,
  description:
    'Markdown: notes with named labels (`[^source-1]`) are numbered 1, 2, 3… in the order they are first called, notes no call points to after them; numbers and symbols of the author are kept',
  run: {
    markdown(tree, { log }) {
      const defs: FootnoteDefinition[] = [];
      const refs: FootnoteReference[] = [];
      visit(tree, (node) => {
        if (node.type === 'footnoteDefinition') defs.push(node);
        else if (node.type === 'footnoteReference') refs.push(node);
      });
      const labelOf = (n: FootnoteDefinition | FootnoteReference) => n.label ?? n.identifier;
      if ([...defs, ...refs].every((n) => AUTHOR_MARK.test(labelOf(n)))) return;
      // Identifiers in the order a reader meets them: calls first, then notes never called.
      const order = new Map<string, string>();
      for (const n of [...refs, ...defs]) if (!order.has(n.identifier)) order.set(n.identifier, String(order.size + 1));
      // Each changed label logged where it stands, the note and every call to it.
      for (const n of [...defs, ...refs]) {
        const number = order.get(n.identifier)!;
        if (labelOf(n) === number) continue;
        const what = n.type === 'footnoteDefinition' ? 'note' : 'call to note';
        log.log(
          'note-numbers',
          n.position?.start ?? { line: 1, column: 1 },
          `[^${labelOf(n)}]`,
          `[^${number}]`,
          `Numbered ${what} \`[^${labelOf(n)}]\` as ${number}, in the order the notes are called`,
        );
      }
      for (const n of [...defs, ...refs]) {
        const number = order.get(n.identifier)!;
        n.identifier = number;
        n.label = number;
      }
    },
  },
});
