import { dropBlocks } from '../clutter.ts';
import { defineRule } from '../rule.ts';

const id = 'web-reader-view';

/**
 * A site's address on a line of its own: with its scheme or "www.", or a name under a common
 * top-level domain ("valleycourier.co.uk"); a word with a dot in it ("Node.js") is none.
 */
const ADDRESS =
  /^(?:(?:https?:\/\/)\S+|www\.[\p{L}\d-]+(?:\.[\p{L}\d-]+)+(?:\/\S*)?|[\p{L}\d-]+(?:\.[\p{L}\d-]+)*\.(?:com|org|net|edu|gov|int|info|news|blog|io|co|uk|us|ca|au|nz|ie|za|in|de|at|ch|fr|be|lu|nl|es|pt|it|gr|eu|se|no|dk|fi|is|pl|cz|sk|hu|ro|bg|hr|si|rs|ua|ru|tr|jp|kr|cn|tw|hk|sg|br|mx|ar|cl)(?:\/\S*)?)$/iu;

/** A reader view's estimate of the reading time: "6–8 minutes", "12-15 min". */
const READING_TIME = /^\d{1,3}\s?[–-]\s?\d{1,3}\s?(?:minutes|mins?)$/i;

/**
 * Web copy from a browser's reader view (Firefox, Safari) or a page copied from its top: the
 * site's address line and the reading-time estimate above the text are the browser's, not the
 * text's; dropped, each logged.
 */
export const webReaderView = defineRule({
  id,
  switchable: true,
  description:
    'Web copy: a site\'s address on a line of its own above the text ("www.example.org", "https://…") and a reader view\'s reading time ("6–8 minutes") are dropped',
  run: {
    blocks(blocks, { log, web }) {
      if (!web) return blocks;
      return dropBlocks(blocks, log, id, (b, { top }) => {
        if (!top || b.kind === 'image' || b.text.length > 200) return undefined;
        if (ADDRESS.test(b.text)) return `Unexpected site address \`${b.text}\` above the text, dropped`;
        return READING_TIME.test(b.text) ? `Unexpected reading time \`${b.text}\` above the text, dropped` : undefined;
      });
    },
  },
});
