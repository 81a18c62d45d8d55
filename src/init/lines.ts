/** A source line with its 1-based line number, trimmed; blank lines are left out. */
export interface Line {
  n: number;
  text: string;
  /** The page the line is on, counted from 0, when the text marks its pages with form feeds (pdftotext does). */
  page?: number;
  /** The line's parts, when a layout sets them apart as columns (pdftotext -layout, a copied table). */
  columns?: string[];
  /** Whether the line starts with spaces or a tab in the source: a header field's value going on under it does. */
  indented?: boolean;
}

/** Split a text into numbered, trimmed, non-blank lines (line numbers count blank lines too). */
export function toLines(text: string): Line[] {
  const out: Line[] = [];
  let page = 0;
  text.split(/\r\n?|\n/).forEach((raw, i) => {
    const t = unspaced(raw).replace(/\s+/g, ' ').trim();
    // pdftotext puts the form feed at the start of a page's first line.
    const lead = /^[^\S\f]*(\f[^\S\f]*)*/.exec(raw)![0];
    page += lead.split('\f').length - 1;
    // A layout's columns side by side, three spaces or a tab apart: "Carlos Mendoza          Wanjiru Kamau".
    const columns = unspaced(raw)
      .trim()
      .split(/\s{3,}|\t+/)
      .filter(Boolean);
    const indented = /^[ \t]+\S/.test(raw);
    if (t) out.push({ n: i + 1, text: t, ...(page ? { page } : {}), ...(columns.length > 1 ? { columns } : {}), ...(indented ? { indented } : {}) });
    page += raw.slice(lead.length).split('\f').length - 1;
  });
  return out;
}

/** A heading set in letter-spaced capitals, "T H E   F U T U R E   O F   W O R K", as its words: "THE FUTURE OF WORK". */
function unspaced(raw: string): string {
  // Every token one letter, words apart by two spaces or more.
  if (!/^\s*\p{L}(?: +\p{L}){3,}\s*$/u.test(raw) || !/\p{L} {2,}\p{L}/u.test(raw)) return raw;
  return raw
    .trim()
    .split(/\s{2,}/)
    .map((w) => w.replace(/ /g, ''))
    .join(' ');
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
