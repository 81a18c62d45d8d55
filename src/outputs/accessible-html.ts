import { defineOutput } from './types.ts';

/**
 * `reader.accessible.html`: one semantic, unpaginated edition for screen readers and
 * reflowing. Written once the book is laid out (while the PDF is finished): its references
 * give the printed reader's pages, as the PDF's do.
 */
export const accessibleHtmlOutput = defineOutput({
  id: 'accessible-html',
  description: 'reader.accessible.html: the unpaginated edition for screen readers',
  stage: 'laid-out',
  wanted: (request) => request.edition === 'reader',
  // Its articles (the most of its work) while Chromium lays the book out.
  ahead: async ({ loaded, texts, analysis }) => {
    const { accessibleArticles } = await import('../accessible-html/index.ts');
    accessibleArticles({ manifest: loaded.manifest, texts, analysis, root: loaded.root });
  },
  write: async ({ loaded, texts, analysis, anchors }, { files }) => {
    // Loaded when written, not when registered: the command line reads this list at start-up.
    const { accessibleHtml } = await import('../accessible-html/index.ts');
    await files.write('reader.accessible.html', accessibleHtml({ manifest: loaded.manifest, texts, analysis, root: loaded.root }, anchors));
  },
});
