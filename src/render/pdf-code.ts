/**
 * The PDF code a book's render needs once pages are printed (joining, preparing, and reading or
 * writing cached prints: pdf-lib and the public face of finishing, accessibility/index.ts),
 * loaded on first use. A build starts loading it while the lanes lay out; nothing needs it
 * before the first lane has printed, and start-up must not wait for it.
 */
export function pdfCode(): Promise<PdfCode> {
  loading ??= Promise.all([import('../accessibility/index.ts'), import('./print-streams.ts')]).then(([accessibility, printStreams]) => ({
    ...accessibility,
    ...printStreams,
  }));
  return loading;
}

type PdfCode = typeof import('../accessibility/index.ts') & typeof import('./print-streams.ts');

let loading: Promise<PdfCode> | undefined;
