import type { Block } from '../block.ts';
import { placeAt } from '../block.ts';
import { dropBlocks } from '../clutter.ts';
import { defineRule } from '../rule.ts';

const id = 'web-forum';

// A forum's furniture around each post (phpBB, vBulletin, SMF, Discourse): the poster's counts and
// join date, the "Postby NAME » date" line, the post's "Re: subject" title, the board's footer.
const POST_BY = /^(?:Post(?:ed)?\s*by|Posted:?)\s+\S.{0,80}$/iu;
const USER_FIELD =
  /^(?:Posts|Joined|Join(?:ed)? date|Location|Reputation|Karma|Thanks|Been thanked|Likes|Messages|Reaction score|Member since)\s*:\s*\S.{0,40}$/iu;
/** The poster in "Postby NAME » date", "Posted by NAME on date", "Posted by NAME - date". */
const POSTER = /^(?:Post(?:ed)?\s*by|Posted:?)\s+(.+?)\s*(?:»|\bon\s|\s[-–—|]\s|$)/iu;
const REPLY_TITLE = /^Re:\s+\S.{0,120}$/u;
const BOARD_FOOTER =
  /^(?:Who is online|Users browsing this (?:forum|thread|topic)\b.*|Return to\s+\S.{0,60}|Jump to|Board index|(?:Back to )?top|Quote|Reply with quote|Report(?: post)?|Display posts from previous:.*|Sort by.*|Powered by (?:phpBB|vBulletin|SMF|Discourse)\b.*)$/iu;

/**
 * A forum thread saved as a page: each post comes with its poster's furniture (post count, join
 * date, "Postby NAME » Sat Jan 11, 2025 9:02 pm", a "Re: …" title) and the board its footer
 * ("Who is online", "Return to …"). Where a page shows it is a forum (two "Postby" lines, or four
 * user fields), those lines are dropped, each logged; the posts, the quotations and the
 * posters' words stay. On any other page nothing is touched.
 */
export const webForum = defineRule({
  id,
  switchable: true,
  description:
    'Web copy: a forum thread\'s furniture ("Postby NAME » date", "Posts: 312", "Joined: Mar 2011", "Re: …" titles, "Who is online", "Return to …") is dropped, on a page with two such post lines or four user fields or more',
  run: {
    blocks(blocks, { log, web }) {
      if (!web) return blocks;
      // Two posts' "Postby" lines, or the user fields of two posts (a count and a join date each).
      const count = (re: RegExp) => blocks.filter((b) => short(b) && re.test(b.text)).length;
      const forum = count(POST_BY) >= 2 || count(USER_FIELD) >= 4;
      if (!forum) return blocks;
      // The poster's name opens their post, as a transcript names its speaker ("Mair Evans: …").
      const moved = new Set<Block>();
      for (let i = 0; i < blocks.length; i++) {
        const b = blocks[i]!;
        const name = short(b) && POST_BY.test(b.text) ? POSTER.exec(b.text)?.[1]?.trim() : undefined;
        const post = name ? blocks.slice(i + 1, i + 4).find((n) => n.kind === 'paragraph' && !short(n)) : undefined;
        if (!name || !post) continue;
        const label = `${name}: `;
        log.log(id, placeAt(b, 0), b.source, label.trim(), `Unexpected forum post line \`${b.text}\`: the poster's name opens the post, the rest dropped`);
        post.text = label + post.text;
        post.spans = [{ offset: 0, line: b.spans[0]!.line, column: b.spans[0]!.column }, ...post.spans.map((s) => ({ ...s, offset: s.offset + label.length }))];
        moved.add(b);
      }
      blocks = blocks.filter((b) => !moved.has(b));
      return dropBlocks(blocks, log, id, (b) => {
        if (!short(b)) return undefined;
        if (POST_BY.test(b.text)) return `Unexpected forum post line \`${b.text}\`, dropped`;
        if (USER_FIELD.test(b.text)) return `Unexpected forum user field \`${b.text}\`, dropped`;
        if (REPLY_TITLE.test(b.text)) return `Unexpected forum reply title \`${b.text}\`, dropped`;
        if (BOARD_FOOTER.test(b.text)) return `Unexpected forum furniture \`${b.text}\`, dropped`;
        return undefined;
      });
    },
  },
});

/** A line of its own: furniture is never a paragraph of prose. */
const short = (b: Block): boolean =>
  (b.kind === 'paragraph' || b.kind === 'heading') && b.text.length <= 140 && !/[.!?]["'”’)]?$/u.test(b.text.replace(/\b(?:am|pm)$/i, ''));
