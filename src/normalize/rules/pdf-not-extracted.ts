import { defineRule } from '../rule.ts';

/** Reported by the normalizer itself: no rule function, registered so its id is known. */
export const pdfNotExtracted = defineRule({
  id: 'pdf-not-extracted',
  switchable: false,
  description: 'A PDF handed to `normalize()` without extracted text is reported (use `normalizePdf()`) (finding)',
  run: {},
});
