import { reportOcrSlips } from '../ocr.ts';
import { defineRule } from '../rule.ts';

export const ocrSuspicious = defineRule({
  id: 'ocr-suspicious',
  switchable: true,
  description: 'A digit inside a word (`intimidan1`) is reported, never guessed (finding)',
  run: {
    blocks(blocks, { log }) {
      reportOcrSlips(blocks, log, 'ocr-suspicious');
      return blocks;
    },
  },
});
