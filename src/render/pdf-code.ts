/**
 * The PDF code a book's render needs once pages are printed (joining, preparing, and reading or
 * writing cached prints: pdf-lib and our accessibility modules), loaded on first use. A build
 * starts loading it while the lanes lay out; nothing needs it before the first lane has printed,
 * and start-up must not wait for it.
 */
export function pdfCode(): Promise<PdfCode> {
  loading ??= Promise.all([import('../accessibility/assemble.ts'), import('../accessibility/page-content.ts'), import('../accessibility/prepare-pages.ts'), import('./print-streams.ts')]).then(
    ([assemble, pageContent, preparePages, printStreams]) => ({ ...assemble, ...pageContent, ...preparePages, ...printStreams }),
  );
  return loading;
}

type PdfCode = typeof import('../accessibility/assemble.ts') & typeof import('../accessibility/page-content.ts') & typeof import('../accessibility/prepare-pages.ts') & typeof import('./print-streams.ts');

let loading: Promise<PdfCode> | undefined;
