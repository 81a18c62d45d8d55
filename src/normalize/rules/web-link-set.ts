import type { Block } from '../block.ts';
import { placeAt } from '../block.ts';
import { LINK_SET_OPENERS } from '../clutter-patterns.ts';
import { clip, type Repairs } from '../repairs.ts';
import { defineRule } from '../rule.ts';
import { endsSentence, wordCount } from '../text-shape.ts';

const id = 'web-link-set';

// English labels of a link widget besides the openers every web rule shares (LINK_SET_OPENERS).
const WIDGET_LABELS = [
  'related',
  'related (?:articles?|posts?|content|stories|coverage|links|news|reading|videos?)',
  'trending(?: news| now| stories)?',
  "don'?t miss",
  'must read',
  'most (?:read|popular|viewed|shared)',
  'more (?:stories|news|headlines)',
  'recommended',
  "editor'?s picks",
  'top stories',
  'popular (?:now|stories)',
];

/** A marker over a set of links to other articles, on a line of its own ("Related", "Lire aussi"). */
const MARKER = new RegExp(`^(?:${[...WIDGET_LABELS, ...LINK_SET_OPENERS].join('|')})\\s*:?$`, 'iu');

/** A link with its marker on one line: "Related: The 15 Weirdest Galaxies", "READ MORE: …", "Czytaj też: …". */
const INLINE = new RegExp(`^(?:related|more|recommended|don'?t miss|${LINK_SET_OPENERS.join('|')})\\s*:\\s*\\S.{0,160}$`, 'iu');

/** A linked headline: one line of 2 to 20 words, capitalised, not a sentence of prose. */
function headline(t: string): boolean {
  if (t.length > 160 || /^\p{Ll}/u.test(t)) return false;
  // An interview's question ("Q: Who taught the classes?") is the text's, whatever link stands before it.
  if (/^(?:Q|A|Q\d+|Question|Answer|Frage|Antwort|Pregunta|Respuesta|Domanda|Risposta)\s*[:.)–—-]\s/iu.test(t)) return false;
  const n = wordCount(t, 21);
  if (n < 2 || n > 20) return false;
  // A headline ends without a full stop; a question or a quotation may close it.
  return !/[.:;,]$/.test(t) || /\.\.\.$|…$/.test(t);
}

/** Prose: 25 words or more, ending a sentence. */
const prose = (b: Block): boolean => b.kind === 'paragraph' && wordCount(b.text, 25) >= 25 && endsSentence(b.text);

/**
 * Web copy: a set of links to other articles set inside the text ("Related" or "Trending News"
 * over a few headlines, "Related: Title" lines) is dropped. Only where the article goes on in
 * prose right after it: a set at the end is the site's tail (rule `web-nav`). A bare marker with
 * no headline under it is left to that rule.
 */
export const webLinkSet = defineRule({
  id,
  switchable: true,
  description:
    'Web copy: a set of links to other articles inside the text ("Related", "Trending News", "Lire aussi", "Czytaj też" over headlines; "Related: Title") is dropped',
  run: {
    blocks(blocks, { log, kind }) {
      if (kind !== 'web-text' && kind !== 'html') return blocks;
      blocks = dropTitleLists(blocks, log);
      const out: Block[] = [];
      for (let i = 0; i < blocks.length; i++) {
        const b = blocks[i]!;
        const inline = b.kind === 'paragraph' && INLINE.test(b.text) && !endsSentence(b.text.replace(/[.]$/, ''));
        const bare = (b.kind === 'paragraph' || b.kind === 'heading') && MARKER.test(b.text);
        if (!inline && !bare) {
          out.push(b);
          continue;
        }
        // The headlines under the marker, up to ten.
        let j = i + 1;
        while (
          j < blocks.length &&
          j - i <= 10 &&
          blocks[j]!.kind !== 'note' &&
          !prose(blocks[j]!) &&
          (headline(blocks[j]!.text) || INLINE.test(blocks[j]!.text))
        )
          j++;
        if ((bare && j === i + 1) || !blocks.slice(j, j + 4).some(prose)) {
          out.push(b);
          continue;
        }
        for (const d of blocks.slice(i, j))
          log.log(
            id,
            placeAt(d, 0),
            d.source,
            '',
            `Unexpected link to another article \`${clip(d.text)}\` inside the text (from \`${clip(b.text, 30)}\`), dropped`,
          );
        i = j - 1;
      }
      return out;
    },
  },
});

/** Title Case: most words of four letters or more open in capitals. */
function titleCase(t: string): boolean {
  const long = t.split(/\s+/).filter((w) => /^["'“‘(]?\p{L}{4,}/u.test(w));
  return long.length >= 2 && long.filter((w) => /^["'“‘(]?\p{Lu}/u.test(w)).length >= long.length * 0.75;
}

/** Blocks `a` and `b` were consecutive source lines, with no blank line between. */
const adjacent = (a: Block, b: Block): boolean => b.spans[0]!.line === a.spans[a.spans.length - 1]!.line + 1;

/**
 * In the last 40% of the text, three or more headlines in Title Case on consecutive lines, with
 * no blank line between them where the text's paragraphs have one: a list of links to other
 * articles (a browser copies a list's items one a line), even without a marker over it.
 */
function dropTitleLists(blocks: Block[], log: Repairs): Block[] {
  const from = Math.floor(blocks.length * 0.6);
  const drop = new Set<number>();
  for (let i = Math.max(1, from); i < blocks.length; i++) {
    let j = i;
    while (
      j < blocks.length &&
      blocks[j]!.kind === 'paragraph' &&
      headline(blocks[j]!.text) &&
      titleCase(blocks[j]!.text) &&
      (j === i || adjacent(blocks[j - 1]!, blocks[j]!))
    )
      j++;
    if (j - i >= 3 && !adjacent(blocks[i - 1]!, blocks[i]!) && (j === blocks.length || !adjacent(blocks[j - 1]!, blocks[j]!))) {
      for (let k = i; k < j; k++) drop.add(k);
    }
    // A later start inside the same run follows a line of it: never a list's first line.
    i = Math.max(i, j - 1);
  }
  if (drop.size === 0) return blocks;
  return blocks.filter((b, k) => {
    if (!drop.has(k)) return true;
    log.log(id, placeAt(b, 0), b.source, '', `Unexpected link to another article \`${clip(b.text)}\` in a list of headlines after the text, dropped`);
    return false;
  });
}
