import type { Block } from '../block.ts';
import { placeAt } from '../block.ts';
import { clip } from '../repairs.ts';
import { defineRule } from '../rule.ts';
import { dropTail } from '../tail.ts';
import { wordCount } from '../text-shape.ts';

const id = 'web-post-bar';

/**
 * A blogging platform's own words around a post (Medium, Substack and their kind), each a line
 * of its own: the member badge, the reading time (with the date it shares a line with), the
 * counts of claps, likes and followers, the platform's links to more of itself.
 */
const SURE = new RegExp(
  [
    'member[- ]only story',
    'top highlight',
    'open in app',
    'listen to (?:this )?(?:article|story|post)',
    'share this (?:post|story)',
    'discussion about this post',
    'ready for more\\??',
    'see (?:all|more) from .{1,60}',
    'see more recommendations',
    'recommended from medium',
    'discover more from .{1,60}',
    'get the app',
    'start writing',
    // "6 min read", "6 min read · Mar 4, 2024", "Published in The Harbour · 6 min read · 3 days ago"
    '(?:published in [^·•|]{1,60}[·•|]\\s*)?\\d{1,3}\\s?min(?:ute)?s?\\s+(?:read|listen)(?:\\s*[·•|]?\\s*[\\p{L}\\d ,.]{3,24})?',
    // "2.3K Followers", "48 Likes · 3 Restacks"
    `${count('followers?|subscribers?|claps?|likes?|restacks?|responses?')}(?:\\s*[·•]\\s*${count('likes?|restacks?|comments?|responses?')})*`,
  ].join('|'),
  'iu',
);
const WHOLE = new RegExp(`^(?:${SURE.source})$`, 'iu');

/** A count as a platform prints it ("48", "1.2K") before what it counts. */
function count(what: string): string {
  return `\\d+(?:[.,]\\d+)?\\s?[KkM]?\\s+(?:${what})`;
}

/**
 * The bar's buttons and bare counts: words an article can hold on a line of their own too, so
 * dropped only in a run of short lines that holds a sure item of the bar.
 */
const WEAK = /^(?:follow|following|listen|share|subscribe|subscribed|like|comment|restack|sign in|sign up|write|[·•]|--|\d+(?:[.,]\d+)?\s?[KkM]?)$/i;

/** Where the platform's furniture after a post starts: its author box, its recommendations and comments. */
const TAIL = /^(?:written by \p{Lu}.{0,60}|recommended from medium|discussion about this post|ready for more\??)$/iu;

/** A line that may stand inside the bar without breaking it: the author's name, the title, a date. */
const isShort = (b: Block): boolean => b.kind !== 'image' && wordCount(b.text, 9) <= 8;

/**
 * Web copy and HTML: a blogging platform's bar around a post ("Member-only story", "6 min read",
 * "1.2K", "Follow", "Listen", "Share") and its furniture after the post ("Written by …",
 * "Recommended from Medium", "Discussion about this post") are dropped, each logged. Buttons and bare counts go only
 * in a run of short lines that holds a sure item of the bar.
 */
export const webPostBar = defineRule({
  id,
  switchable: true,
  description:
    'Web copy: a blogging platform\'s bar around a post ("Member-only story", "6 min read · Mar 4, 2024", claps and follower counts; "Follow", "Listen", "Share" and bare counts beside them) is dropped, and its furniture after the post ("Written by …", "Recommended from Medium", "Discussion about this post") with all after it (a site\'s "More from …" is web-nav\'s)',
  run: {
    blocks(blocks, { log, web }) {
      if (!web) return blocks;
      // The tail first: its marker is a sure item of the bar too.
      blocks = dropTail(blocks, log, id, 'blog platform furniture', /^/, TAIL);
      const sure = blocks.map((b) => b.kind !== 'image' && b.text.length <= 120 && WHOLE.test(b.text));
      const weak = blocks.map((b) => b.kind !== 'image' && WEAK.test(b.text));
      const drop = sure.slice();
      // A sweep each way: a weak item goes when a sure one stands in its run of short lines.
      for (const step of [1, -1]) {
        let live = false;
        for (let k = 0; k < blocks.length; k++) {
          const i = step === 1 ? k : blocks.length - 1 - k;
          if (sure[i]) live = true;
          else if (weak[i]) drop[i] ||= live;
          else if (!isShort(blocks[i]!)) live = false;
        }
      }
      const out: Block[] = [];
      blocks.forEach((b, i) => {
        if (!drop[i]) return out.push(b);
        log.log(id, placeAt(b, 0), b.source, '', `Unexpected blog platform furniture \`${clip(b.text)}\` around the post, dropped`);
      });
      return out;
    },
  },
});
