import { readFile } from 'node:fs/promises';
import { PdfOverLimitError, pdfOverLimit } from '../util/pdf-budget.ts';
import type { Column, Glyphs } from './pdf-columns.ts';
import { columnOf, headKey, isFolio, lineEnd, lineStart, linesOf, lineText, outsideColumn } from './pdf-columns.ts';
import { asOneColumn, gutterOf } from './pdf-two-columns.ts';
import { isCapsLine } from './text-shape.ts';
import { loadPdfJs } from '../util/pdfjs.ts';

interface PdfTextItem {
  str?: string;
  transform?: number[];
  width?: number;
  height?: number;
}

/** Page furniture the extractor left out of the text, placed beside the line it stood next to. */
export interface PdfDrop {
  line: number;
  column: number;
  text: string;
  why: string;
}

export interface PdfLayout {
  text: string;
  dropped: PdfDrop[];
  /** Lines (1-based) that fill the measure and run on into the next line of the same paragraph. */
  runOn: number[];
  /** Pages (1-based) read as two columns, the left one first. */
  twoColumns?: number[];
}

export interface PdfLayoutOptions {
  /** Keep margin matter, running heads and folios in the text (rule `page-furniture` is off). */
  keepFurniture?: boolean;
}

/** One page after geometry: body lines, the column, and what was set aside. */
interface PageLines {
  lines: Glyphs[][];
  col: Column | undefined;
  /** Set-aside items with the y they stood at, and why. */
  aside: { text: string; y: number; why: string }[];
}

/** The body font size: the size most characters are set in. */
function bodySizeOf(pages: Glyphs[][]): number {
  const count = new Map<number, number>();
  for (const items of pages) for (const g of items) count.set(Math.round(g.size * 2) / 2, (count.get(Math.round(g.size * 2) / 2) ?? 0) + g.str.length);
  let best = 10;
  let n = 0;
  for (const [s, c] of count) if (c > n) [best, n] = [s, c];
  return best;
}

