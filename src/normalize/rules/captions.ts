import { captionBlocks } from '../captions.ts';
import { defineRule } from '../rule.ts';

export const captions = defineRule({
  id: 'captions',
  switchable: false,
  description:
    "Captions (`.vtt`, `.srt`, or a .txt holding them): each cue's number, timing and markup are taken out and logged, its words kept; a speaker's voice tag (`<v Chair>`) or label starts a paragraph with the name, a sentence that ends before a pause of 1.5 s ends one; a line repeated from the cue before (rolling captions) is kept once",
  run: {
    captions(source, { log }) {
      return captionBlocks(source, log);
    },
  },
});
