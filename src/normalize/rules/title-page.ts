import type { SrcLine } from '../block.ts';
import { clip } from '../repairs.ts';
import { defineRule } from '../rule.ts';
import { measure } from '../stats.ts';

const id = 'title-page';

/** The most lines a title page's head (title, "BY", author, imprint) is read for. */
const MOST = 12;
// "BY" alone, or "By Jane Doe": the author's line of a title page.
const BY_ALONE = /^by[.:]?$/i;
const BY_NAME = /^by\s+(\p{Lu}.{1,60})$/iu;

/**
 * A book's title page read by OCR (or a PDF's first page): short lines set in the middle of the
 * measure, the title cut over several of them, then "BY" and the author's name. Each line would be
 * a paragraph of its own. Where the text opens with such centred lines and one of them is "BY"
 * (or "By Name"), the title lines above it are joined into one line (the title, a heading), and
 * the author's line is taken out as front matter; lines under it (an imprint) are left to rule
 * `front-matter`.
 */
export const titlePage = defineRule({
  id,
  switchable: true,
  description:
    'Hard-wrapped text (or PDF) that opens with a title page (short centred lines, then "BY" and the author\'s name): the title cut over several lines is joined into one, and the author\'s line is taken out as front matter; each logged',
  run: {
    lines(lines, { log, kind, front }) {
      if (kind !== 'pdf-text') return lines;
      const width = measure(lines);
      if (width < 30) return lines;
      // The text's first lines, while they are short and centred.
      const head: number[] = [];
      for (let i = 0; i < lines.length && head.length < MOST; i++) {
        const l = lines[i]!;
        if (!l.text) continue;
        if (head.length && l.pageTop) break;
        const mid = l.indent + l.text.length / 2;
        if (l.text.length > width * 0.6 || l.indent < 4 || Math.abs(mid - width / 2) > width * 0.15) break;
        head.push(i);
      }
      const by = head.findIndex((i) => BY_ALONE.test(lines[i]!.text) || BY_NAME.test(lines[i]!.text));
      if (by < 1) return lines;
      const alone = BY_ALONE.test(lines[head[by]!]!.text);
      const nameAt = alone ? head[by + 1] : head[by];
      if (nameAt === undefined) return lines;
      const name = alone ? lines[nameAt]!.text : BY_NAME.exec(lines[nameAt]!.text)![1]!;
      const titleLines = head.slice(0, by).map((i) => lines[i]!);
      const drop = new Set<number>([head[by]!, nameAt]);
      const out: SrcLine[] = [];
      const first = titleLines[0]!;
      const title = titleLines.map((l) => l.text).join(' ');
      if (titleLines.length > 1) {
        log.log(
          id,
          first,
          titleLines.map((l) => l.text).join('\n'),
          title,
          `Unexpected title set over ${titleLines.length} lines of a title page \`${clip(title)}\`, joined as one`,
        );
        for (const l of titleLines.slice(1)) drop.add(lines.indexOf(l));
      }
      const byLine = lines[head[by]!]!;
      log.log(
        id,
        byLine,
        alone ? `${byLine.text}\n${name}` : byLine.text,
        '',
        `Unexpected author line \`${clip(name)}\` on the title page, taken out as metadata`,
      );
      front.author ??= name;
      lines.forEach((l, i) => {
        if (drop.has(i)) return;
        // The title stands alone: a blank line after it, whatever followed on the page.
        if (l === first) out.push({ ...l, text: title }, { text: '', line: l.line, column: 1, indent: 0 });
        else out.push(l);
      });
      return out;
    },
  },
});