function median(values: number[]): number {
  if (values.length === 0) return 0;
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

/** The usual distance between baselines on a page (gaps wider than three lines are not leading). */
function pitchOf(lines: Glyphs[][], size: number): number {
  const gaps: number[] = [];
  for (let i = 1; i < lines.length; i++) {
    const g = lines[i - 1]![0]!.y - lines[i]![0]!.y;
    if (g > 0 && g < size * 3) gaps.push(g);
  }
  return median(gaps) || size * 1.2;
}

/**
 * Split one page into body lines and margin matter: with a clear text column, items wholly
 * outside it (margin numbers and notes, in the outer margin of either page) are set aside.
 */
function pageLines(items: Glyphs[], col: Column | undefined, bodySize: number, keep: boolean): PageLines {
  if (!col || keep) return { lines: linesOf(items), col, aside: [] };
  const inside: Glyphs[] = [];
  const outside: Glyphs[] = [];
  for (const g of items) (outsideColumn(g, col, bodySize) ? outside : inside).push(g);
  const aside = linesOf(outside).map((l) => {
    const text = lineText(l);
    return { text, y: l[0]!.y, why: /^\d{1,4}[a-z]?$/.test(text) ? 'margin number' : 'margin note' };
  });
  return { lines: linesOf(inside), col, aside };
}

/**
 * Running heads and folios: a first or last line standing apart from the body (a gap wider than
 * the leading) that is a bare page number, or whose words recur at a page edge elsewhere.
 */
function dropEdges(pages: PageLines[], bodySize: number): void {
  const edges = (p: PageLines): Glyphs[][] => {
    const out: Glyphs[][] = [];
    const ls = p.lines;
    if (ls.length < 2) return out;
    const pitch = pitchOf(ls, bodySize);
    for (let i = 0; i < Math.min(2, ls.length - 1) && ls[i]![0]!.y - ls[i + 1]![0]!.y > pitch * 1.4; i++) out.push(ls[i]!);
    for (let i = ls.length - 1; i > Math.max(0, ls.length - 3) && ls[i - 1]![0]!.y - ls[i]![0]!.y > pitch * 1.4; i--) out.push(ls[i]!);
    return out;
  };
  const seen = new Map<string, number>();
  // Titles set larger than the body are not running heads, even when they repeat one.
  const small = (l: Glyphs[]): boolean => Math.max(...l.map((g) => g.size)) <= bodySize * 1.2;
  for (const p of pages)
    for (const l of edges(p)) {
      const k = headKey(lineText(l));
      if (k) seen.set(k, (seen.get(k) ?? 0) + 1);
    }
  for (const p of pages) {
    for (const l of edges(p)) {
      if (!small(l)) continue;
      const text = lineText(l);
      const k = headKey(text);
      const why = isFolio(text) ? 'folio' : k && text.length <= 80 && (seen.get(k) ?? 0) >= 2 ? 'running head' : '';
      if (!why) continue;
      p.lines = p.lines.filter((x) => x !== l);
      p.aside.push({ text, y: l[0]!.y, why });
    }
  }
}

/**
 * Read a PDF's text with glyph positions (pdfjs-dist) and lay it out as hard-wrapped plain text:
 * one line per baseline, a blank line where the geometry starts a paragraph (wider line gap,
 * first-line indent, a short line at a sentence end), pages separated by form feeds, and no blank
 * at a page break inside a paragraph. Margin matter, running heads and folios are left out and
 * returned in `dropped` for the change log. normalize() then treats the text as `pdf-text`.
 */
export async function extractPdfLayout(bytes: Uint8Array, options: PdfLayoutOptions = {}): Promise<PdfLayout> {
  // pdf.js reads a page's content whole before it can be stopped (200 MB of text operators: 235 s, 2.3 GB).
  const over = await pdfOverLimit(bytes);
  if (over) throw new PdfOverLimitError(over);
  const pdfjs = await loadPdfJs();
  const doc = await pdfjs.getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, verbosity: 0 }).promise;
  const raw: Glyphs[][] = [];
  try {
    for (let p = 1; p <= doc.numPages; p++) {
      const content = await (await doc.getPage(p)).getTextContent();
      const items: Glyphs[] = [];
      for (const it of content.items as PdfTextItem[]) {
        const t = it.transform;
        if (!it.str || !t) continue;
        items.push({ str: it.str, x: t[4] ?? 0, y: t[5] ?? 0, size: Math.abs(t[3] ?? it.height ?? 10) || 10, width: it.width ?? 0 });
      }
      raw.push(items);
    }
  } finally {
    await doc.destroy();
  }
  const bodySize = bodySizeOf(raw);
  const twoColumns: number[] = [];
  raw.forEach((items, i) => {
    const gutter = gutterOf(items, bodySize);
    if (!gutter) return;
    raw[i] = asOneColumn(items, gutter, pitchOf(linesOf(items), bodySize));
    twoColumns.push(i + 1);
  });
  const cols = raw.map((items) => columnOf(linesOf(items)));
  // A short page borrows the column of the nearest page on the same side (mirrored margins).
  const colAt = (i: number): Column | undefined => {
    for (let d = 0; d < raw.length; d += 2) {
      const c = cols[i - d] ?? cols[i + d];
      if (c) return c;
    }
    return undefined;
  };
  const keep = options.keepFurniture === true;
  const pages = raw.map((items, i) => pageLines(items, colAt(i), bodySize, keep));
  if (!keep) dropEdges(pages, bodySize);
  return { ...layout(pages, bodySize), twoColumns };
}

/** The size most of a line's characters are set in. */
function sizeOf(line: Glyphs[]): number {
  let best = line[0]!;
  for (const g of line) if (g.str.length > best.str.length) best = g;
  return best.size;
}

