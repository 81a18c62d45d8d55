import { placeAt } from '../block.ts';
import { clip } from '../repairs.ts';
import { defineRule } from '../rule.ts';

const id = 'web-references';

/**
 * A whole web page copied: a references list after the text ("Sources", "References",
 * "Bibliography" over entries that read as citations: a year, an address, a quoted title,
 * 'Surname, Given' first) is kept with the text. `web-page` (the run of prose it keeps) and the
 * trailing furniture rules (tail.ts) would otherwise drop it with the byline and share bar before
 * it; they keep it and mark its heading, and this rule logs it where it stands. Switched off, it
 * is dropped with the page furniture again.
 */
export const webReferences = defineRule({
  id,
  switchable: true,
  description:
    'Web copy of a whole page: a references list after the text ("Sources", "References", "Bibliography" over entries with a year, an address, a quoted title or a surname first) is kept with the text, not dropped as page furniture; logged',
  run: {
    blocks(blocks, { log }) {
      for (const b of blocks) {
        if (b.references === undefined) continue;
        log.info(id, placeAt(b, 0), `Kept the references list \`${clip(b.text)}\` (${b.references} entries) after the text as the text's, not page furniture`);
        delete b.references;
      }
      return blocks;
    },
  },
});
