import { placeAt } from '../block.ts';
import { pageBody, referencesAfter } from '../page-body.ts';
import { clip } from '../repairs.ts';
import { defineRule } from '../rule.ts';

const id = 'web-page';

export const webPage = defineRule({
  id,
  switchable: true,
  description:
    "Web copy of a whole page (menus, teasers, comments, one block per line): only the run of blocks that holds the text is kept, found as the most prose for the least page furniture (a line of prose counts when it ends its sentences or stands between prose; a list of teasers' headlines, which never end in a stop, is furniture; words of a script without capitals, as Hangul, count as a sentence's small words, and two characters of Chinese or Japanese as a word); each block left out is logged",
  run: {
    blocks(blocks, { log, kind }) {
      if (kind !== 'web-text') return blocks;
      const found = pageBody(blocks);
      if (!found) return blocks;
      const body = found;
      // A references list after the text (and its byline or date) is the text's: rule web-references.
      const refs = log.on('web-references') ? referencesAfter(blocks, body.end) : undefined;
      if (refs) blocks[refs.start]!.references = refs.end - refs.start - 1;
      blocks.forEach((b, i) => {
        if ((i >= body.start && i < body.end) || (refs && i >= refs.start && i < refs.end)) return;
        const where = i < body.start ? 'before' : 'after';
        log.log(
          id,
          placeAt(b, 0),
          b.source,
          '',
          `Unexpected page furniture \`${clip(b.text)}\` ${where} the text, dropped (the page's text is lines ${placeAt(blocks[body.start]!, 0).line}-${placeAt(blocks[body.end - 1]!, 0).line})`,
        );
      });
      return refs ? [...blocks.slice(body.start, body.end), ...blocks.slice(refs.start, refs.end)] : blocks.slice(body.start, body.end);
    },
  },
});