/** A change of type size between lines starts a new block (title, caption, table). */
function resized(a: number, b: number): boolean {
  return Math.abs(a - b) > Math.max(a, b) * 0.1;
}

/** Lay the body lines out as text and place each set-aside item beside its nearest line. */
function layout(pages: PageLines[], bodySize: number): PdfLayout {
  const out: string[] = [];
  const dropped: PdfDrop[] = [];
  const runOn: number[] = [];
  let lastLine = 0;
  // The last line of the previous page, to tell whether its paragraph runs on.
  let before: { text: string; short: boolean; size: number } | undefined;
  pages.forEach((page, p) => {
    const { lines } = page;
    const at: { y: number; line: number }[] = [];
    if (lines.length > 0) {
      const left = page.col?.left ?? Math.min(...lines.map(lineStart));
      const right = page.col?.right ?? Math.max(...lines.map(lineEnd));
      const pitch = pitchOf(lines, bodySize);
      const indented = (l: Glyphs[] | undefined): boolean => !!l && lineStart(l) - left > l[0]!.size * 0.8;
      // The next word would have fitted: the line ended early on purpose.
      const endsShort = (l: Glyphs[]): boolean => lineEnd(l) < right - l[0]!.size * 2;
      const stops = (t: string): boolean => /[.!?:]["'”’)\]]*$/.test(t);
      lines.forEach((line, i) => {
        const text = lineText(line);
        const prev = lines[i - 1];
        let starts: boolean;
        if (!prev) {
          starts = !before || indented(line) || (before.short && stops(before.text)) || resized(before.size, sizeOf(line));
        } else {
          const gap = prev[0]!.y - line[0]!.y;
          starts =
            gap > pitch * 1.4 ||
            resized(sizeOf(prev), sizeOf(line)) ||
            (indented(line) && !indented(lines[i + 1])) ||
            (stops(lineText(prev)) && endsShort(prev)) ||
            // A line in capitals that ends early is a heading of its own, even with no stop after
            // it and the paragraph under it set flush (no indent to mark its start).
            (isCapsLine(lineText(prev)) && endsShort(prev));
        }
        if (starts && out.length > 0) out.push('');
        else if (lastLine && !(prev ? endsShort(prev) : before?.short)) runOn.push(lastLine);
        // Whole indented blocks keep their indent; a paragraph's first-line indent is marked by the blank.
        const blockIndent = indented(line) && (indented(prev) || indented(lines[i + 1]));
        const indent = blockIndent ? Math.min(12, Math.round((lineStart(line) - left) / (line[0]!.size * 0.5))) : 0;
        out.push((i === 0 && p > 0 ? '\f' : '') + ' '.repeat(indent) + text);
        at.push({ y: line[0]!.y, line: out.length });
        lastLine = out.length;
      });
      const last = lines[lines.length - 1]!;
      before = { text: lineText(last), short: endsShort(last), size: sizeOf(last) };
    }
    for (const a of page.aside) {
      let best = at[0] ?? { y: a.y, line: Math.max(1, out.length) };
      for (const c of at) if (Math.abs(c.y - a.y) < Math.abs(best.y - a.y)) best = c;
      dropped.push({ line: best.line, column: 1, text: a.text, why: a.why });
    }
  });
  return { text: `${out.join('\n')}\n`, dropped, runOn };
}

/** The text only (see extractPdfLayout). */
export async function extractPdfText(bytes: Uint8Array): Promise<string> {
  return (await extractPdfLayout(bytes)).text;
}

/** The bytes of a PDF source: kept by ingest in `file.data.bytes`, else read from its path. */
export async function pdfBytes(file: { data: Record<string, unknown>; path?: string }): Promise<Uint8Array> {
  const kept = file.data.bytes;
  if (kept instanceof Uint8Array) return kept;
  if (!file.path) throw new Error('PDF source has neither bytes nor a path');
  return new Uint8Array(await readFile(file.path));
}
