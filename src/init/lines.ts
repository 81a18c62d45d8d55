/** A source line with its 1-based line number, trimmed; blank lines are left out. */
export interface Line {
  n: number;
  text: string;
}

/** Split a text into numbered, trimmed, non-blank lines (line numbers count blank lines too). */
export function toLines(text: string): Line[] {
  const out: Line[] = [];
  text.split(/\r\n?|\n/).forEach((raw, i) => {
    const t = raw.replace(/\s+/g, ' ').trim();
    if (t) out.push({ n: i + 1, text: t });
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
