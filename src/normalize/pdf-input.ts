import { readFile } from 'node:fs/promises';

interface Glyphs {
  str: string;
  x: number;
  y: number;
  size: number;
  width: number;
}

interface PdfTextItem {
  str?: string;
  transform?: number[];
  width?: number;
  height?: number;
}

/** Group text items into lines by baseline, left to right. */
function linesOf(items: Glyphs[]): Glyphs[][] {
  const sorted = [...items].sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: Glyphs[][] = [];
  for (const it of sorted) {
    const last = lines[lines.length - 1];
    const head = last?.[0];
    if (last && head && Math.abs(head.y - it.y) <= Math.max(1, head.size * 0.4)) last.push(it);
    else lines.push([it]);
  }
  for (const l of lines) l.sort((a, b) => a.x - b.x);
  return lines;
}

/**
 * Read a PDF's text with glyph positions (pdfjs-dist) and lay it out as hard-wrapped plain text:
 * one line per baseline, indents from the x offset, a blank line where the line gap is clearly
 * larger than usual (paragraph spacing), pages separated by form feeds. normalize() then treats
 * it as `pdf-text`. Async because pdfjs is; call it before normalize().
 */
export async function extractPdfText(bytes: Uint8Array): Promise<string> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await pdfjs.getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, verbosity: 0 }).promise;
  const pages: string[] = [];
  try {
    for (let p = 1; p <= doc.numPages; p++) {
      const page = await doc.getPage(p);
      const content = await page.getTextContent();
      const items: Glyphs[] = [];
      for (const raw of content.items as PdfTextItem[]) {
        const t = raw.transform;
        if (!raw.str || !t) continue;
        items.push({ str: raw.str, x: t[4] ?? 0, y: t[5] ?? 0, size: Math.abs(t[3] ?? raw.height ?? 10) || 10, width: raw.width ?? 0 });
      }
      const lines = linesOf(items);
      if (lines.length === 0) {
        pages.push('');
        continue;
      }
      const left = Math.min(...lines.map((l) => l[0]!.x));
      const gaps: number[] = [];
      for (let i = 1; i < lines.length; i++) gaps.push(lines[i - 1]![0]!.y - lines[i]![0]!.y);
      const typicalGap = gaps.length ? [...gaps].sort((a, b) => a - b)[Math.floor(gaps.length / 2)]! : 0;
      const rightEdge = (l: Glyphs[]): number => Math.max(...l.map((g) => g.x + g.width));
      const right = Math.max(...lines.map(rightEdge));
      const out: string[] = [];
      // Paragraph ends from the geometry, which plain text loses: a wider line gap, a first-line
      // indent (not a whole indented block), or a line stopping short at a sentence end.
      const paragraphStartsAt = (i: number): boolean => {
        const prev = lines[i - 1];
        const cur = lines[i]!;
        if (!prev) return false;
        if (typicalGap > 0 && gaps[i - 1]! > typicalGap * 1.4) return true;
        const size = cur[0]!.size;
        const indented = cur[0]!.x - left > size * 0.8;
        const nextIndented = (lines[i + 1]?.[0]?.x ?? left) - left > size * 0.8;
        if (indented && !nextIndented) return true;
        const prevText = prev.map((g) => g.str).join('').trimEnd();
        const firstWord = /^\S+/.exec(cur.map((g) => g.str).join('').trimStart())?.[0] ?? '';
        const wordWidth = (firstWord.length + 1) * size * 0.5;
        return /[.!?:]["'”’)\]]*$/.test(prevText) && rightEdge(prev) + wordWidth < right - size;
      };
      lines.forEach((line, i) => {
        const first = line[0]!;
        if (paragraphStartsAt(i)) out.push('');
        // Half the font size is a fair average glyph width for turning an x offset into spaces.
        const indent = Math.max(0, Math.round((first.x - left) / (first.size * 0.5)));
        let text = '';
        let end = first.x;
        for (const g of line) {
          if (text && !text.endsWith(' ') && !g.str.startsWith(' ') && g.x - end > g.size * 0.15) text += ' ';
          text += g.str;
          end = g.x + g.width;
        }
        out.push(' '.repeat(Math.min(indent, 12)) + text.trimEnd());
      });
      pages.push(out.join('\n'));
    }
  } finally {
    await doc.destroy();
  }
  return `${pages.join('\n\f')}\n`;
}

/** The bytes of a PDF source: kept by ingest in `file.data.bytes`, else read from its path. */
export async function pdfBytes(file: { data: Record<string, unknown>; path?: string }): Promise<Uint8Array> {
  const kept = file.data.bytes;
  if (kept instanceof Uint8Array) return kept;
  if (!file.path) throw new Error('PDF source has neither bytes nor a path');
  return new Uint8Array(await readFile(file.path));
}
