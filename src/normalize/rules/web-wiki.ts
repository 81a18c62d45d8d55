import type { Block } from '../block.ts';
import { placeAt } from '../block.ts';
import { clip } from '../repairs.ts';
import { defineRule } from '../rule.ts';
import { wordCount } from '../text-shape.ts';

const id = 'web-wiki';

/** A wiki's section of links to its other pages. */
const SEE_ALSO = /^(?:see also|voir aussi|siehe auch|véase también|vedi anche|zie ook|veja também)$/i;

/**
 * A saved wiki page (MediaWiki: Wikipedia and its kind). Its furniture is taken out in the HTML
 * phase, before the article is picked (html-widgets.ts, called from html-input.ts under this
 * rule's switch); here its 'See also' section, a heading over a list of links (items of six words
 * or fewer), is dropped: links to other pages of the wiki, not the text.
 */
export const webWiki = defineRule({
  id,
  switchable: true,
  description:
    "HTML: a saved wiki page's furniture (MediaWiki: the '[edit]' links beside its headings, which also made the headings drop out, 'Jump to content', 'From Wikipedia, the free encyclopedia', the contents box with '(Top)', navigation boxes, categories) is taken out before the article is picked, and a 'See also' heading over a list of links is dropped; each piece logged",
  run: {
    blocks(blocks, { log, kind }) {
      if (kind !== 'html') return blocks;
      const out: Block[] = [];
      for (let i = 0; i < blocks.length; i++) {
        const b = blocks[i]!;
        let j = i + 1;
        while (j < blocks.length && blocks[j]!.kind === 'list-item' && wordCount(blocks[j]!.text, 7) <= 6) j++;
        const links = j - i - 1;
        if (b.kind !== 'heading' || !SEE_ALSO.test(b.text) || links === 0 || blocks[j]?.kind === 'list-item') {
          out.push(b);
          continue;
        }
        const items = blocks.slice(i + 1, j).map((x) => x.text);
        log.log(
          id,
          placeAt(b, 0),
          [b.source, ...items].join('\n'),
          '',
          `Unexpected wiki section \`${b.text}\` over ${links} link${links === 1 ? '' : 's'} (\`${clip(items.join(', '))}\`), dropped`,
        );
        i = j - 1;
      }
      return out;
    },
  },
});
