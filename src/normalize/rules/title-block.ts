import type { RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { dropBlocks, isTitleRepeat } from '../clutter.ts';
import { DATE_STAMP } from '../clutter-patterns.ts';
import { clip } from '../repairs.ts';
import { defineRule } from '../rule.ts';
import { titleBlockPart } from '../title-block.ts';

const id = 'title-block';

// A Markdown text's head: its first few blocks, up to the first paragraph of running prose.
const HEAD_BLOCKS = 6;
const PROSE_WORDS = 15;

const reasonFor = (what: string, text: string) =>
  `Unexpected ${what} \`${clip(text)}\` in the title block, dropped (the template prints the title, author and date)`;

/**
 * After the site's furniture is gone (rules web-*), what is left over the text of its title
 * block: a genre label, the byline, a date in a language `web-date` does not read, and in
 * Markdown the title again as a paragraph under its heading (see title-block.ts).
 */
export const titleBlock = defineRule({
  id,
  switchable: true,
  description:
    'What is left of the title block at the top is dropped, as the template prints it: a section label ("ANALYSIS", "Opinion"), the author\'s byline ("By NAME", the name alone or glued to a date), a date stamp in web copy, the title again under a Markdown heading',
  run: {
    blocks(blocks, { log, options, web }) {
      return dropBlocks(blocks, log, id, (b, { top }) => {
        if (!top) return undefined;
        const what = titleBlockPart(b.text, undefined, options.author);
        // A plain text's first date may be a letter's own; web-date has English stamps.
        if (!what || (what === 'date stamp' && (!web || DATE_STAMP.test(b.text)))) return undefined;
        return reasonFor(what, b.text);
      });
    },
    markdown(tree, { log, options }) {
      const drop: RootContent[] = [];
      for (const node of tree.children.slice(0, HEAD_BLOCKS)) {
        if (node.type !== 'heading' && node.type !== 'paragraph') break;
        const text = toString(node);
        const what = options.title && isTitleRepeat(text, options.title) ? 'title line' : titleBlockPart(text, undefined, options.author);
        if (what && what !== 'date stamp') {
          log.log(id, node.position?.start ?? { line: 1, column: 1 }, text, '', reasonFor(what, text));
          drop.push(node);
          continue;
        }
        if (node.type === 'paragraph' && text.split(/\s+/).length >= PROSE_WORDS) break;
      }
      if (drop.length) tree.children = tree.children.filter((n) => !drop.includes(n));
    },
  },
});
