/** Our PDF/UA-1 checklist: each check mirrors a veraPDF rule (ISO 14289-1 clause-test), read from the PDF alone. */
import { readFacts, type PdfFacts } from './facts.ts';
import { RULES } from './rules.ts';
import type { PDFDocument } from 'pdf-lib';
import type { PageText } from '../accessibility/page-text.ts';

export interface CheckResult {
  /** veraPDF PDF/UA-1 rule id (clause-testNumber), or `reader:` for our own house rules. */
  rule: string;
  title: string;
  ok: boolean;
  /** Why it failed (or what passed), short enough for one line. */
  detail: string;
}

export type { PdfFacts };

/** Run every check on a PDF. finishPdf passes the text it read and the document it just saved, so nothing is parsed twice. */
export async function checkPdf(bytes: Uint8Array, options: { pageText?: PageText[]; doc?: PDFDocument } = {}): Promise<CheckResult[]> {
  const facts = await readFacts(bytes, options.pageText, options.doc);
  return RULES.map((r) => ({ rule: r.rule, title: r.title, ...r.test(facts) }));
}
