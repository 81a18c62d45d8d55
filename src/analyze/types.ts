/** The output types of the analyze stage (see `index.ts`). */
import type { NameMention } from './names/mentions.ts';
import type { NameEntry, NameLog } from './names/index-names.ts';

/** One reference to a source: a note, a parenthetical citation or a mention in running text. */
export interface Citation {
  /** Normalized key (`surname:short-title`, `surname`, or `:short-title`), shared by every citation of one work. */
  sourceKey: string;
  author?: string;
  /** The other authors of a work of several, named in prose (`Cook` in `Stevenson and Cook's The Slump`): persons it cites, under the first author's source. */
  coAuthors?: string[];
  title?: string;
  /** The author is a body (`The Sentencing Project`, `ProCon.org`), no person: it is no evidence of a person in the index. */
  corporate?: boolean;
  /** Page, volume or number, as written (`pp. 69-70`). */
  locator?: string;
  /** The citation as written. */
  raw: string;
  /** `note` (a footnote), `inline` (a parenthetical citation), `reference` (an entry of a references list), `mention` (in running prose). */
  kind: 'note' | 'inline' | 'reference' | 'mention';
  /**
   * How sure the source is: 0.95 a note or a reference entry; 0.9 a parenthetical citation with an
   * author or a locator, or an author with a title in prose; 0.6 an author with a verb of saying
   * (0.7 once the index of names knows the author as a person, 0.3 when it does not);
   * 0.7 a newspaper that says something (`The Gazette reported`); 0.3 a bare title without quotation marks or
   * locator. Below 0.5 a source is left out, and logged.
   */
  confidence: number;
  /** Which pattern found it: `note`, `inline`, `reference`, `author-title`, `saying`, `saying-role`, `title-only`, `press`. */
  evidence: string;
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
  /** Runs of capitalized words that may name persons, with their evidence (see names/mentions.ts). */
  names: NameMention[];
}

export interface SourceEntry {
  key: string;
  author: string;
  title: string;
  citedBy: Array<{ textId: string; kind: Citation['kind']; noteNumber?: string; paragraphId?: string; confidence: number }>;
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
  /** The index of names: persons named in the texts, variants merged. */
  names: NameEntry[];
  /** What the index and the sources logged: merges, sources left out, the editor's settings. */
  log: NameLog[];
}
