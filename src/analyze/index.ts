/**
 * The analyze stage: from normalized texts to the facts the reader prints — size and
 * reading time, sections, notes and citations, topics with paragraph ids, quotations —
 * and, across texts, one bibliography, shared quotations and a topic index.
 */
export type { Citation, TopicHit, Quotation, TextAnalysis, SourceEntry, SharedQuotation, ReaderAnalysis } from './types.ts';
export { analyzeText } from './analyze-text.ts';
export { analyzeReader } from './analyze-reader.ts';
export { matchTopic, compileTopics, termRegex } from './topics.ts';
export { numberParagraphs, paragraphId, type NumberedParagraph } from './paragraphs.ts';
export { sourceKey, surnameKey, titleKey, resolveKeys } from './source-key.ts';
export { parseCitation } from './citation-parse.ts';
export { sharedQuotations } from './shared-quotations.ts';
