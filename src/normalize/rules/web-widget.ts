import type { Block } from '../block.ts';
import { placeAt } from '../block.ts';
import { COOKIE_BANNER } from '../clutter-patterns.ts';
import { clip } from '../repairs.ts';
import { defineRule } from '../rule.ts';

const id = 'web-widget';

/** A page widget's own words on a line of their own: an advertisement's label, a gallery's counter. */
const WIDGET =
  /^(?:advertisements?|advert|advertising|skip to (?:the )?(?:main )?content|this slideshow requires javascript\.?|anzeige|publicidad|publicité|pubblicità|sponsored(?: content)?|paid content|(?:story|article) continues below(?: (?:this )?advertisement)?|continue reading (?:the )?main story|(?:image|photo|picture|slide) \d+ of \/? ?\d+|back to (?:the )?gallery|(?:view|open|launch) (?:the )?gallery|image (?:copyright|caption)\b.{0,200})$/i;

/**
 * A newsletter sign-up box: an imperative ("Sign up", "Subscribe", "Get", "Join") to a
 * newsletter or an inbox, after at most one short sentence ("There's plenty more where that came
 * from. Sign up for …"). An article that mentions its newsletter in a sentence is not one.
 */
const NEWSLETTER = /^(?:[^.!?]{0,60}[.!?]\s+)?(?:(?:click|tap) here to )?(?:sign up|subscribe|get|join|stay)\b.{0,200}\b(?:newsletters?|inbox)\b.{0,120}$/i;

/** Words a widget shows that an article can also use: dropped only beside a sure widget. */
const WEAK_WIDGET = /^(?:caption|close|report|expand|hide caption|toggle caption|\d{1,3} ?\/ ?\d{1,3})$/i;

/** The longest line dropped as a repeat: a picture's alt text and caption, a teaser's title. */
const REPEAT_MAX = 300;

/**
 * Web copy: lines that are a page widget, not text (an advertisement's label, a picture gallery's
 * counter and buttons, "Image copyright …"), and a line repeated at once (the picture's alt text
 * then its caption, a teaser's title twice). A word that could be the author's ("Report", "Close")
 * goes only beside a sure widget; alone it stays, with a note.
 */
export const webWidget = defineRule({
  id,
  switchable: true,
  description:
    'Web copy: a page widget\'s words on a line of their own ("Advertisement", "Image 1 of 5", "Back to gallery", "Skip to content"), a cookie banner\'s notice ("This website uses cookies …"; in HTML, its box is taken out before the article is picked, so it is never taken for the article), a newsletter sign-up ("Sign up for our newsletters") and a line repeated at once are dropped',
  run: {
    blocks(blocks, { log, kind }) {
      if (kind !== 'web-text' && kind !== 'html') return blocks;
      const sure = blocks.map((b) => b.kind === 'paragraph' && (WIDGET.test(b.text) || COOKIE_BANNER.test(b.text) || NEWSLETTER.test(b.text)));
      const weak = blocks.map((b) => b.kind === 'paragraph' && WEAK_WIDGET.test(b.text));
      // A weak one joins a run of widgets that holds a sure one: a sweep each way, linear.
      const drop = sure.slice();
      for (let i = 1; i < blocks.length; i++) if (weak[i] && drop[i - 1]) drop[i] = true;
      for (let i = blocks.length - 2; i >= 0; i--) if (weak[i] && drop[i + 1]) drop[i] = true;
      const out: Block[] = [];
      for (let i = 0; i < blocks.length; i++) {
        const b = blocks[i]!;
        const prev = out[out.length - 1];
        if (drop[i]) {
          const what = COOKIE_BANNER.test(b.text) ? 'cookie notice' : NEWSLETTER.test(b.text) ? 'newsletter sign-up' : 'page widget';
          log.log(id, placeAt(b, 0), b.source, '', `Unexpected ${what} \`${clip(b.text)}\`, dropped`);
          continue;
        }
        if (weak[i]) log.info(id, placeAt(b, 0), `Line \`${clip(b.text)}\` reads like a page widget's word but stands alone, left as it came`);
        if (prev && prev.kind === 'paragraph' && b.kind === 'paragraph' && b.text.length >= 30 && b.text === prev.text) {
          // A caption or a teaser's title is a line; a paragraph of prose said twice is the author's (or the user's) to keep.
          if (b.text.length > REPEAT_MAX) {
            log.info(id, placeAt(b, 0), `Paragraph \`${clip(b.text)}\` repeated at once is longer than a caption or a title, left as it came`);
          } else {
            log.log(id, placeAt(b, 0), b.source, '', `Unexpected line \`${clip(b.text)}\` repeated at once, the repeat dropped`);
            continue;
          }
        }
        out.push(b);
      }
      return out;
    },
  },
});
