import type { SrcLine } from '../block.ts';
import { pageNumber } from '../furniture.ts';
import type { Repairs } from '../repairs.ts';
import { defineRule } from '../rule.ts';
import { measure } from '../stats.ts';
import { endsSentence } from '../text-shape.ts';

const id = 'column-order';

const LOWER = /^\p{Ll}/u;
/** A block's first line: a capital, a quote, a bracket or a number. */
const OPENS = /^["'“‘(\[]?[\p{Lu}\p{N}]/u;

/** The first line of text of the page that starts at `from`, past its running head and folio. */
function pageText(lines: readonly SrcLine[], from: number, width: number): SrcLine | undefined {
  for (let j = from, seen = 0; j < lines.length && seen < 4; j++) {
    const t = lines[j]!.text;
    if (!t) continue;
    seen++;
    if (pageNumber(t) || t.length < width * 0.6) continue;
    return lines[j];
  }
  return undefined;
}

/**
 * pdftotext reads a two-column first page under a title block that spans both columns right
 * column first: the title, then the right column (opening mid-sentence, in lower case), then the
 * left one (ending mid-sentence, where the right one goes on). Where page 1's text opens in lower
 * case right under its title lines, and one blank line splits the page into a part that opens a
 * block and ends mid-sentence (the left column) after one whose end runs on into page 2 as page
 * 2's text shows (the right column), the two are put back in reading order.
 */
function reorderFirstPage(lines: SrcLine[], log: Repairs): SrcLine[] {
  const top = lines.findIndex((l, i) => i > 0 && l.pageTop);
  if (top < 0) return lines;
  const width = measure(lines);
  // The title block: at most three short lines at the top, then the text in lower case.
  let s = 0;
  while (s < Math.min(3, top) && lines[s]!.text && lines[s]!.text.length < width * 0.7 && !LOWER.test(lines[s]!.text)) s++;
  if (s === 0 || !LOWER.test(lines[s]?.text ?? '')) return lines;
  // The page's last line of text, above its folio. A page with notes at its foot is left as it
  // came: rule page-foot-note reads pdftotext's order of such a page (a note's number read apart).
  let e = top - 1;
  while (e > s && (!lines[e]!.text || pageNumber(lines[e]!.text))) e--;
  if (endsSentence(lines[e]!.text)) return lines;
  const next = pageText(lines, top, width);
  if (!next) return lines;
  const runsOn = LOWER.test(next.text);
  const cuts: number[] = [];
  for (let b = s + 1; b < e; b++) {
    if (lines[b]!.text || !lines[b - 1]!.text || !OPENS.test(lines[b + 1]!.text)) continue;
    // The right column's end goes on into page 2 as page 2's text says.
    if (endsSentence(lines[b - 1]!.text) !== !runsOn) continue;
    cuts.push(b);
  }
  if (cuts.length !== 1) return lines;
  const b = cuts[0]!;
  const right = lines.slice(s, b);
  const left = lines.slice(b + 1, e + 1);
  log.log(
    id,
    lines[b + 1]!,
    `${lines[s]!.text} …`,
    `${lines[b + 1]!.text} …`,
    `Unexpected right column (lines ${lines[s]!.line}-${lines[b - 1]!.line}) read before the left one (lines ${lines[b + 1]!.line}-${lines[e]!.line}) on page 1, under its title, put after it`,
  );
  const gap: SrcLine = { text: '', line: lines[s]!.line, column: 1, indent: 0 };
  return [...lines.slice(0, s), gap, ...left, ...right, ...lines.slice(e + 1)];
}

export const columnOrder = defineRule({
  id,
  switchable: true,
  description:
    'PDF text (pdftotext): a two-column first page read right column first, under a title block across both columns (the text opens mid-sentence in lower case under the title, the left column comes after and ends mid-sentence), is put back in reading order, left column first; logged',
  run: {
    lines(lines, ctx) {
      return ctx.kind === 'pdf-text' ? reorderFirstPage(lines, ctx.log) : lines;
    },
  },
});
