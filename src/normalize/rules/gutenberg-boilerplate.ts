import type { SrcLine } from '../block.ts';
import type { Repairs } from '../repairs.ts';
import { defineRule } from '../rule.ts';

const id = 'gutenberg-boilerplate';

// Project Gutenberg's own markers around a book's text (since about 2006; the older small print ends its own way).
const START = /^\*{3}\s*START OF (?:THE|THIS) PROJECT GUTENBERG E-?(?:BOOK|TEXT)\b|^\*END\*THE SMALL PRINT!/i;
const END = /^\*{3}\s*END OF (?:THE|THIS) PROJECT GUTENBERG E-?(?:BOOK|TEXT)\b/i;
// The closing line above the end marker, and the credit just after the start marker.
const CLOSING = /^End of (?:the )?Project Gutenberg(?:'s|’s)?\b/i;
const CREDIT = /^(?:Produced by|E-?text prepared by|Transcribed (?:from|by)|Prepared by)\b/i;

/**
 * A Project Gutenberg text: its header (title page data, licence summary) before the start
 * marker, the producers' credit after it, and the licence after the end marker are the
 * distributor's, not the author's. Each run dropped is logged whole.
 */
export const gutenbergBoilerplate = defineRule({
  id,
  switchable: true,
  description:
    "Project Gutenberg's header before its `*** START OF THE PROJECT GUTENBERG EBOOK` line, the producers' credit after it, and the licence from `*** END OF …` on are dropped; in an HTML edition, the same (`#pg-header`, `#pg-footer` or the markers' elements) and the printed book's page numbers (`<span class=\"pagenum\">[7]</span>`); each run logged whole",
  run: {
    lines(lines, { log }) {
      let start = lines.findIndex((l) => START.test(l.text));
      // A marker with a long title wraps: its `***` closes a line or two below.
      if (start >= 0 && lines[start]!.text.startsWith('***') && !/\*{3}\s*$/.test(lines[start]!.text)) {
        const close = lines.findIndex((l, i) => i > start && i <= start + 2 && /\*{3}\s*$/.test(l.text));
        if (close > start && lines.slice(start + 1, close + 1).every((l) => l.text)) start = close;
      }
      let end = lines.findIndex((l, i) => i > start && END.test(l.text));
      if (start < 0 && end < 0) return lines;
      if (end < 0) end = lines.length;
      // "End of the Project Gutenberg EBook of …" a few lines above the end marker.
      for (let i = end - 1; i > Math.max(start, end - 6); i--) if (CLOSING.test(lines[i]!.text)) end = i;
      let from = start + 1;
      while (start >= 0 && from < end && !lines[from]!.text) from++;
      if (start >= 0 && from < end && CREDIT.test(lines[from]!.text)) {
        let to = from;
        while (to < end && lines[to]!.text) to++;
        drop(lines.slice(from, to), 'producers’ credit', log);
        from = to;
      }
      if (start >= 0) drop(lines.slice(0, start + 1), 'header', log);
      if (end < lines.length) drop(lines.slice(end), 'licence and end matter', log);
      return lines.slice(from, end);
    },
  },
});

function drop(run: SrcLine[], what: string, log: Repairs): void {
  const text = run.map((l) => l.text);
  if (!text.some(Boolean)) return;
  const first = run.find((l) => l.text)!;
  const last = run.filter((l) => l.text).pop()!;
  log.log(
    id,
    first,
    text.join('\n').trim(),
    '',
    `Unexpected Project Gutenberg ${what} (lines ${first.line}-${last.line}), dropped: it is the distributor's, not the author's`,
  );
}
