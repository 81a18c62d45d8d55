import { defineOutput } from './types.ts';

/**
 * `normalize-report.html`: every repair beside its source, for an editor to review. What each
 * text adds is kept with it (`derived`): in watch mode an edit makes only that text's again.
 */
export const normalizeReport = defineOutput({
  id: 'normalize-report',
  description: 'normalize-report.html: every repair beside its source',
  stage: 'prepared',
  wanted: (request) => request.edition === 'reader',
  write: async ({ texts }, { files }) => {
    const { renderNormalizeReport, reportSection, toMarkdown } = await import('../normalize/index.ts');
    const items = texts.map(({ meta, doc, derived }) => ({
      id: meta.id,
      source: String(doc.file.value),
      result: derived.get('markdown', '', () => toMarkdown(doc.tree)),
      changes: doc.changes,
      derived,
    }));
    await files.write(
      'normalize-report.html',
      renderNormalizeReport(items, (item) => item.derived.get('report-section', item.id, () => reportSection(item))),
    );
  },
});
