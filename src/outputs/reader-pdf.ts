import { defineOutput } from './types.ts';

/** The reader: the paged book as a tagged PDF (PDF/UA-1). The pipeline lays it out and finishes it. */
export const readerPdf = defineOutput({
  id: 'reader-pdf',
  description: 'reader.pdf: the paged, tagged reader',
  stage: 'finished',
  book: { base: 'reader', report: 'build.json' },
  wanted: (request) => request.edition === 'reader',
  write: async ({ base, pdf }, { files }) => files.write(`${base}.pdf`, pdf),
});
