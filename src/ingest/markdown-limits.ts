import { ReaderError } from '../errors.ts';

/**
 * What a Markdown source may hold for the parser (micromark) to stay within seconds and a few
 * hundred MB. Its cost is per block, and high: 32,000 short paragraphs took 5 s of CPU and
 * 420 MB, 128,000 took 24 s and 2.2 GB (a 3 MB file). Footnote definitions were quadratic on
 * top of that (16,000: 13 s; fixed in normalize/markdown.ts, now linear), and emphasis
 * delimiters in one paragraph are worse than quadratic (`*a ` ×2,000 … ` b*` ×2,000: 4 s;
 * ×4,000: 28 s). A 48 MB file with a million footnotes was still parsing after 600 s at 2 GB.
 */
export const MARKDOWN_LIMITS = { blocks: 30_000, notes: 10_000, emphasis: 1_000 };

/**
 * Refuse a Markdown source over a limit, at the line where it passes it: one pass over the
 * lines, counting blocks (runs of non-blank lines), footnote definitions (`[^id]:` at a line
 * start) and, per paragraph outside code fences, runs of `*` or `_`.
 */
export function checkMarkdownLimits(text: string, file: string, limits = MARKDOWN_LIMITS): void {
  let line = 1;
  let start = 0;
  let blocks = 0;
  let notes = 0;
  let fence = '';
  let blank = true;
  let paragraphLine = 0;
  let runs = 0;
  let heading = false;
  let nextStar = -1;
  let nextLow = -1;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    let i = start;
    while (i < end && (text.charCodeAt(i) === 0x20 || text.charCodeAt(i) === 0x09 || text.charCodeAt(i) === 0x0d)) i++;
    if (i === end) {
      blank = true;
      heading = false;
      runs = 0;
    } else {
      if (blank) {
        blocks++;
        paragraphLine = line;
        if (blocks > limits.blocks)
          throw new ReaderError(
            'SourceMarkdownTooLarge',
            `Markdown source has more than ${limits.blocks.toLocaleString('en')} blocks (paragraphs, headings, list items…); this is block ${(limits.blocks + 1).toLocaleString('en')}`,
            'Split the text into several texts in reader.yaml (one file each), or save it as .txt, which reader reads without the Markdown parser.',
            { file, line, column: 1 },
          );
      }
      blank = false;
      const indent = i - start;
      const head = text.slice(i, i + 3);
      if (indent < 4 && (head === '```' || head === '~~~')) {
        if (!fence) fence = head;
        else if (head === fence) fence = '';
      } else if (!fence) {
        if (indent < 4 && head.startsWith('[^') && /^\[\^[^\]\s]+\]:/.test(text.slice(i, Math.min(end, i + 1000)))) {
          notes++;
          if (notes > limits.notes)
            throw new ReaderError(
              'SourceMarkdownTooLarge',
              `Markdown source has more than ${limits.notes.toLocaleString('en')} footnote definitions; this is definition ${(limits.notes + 1).toLocaleString('en')}`,
              'Split the text into several texts in reader.yaml (one file each, with its own notes).',
              { file, line, column: indent + 1 },
            );
        }
        // A list item or heading starts a paragraph of its own; its marker is no emphasis.
        let from = i;
        const item = /^(?:[*+-]|\d{1,9}[.)]|#{1,6})(?=[ \t]|$)/.exec(text.slice(i, Math.min(end, i + 11)));
        if (item || heading) {
          runs = 0;
          paragraphLine = line;
        }
        // A heading is one line: the next line starts a paragraph.
        heading = item !== null && item[0].startsWith('#');
        if (item) from = i + item[0].length;
        // The next `*` and `_` in the whole text, found again only once passed: linear overall.
        for (let k = from; ; k++) {
          if (nextStar < k) nextStar = text.indexOf('*', k) >>> 0;
          if (nextLow < k) nextLow = text.indexOf('_', k) >>> 0;
          k = Math.min(nextStar, nextLow);
          if (k >= end) break;
          const c = text.charCodeAt(k);
          if (k === from || text.charCodeAt(k - 1) !== c) {
            runs++;
            if (runs > limits.emphasis)
              throw new ReaderError(
                'SourceMarkdownTooLarge',
                `A paragraph with more than ${limits.emphasis.toLocaleString('en')} emphasis marks (runs of \`*\` or \`_\`) starts here; reader parses at most ${limits.emphasis.toLocaleString('en')} in one`,
                'Remove the stray marks, or escape them (`\\*`, `\\_`) so that they print as they are.',
                { file, line: paragraphLine, column: 1 },
              );
          }
        }
      }
    }
    start = end + 1;
    line++;
  }
}
