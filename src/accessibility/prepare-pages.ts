import type { PDFDocument } from 'pdf-lib';
import type { ArtifactCounts } from './artifacts.ts';
import { readContentText } from './content-text.ts';
import { ArtifactMarking } from './page-content.ts';
import type { McidText, PageText, TextRun } from './page-text.ts';

/** Paged.js margin boxes live in the page margins (17 mm top, 19 mm bottom in reader.css). */
export const BANDS = { top: 46, bottom: 52 };

/** The page-by-page half of finishing a PDF, done ahead: each page's text, then its artifacts marked. */
export interface PreparedPages {
  text: PageText[];
  artifacts: ArtifactCounts;
}

/**
 * Read every page's text and mark its untagged content as artifacts. Both look at one page at a
 * time and not at the structure tree, so a book laid out in parts prepares each part's PDF as
 * soon as it is printed, while the other parts still print. Undefined if the text cannot be read
 * straight from the content streams (not Chromium's PDF): finishing then does it all itself,
 * and the document is left as it was. The two share one scan of each page (one inflate, one
 * tokenize): this runs on the critical path of every build.
 */
export function preparePages(doc: PDFDocument): PreparedPages | undefined {
  const marking = new ArtifactMarking(doc, BANDS);
  const text = readContentText(doc, marking);
  if (!text) return undefined;
  return { text, artifacts: marking.commit() };
}

/** Page text as JSON (for the layout cache) and back. */
export function pageTextToJson(pages: PageText[]): unknown {
  return pages.map((p) => ({ mcids: [...p.mcids.entries()], untagged: p.untagged }));
}

export function pageTextFromJson(json: unknown): PageText[] {
  return (json as Array<{ mcids: Array<[number, McidText]>; untagged: TextRun[] }>).map((p) => ({ mcids: new Map(p.mcids), untagged: p.untagged }));
}
