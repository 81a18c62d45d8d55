import { dropBlocks } from '../clutter.ts';
import { EDITOR_NOTE } from '../clutter-patterns.ts';
import { clip } from '../repairs.ts';
import { defineRule } from '../rule.ts';

const id = 'web-editor-note';

export const webEditorNote = defineRule({
  id,
  switchable: true,
  description: 'A note by the site that reprinted the text ("libcom note: …") is dropped',
  run: {
    blocks(blocks, { log }) {
      return dropBlocks(blocks, log, id, (b) =>
        EDITOR_NOTE.test(b.text) ? `Unexpected site editor's note \`${clip(b.text)}\`, dropped as web clutter` : undefined,
      );
    },
  },
});
