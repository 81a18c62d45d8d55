/** A source line with its 1-based line number, trimmed; blank lines are left out. */
export interface Line {
  n: number;
  text: string;
  /** The page the line is on, counted from 0, when the text marks its pages with form feeds (pdftotext does). */
  page?: number;
}

/** Split a text into numbered, trimmed, non-blank lines (line numbers count blank lines too). */
export function toLines(text: string): Line[] {
  const out: Line[] = [];
  let page = 0;
  text.split(/\r\n?|\n/).forEach((raw, i) => {
    const t = raw.replace(/\s+/g, ' ').trim();
    // pdftotext puts the form feed at the start of a page's first line.
    const lead = /^[^\S\f]*(\f[^\S\f]*)*/.exec(raw)![0];
    page += lead.split('\f').length - 1;
    if (t) out.push({ n: i + 1, text: t, ...(page ? { page } : {}) });
    page += raw.slice(lead.length).split('\f').length - 1;
  });
  return out;
}

/** A guessed value and where it came from, so reader.yaml can say what to check. */
export interface Guess<T = string> {
  value: T;
  /** 1-based line of the source the guess came from; absent for file-name or metadata guesses. */
  line?: number;
  /** Short reason shown in the review comment, e.g. `the "by" line`. */
  how: string;
}

export function wordCount(s: string): number {
  return s.match(/\S+/g)?.length ?? 0;
}
