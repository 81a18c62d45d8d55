import { placeAt } from '../block.ts';
import { clip } from '../repairs.ts';
import { defineRule } from '../rule.ts';

const id = 'verse-stanza';

/**
 * Where blank lines mark the blocks, a chunk of lines that all open in a capital (four lines or
 * more, or three whose first two end in punctuation) is a stanza: `unwrap` keeps its line breaks
 * and never splits it at a sentence end inside it (a song's full lines end sentences mid-stanza),
 * and a text made mostly of such chunks, a third of their lines running on at a comma or a dash,
 * is read as hard-wrapped (detect.ts), not as web copy with one paragraph per line. This rule
 * logs each stanza whose line breaks only that evidence kept; switching it off reads them as prose.
 */
export const verseStanza = defineRule({
  id,
  switchable: true,
  description:
    'Where blank lines mark the blocks, a chunk whose lines all open in a capital is a stanza: its line breaks are kept and it is not split at a sentence end inside it; a text mostly of such stanzas is read as hard-wrapped, not one paragraph per line; each stanza logged',
  run: {
    blocks(blocks, { log }) {
      for (const b of blocks) {
        if (!b.stanza) continue;
        const lines = b.spans.length;
        log.info(id, placeAt(b, 0), `Kept the ${lines} lines of a stanza \`${clip(b.text.slice(0, 40))}\` as lines of one block`);
        delete b.stanza;
      }
      return blocks;
    },
  },
});
