import type { Paragraph, PhrasingContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { defineRule } from '../rule.ts';

const id = 'markdown-verse';
/** A verse line is at most this long, and the text's prose has lines of `PROSE` or more. */
const SHORT = 60;
const PROSE = 70;

/**
 * Markdown joins the lines of a paragraph unless each ends in two spaces or a backslash, which
 * nobody types for a poem: its stanzas were printed as justified prose. A paragraph of two or more
 * lines, all short, in a text whose prose runs to long lines, is verse: its line ends are kept.
 */
export const markdownVerse = defineRule({
  id,
  switchable: true,
  description: 'A Markdown paragraph of short lines (a stanza, an address) in a text of long prose lines keeps its line breaks',
  run: {
    markdown(tree, { log }) {
      const paragraphs: Paragraph[] = [];
      visit(tree, 'paragraph', (p: Paragraph) => {
        paragraphs.push(p);
      });
      const linesOf = (p: Paragraph) => toString(p).split('\n');
      const longest = Math.max(0, ...paragraphs.flatMap((p) => linesOf(p).map((l) => l.length)));
      if (longest < PROSE) return;
      for (const p of paragraphs) {
        const lines = linesOf(p);
        if (lines.length < 2 || lines.some((l) => l.trim().length === 0 || l.length > SHORT)) continue;
        // Only line ends in the paragraph's own text runs: one inside emphasis or a link is left alone.
        const inText = p.children.filter((c) => c.type === 'text').reduce((n, c) => n + (c.value.match(/\n/g) ?? []).length, 0);
        if (inText !== lines.length - 1) continue;
        p.children = p.children.flatMap((c): PhrasingContent[] => {
          if (c.type !== 'text' || !c.value.includes('\n')) return [c];
          return c.value
            .split('\n')
            .flatMap((part, i): PhrasingContent[] => [
              ...(i > 0 ? [{ type: 'break' } as const] : []),
              ...(part ? [{ type: 'text' as const, value: part }] : []),
            ]);
        });
        log.log(
          id,
          p.position?.start ?? { line: 1, column: 1 },
          lines.join(' '),
          lines.join('\n'),
          `Unexpected stanza of ${lines.length} short lines joined as prose, kept its line breaks`,
        );
      }
    },
  },
});
