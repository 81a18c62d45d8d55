/** The output types of the analyze stage (see `index.ts`). */

/** One reference to a source: a note, a parenthetical citation or a mention in running text. */
export interface Citation {
  /** Normalized key (`surname:short-title`, `surname`, or `:short-title`), shared by every citation of one work. */
  sourceKey: string;
  author?: string;
  title?: string;
  /** Page, volume or number, as written (`pp. 69-70`). */
  locator?: string;
  /** The citation as written. */
  raw: string;
  kind: 'note' | 'inline' | 'mention';
  /** Label of the footnote definition, for `note` citations. */
  noteNumber?: string;
  /** Body paragraph it sits in (`inline`, `mention`). */
  paragraphId?: string;
  line?: number;
  column?: number;
}

export interface TopicHit {
  topicId: string;
  paragraphIds: string[];
  paragraphs: Array<{ id: string; n: number; score: number; terms: string[] }>;
}

/** A passage in quotation marks of 8 words or more. */
export interface Quotation {
  text: string;
  words: number;
  paragraphId: string;
}

export interface TextAnalysis {
  id: string;
  words: number;
  /** At 230 words a minute, rounded up. */
  readingMinutes: number;
  sections: Array<{ title: string; depth: number; paragraphId?: string }>;
  /** Number of body paragraphs. */
  paragraphs: number;
  notes: Array<{ number: string; text: string }>;
  /** Note calls in the body: footnote references plus `[n]` calls left as text. */
  noteCalls: number;
  citations: Citation[];
  unparsedCitations: Array<{ raw: string; line?: number; column?: number }>;
  topics: TopicHit[];
  quotations: Quotation[];
}

export interface SourceEntry {
  key: string;
  author: string;
  title: string;
  citedBy: Array<{ textId: string; kind: Citation['kind']; noteNumber?: string; paragraphId?: string }>;
}

export interface SharedQuotation {
  text: string;
  occurrences: Array<{ textId: string; paragraphId: string; text: string }>;
}

export interface ReaderAnalysis {
  texts: TextAnalysis[];
  sources: SourceEntry[];
  sharedQuotations: SharedQuotation[];
  topics: Array<{ topicId: string; texts: Array<{ textId: string; paragraphIds: string[] }> }>;
}
