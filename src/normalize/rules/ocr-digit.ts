import { fixOcrDigits } from '../ocr.ts';
import { defineRule } from '../rule.ts';

export const ocrDigit = defineRule({
  id: 'ocr-digit',
  switchable: true,
  description: 'A letter OCR reads for a digit inside a number (`I925`, `19O5`) is mended when unambiguous',
  run: {
    blocks(blocks, { log }) {
      fixOcrDigits(blocks, log, 'ocr-digit');
      return blocks;
    },
  },
});
