// Read a built reader's body lines back from the PDF, with pdfjs glyph positions, to find bad
// breaks the way a reader sees them: a heading last on a page, a paragraph's first line alone
// at a page foot (orphan), its last line alone at a page top (widow).
import { readFileSync } from 'node:fs';
import { loadPdfJs } from '../../src/util/pdfjs.ts';

export interface BodyLine {
  y: number;
  text: string;
  /** A margin paragraph number sits on this line: it starts a paragraph. */
  startsParagraph: boolean;
}

/** Body lines per page (1-based): text of body size, without running heads, folios, notes, margin numbers. */
export async function bodyLines(pdfPath: string): Promise<BodyLine[][]> {
  const doc = await (await loadPdfJs()).getDocument({ data: new Uint8Array(readFileSync(pdfPath)), verbosity: 0 }).promise;
  const pages: BodyLine[][] = [[]];
  for (let i = 1; i <= doc.numPages; i++) {
    const page = await doc.getPage(i);
    const items = (await page.getTextContent()).items.flatMap((it) =>
      'str' in it && it.str.trim()
        ? [{ str: it.str, x: it.transform[4] as number, y: it.transform[5] as number, size: Math.abs(it.transform[3] as number), width: it.width }]
        : [],
    );
    // Body text, quotations and section headings are set at 9.2-10 pt; titles, bylines, notes, folios, heads and margin numbers are not.
    const body = items.filter((it) => it.size >= 9.1 && it.size <= 10.2);
    // Margin paragraph numbers are small digits outside the text block (note calls are inside it).
    const left = Math.min(...body.map((it) => it.x));
    const right = Math.max(...body.map((it) => it.x + it.width));
    const marginNumbers = items.filter((it) => it.size < 7 && /^\d+$/.test(it.str.trim()) && (it.x < left - 2 || it.x > right + 2));
    const lines = new Map<number, { y: number; parts: typeof body }>();
    for (const it of body) {
      const key = [...lines.keys()].find((y) => Math.abs(y - it.y) < 2) ?? it.y;
      const line = lines.get(key) ?? { y: key, parts: [] };
      line.parts.push(it);
      lines.set(key, line);
    }
    pages.push(
      [...lines.values()]
        .sort((a, b) => b.y - a.y)
        .map((l) => ({
          y: l.y,
          text: l.parts
            .sort((a, b) => a.x - b.x)
            .map((p) => p.str)
            .join('')
            .replace(/\u00AD/g, '')
            .trim(),
          startsParagraph: marginNumbers.some((m) => m.y >= l.y - 1 && m.y <= l.y + 6),
        })),
    );
  }
  await doc.destroy();
  return pages;
}

export interface BadBreak {
  page: number;
  kind: 'stranded-heading' | 'orphan' | 'widow';
  text: string;
}

/**
 * Bad breaks on pages `from`..`to`. `headings` are the section titles as printed.
 * A line is a paragraph start when a margin number sits beside it.
 */
export function findBadBreaks(pages: BodyLine[][], from: number, to: number, headings: string[]): BadBreak[] {
  const isHeading = (l: BodyLine | undefined) => !!l && headings.includes(l.text);
  const out: BadBreak[] = [];
  for (let p = from; p <= to; p++) {
    const lines = pages[p] ?? [];
    const next = pages[p + 1] ?? [];
    const last = lines.at(-1);
    if (isHeading(last)) out.push({ page: p, kind: 'stranded-heading', text: last!.text });
    // Orphan: the last line starts a paragraph that goes on over the page.
    if (last && last.startsParagraph && !isHeading(last) && next[0] && !next[0].startsParagraph && !isHeading(next[0]) && p + 1 <= to) {
      out.push({ page: p, kind: 'orphan', text: last.text });
    }
    // Widow: the first line ends a paragraph begun on the page before.
    const first = lines[0];
    const second = lines[1];
    if (
      p > from &&
      first &&
      !first.startsParagraph &&
      !isHeading(first) &&
      (second === undefined || second.startsParagraph || isHeading(second)) &&
      (pages[p - 1]?.length ?? 0) > 0
    ) {
      out.push({ page: p, kind: 'widow', text: first.text });
    }
  }
  return out;
}
