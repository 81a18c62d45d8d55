import { defineOutput } from './types.ts';

/**
 * `reader.accessible.html`: one semantic, unpaginated edition for screen readers and
 * reflowing, from the prepared texts. Written while Chromium lays out the book.
 */
export const accessibleHtmlOutput = defineOutput({
  id: 'accessible-html',
  description: 'reader.accessible.html: the unpaginated edition for screen readers',
  stage: 'prepared',
  wanted: (request) => request.edition === 'reader',
  write: async ({ loaded, texts, analysis }, { files }) => {
    // Loaded when written, not when registered: the command line reads this list at start-up.
    const { accessibleHtml } = await import('../accessible-html/index.ts');
    await files.write('reader.accessible.html', accessibleHtml({ manifest: loaded.manifest, texts, analysis, root: loaded.root }));
  },
});
