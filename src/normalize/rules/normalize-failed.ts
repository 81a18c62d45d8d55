import { defineRule } from '../rule.ts';

/** Reported by the normalizer itself: no rule function, registered so its id is known. */
export const normalizeFailed = defineRule({
  id: 'normalize-failed',
  switchable: false,
  description: 'If a rule fails on some input, the text falls back to one paragraph per line and the failure is reported (finding)',
  run: {},
});
