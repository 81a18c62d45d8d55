import { defineOutput } from './types.ts';

/** The large-print edition (`--profile large-print`): the same book with styles/profile-large-print.css, not hyphenated. */
export const largePrint = defineOutput({
  id: 'large-print',
  description: 'reader.large-print.pdf: the large-print edition',
  stage: 'finished',
  book: { base: 'reader.large-print', profile: 'large-print', report: 'build.large-print.json' },
  wanted: (request) => request.edition === 'large-print',
  write: async ({ base, pdf }, { files }) => files.write(`${base}.pdf`, pdf),
});
