import { accessibleHtml } from './accessible-html/index.ts';
import type { ComposeInput } from './compose/index.ts';
import { renderNormalizeReport, reportSection, toMarkdown } from './normalize/index.ts';
import { memoOn } from './util/memo.ts';

/**
 * The editions Chromium does not need, as files for the output folder: the accessible HTML
 * (one semantic, unpaginated edition for screen readers and reflowing) and the normalize
 * report (every repair beside its source, for an editor to review). What each text adds to
 * them is kept on its prepared document: in watch mode an edit makes only that text's again.
 */
export function sideEditions(input: Omit<ComposeInput, 'profile'>): Array<{ name: string; content: string }> {
  const report = renderNormalizeReport(
    input.texts.map(({ meta, doc }) => ({ id: meta.id, source: String(doc.file.value), result: memoOn(doc, 'markdown', '', () => toMarkdown(doc.tree)), changes: doc.changes, doc })),
    (item) => memoOn(item.doc, 'report-section', item.id, () => reportSection(item)),
  );
  return [
    { name: 'reader.accessible.html', content: accessibleHtml(input) },
    { name: 'normalize-report.html', content: report },
  ];
}
