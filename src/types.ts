/**
 * The typed values that travel between pipeline stages:
 * ingest -> normalize -> analyze -> compose -> render -> (impose).
 * Diagnostics travel with each text as VFile messages (rule id, line:column, reason).
 */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import type { TextAnalysis } from './analyze/types.ts';
import type { Derived } from './cache/derived.ts';
import type { ManifestText } from './manifest/schema.ts';

/** How the bytes of a source were decoded. */
/** How a source was decoded; `declared`: in the charset the file itself declares (an HTML page's `<meta charset>`). */
export type Encoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'windows-1252' | 'declared';

/** Output of ingest: one decoded source with `\n` line endings. */
export interface IngestedText {
  /** Text id from the manifest (or the file stem when used alone). */
  id: string;
  /** `file.value` is the decoded string; `file.path` is the project-relative source path. */
  file: VFile;
  encoding: Encoding;
  /** File extension without the dot, lower case: `txt`, `md`, `html`, `pdf`. */
  extension: string;
}

export type { SourceFormat, SourceKind } from './ingest/source-kinds.ts';
import type { SourceFormat, SourceKind } from './ingest/source-kinds.ts';

export interface NormalizeOptions {
  /** Force a source kind instead of detecting it. Default `auto`. */
  from?: SourceFormat;
  /** Rule ids switched off for this text. Default none. */
  disable?: readonly string[];
  /** Extra per-text patterns (regex source strings) for lines to drop as clutter. */
  drop?: readonly string[];
  /** The manifest title: a leading line that repeats it is dropped (and logged). */
  title?: string;
  /** The manifest author: a byline at the top that names them is dropped (and logged). */
  author?: string;
  /**
   * BCP 47 tag of the text's language. When set, rule `typography` sets straight quotes,
   * apostrophes, dashes and ellipses as that language prints them. Default: unset (left as they are).
   */
  language?: string;
}

/** One repair the normalizer made, with its place in the source. */
export interface Change {
  rule: string;
  line: number;
  column: number;
  before: string;
  after: string;
}

/**
 * Front matter the normalizer took out of a text's head (rule `front-matter`): facts about the
 * text, not part of it, offered to `reader init` and the introduction.
 */
export interface FrontMatter {
  /** The author line under the title ("Jane Doe", "by Jane Doe"). */
  author?: string;
  /** "Translated by …": the translator's name as the line gives it. */
  translator?: string;
  /** "Originally published in …": the rest of that line. */
  published?: string;
  /** Affiliation lines (university, institute, department). */
  affiliation?: string[];
  /** The dateline under the title ("Posted on March 3, 2025", "Publié le 3 mars 2025"), as it stands. */
  date?: string;
  /** A pamphlet's imprint on its title page: where, by whom and when it was printed, its price. */
  imprint?: string[];
}

/** Output of normalize: an mdast tree (CommonMark + GFM footnotes) plus its change log. */
export interface NormalizedText {
  id: string;
  file: VFile;
  tree: Root;
  /** The kind that was detected (or forced). */
  kind: SourceKind;
  changes: Change[];
  /** What rule `front-matter` (and `web-byline`) took out of the text's head. */
  front?: FrontMatter;
}

/** A topic from the manifest, compiled for matching. */
export interface Topic {
  id: string;
  title: string;
  /** Plain terms and aliases, matched case-insensitively on word boundaries. */
  terms: string[];
  /** Regex sources, matched case-insensitively. */
  patterns: string[];
  /** Minimum number of distinct terms a paragraph must contain. Default 1. */
  minScore: number;
  questions: string[];
}

/**
 * One text as the pipeline's front half leaves it (`prepare()`): its manifest entry, the
 * normalized document, its analysis, and what later stages derive from it (kept with it, so
 * an unchanged text's HTML is not made again in watch mode or, through the text cache, in a
 * new process). Later stages read it and never change `doc` or `analysis`.
 */
export interface PreparedText {
  meta: ManifestText;
  doc: NormalizedText;
  analysis: TextAnalysis;
  derived: Derived;
}
