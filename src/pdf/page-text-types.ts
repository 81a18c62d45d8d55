/** The text a PDF's pages hold, by marked-content id: what page-text.ts reads and page-text-reader.ts fills. */
export interface TextRun {
  x: number;
  y: number;
  width: number;
  size: number;
  str: string;
}

export interface McidText {
  text: string;
  runs: TextRun[];
}

/** Per page (0-based index) a map MCID -> its text and runs; plus untagged runs. */
export interface PageText {
  mcids: Map<number, McidText>;
  untagged: TextRun[];
}
