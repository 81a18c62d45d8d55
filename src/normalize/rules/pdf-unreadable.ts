import { defineRule } from '../rule.ts';

/** Reported by the normalizer itself: no rule function, registered so its id is known. */
export const pdfUnreadable = defineRule({
  id: 'pdf-unreadable',
  switchable: false,
  description: 'A PDF whose text cannot be read is reported; the text is empty (finding)',
  run: {},
});
