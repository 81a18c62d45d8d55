/** Page geometry for PDF input: the text column, margin items, running heads and folios. */

export interface Glyphs {
  str: string;
  x: number;
  y: number;
  size: number;
  width: number;
}

/** The main text column of a page: dominant line start and end. */
export interface Column {
  left: number;
  right: number;
}

const blank = (g: Glyphs): boolean => !g.str.trim();

/** Group text items into lines by baseline, left to right. */
export function linesOf(items: Glyphs[]): Glyphs[][] {
  const sorted = [...items].sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: Glyphs[][] = [];
  for (const it of sorted) {
    const last = lines[lines.length - 1];
    const head = last?.[0];
    if (last && head && Math.abs(head.y - it.y) <= Math.max(1, Math.min(head.size, it.size) * 0.4)) last.push(it);
    else lines.push([it]);
  }
  for (const l of lines) l.sort((a, b) => a.x - b.x);
  return lines;
}

export function lineStart(l: Glyphs[]): number {
  return Math.min(...l.filter((g) => !blank(g)).map((g) => g.x));
}

export function lineEnd(l: Glyphs[]): number {
  return Math.max(...l.filter((g) => !blank(g)).map((g) => g.x + g.width));
}

/** The most common value (to half a point) and how many share it. */
function mode(values: number[]): { at: number; n: number } {
  const count = new Map<number, number>();
  for (const v of values) {
    const k = Math.round(v * 2) / 2;
    count.set(k, (count.get(k) ?? 0) + 1);
  }
  let best = { at: 0, n: 0 };
  // Neighbouring bins count too, so a value split by rounding still wins.
  for (const [k] of count) {
    const n = (count.get(k - 0.5) ?? 0) + (count.get(k) ?? 0) + (count.get(k + 0.5) ?? 0);
    if (n > best.n) best = { at: k, n };
  }
  return best;
}

/**
 * The page's text column from its own lines: the line start and end most lines share (justified
 * body text). Undefined when too few lines agree to tell (covers, short pages, ragged text).
 */
export function columnOf(lines: Glyphs[][]): Column | undefined {
  const body = lines.filter((l) => l.some((g) => !blank(g)));
  if (body.length < 5) return undefined;
  const left = mode(body.map(lineStart));
  const right = mode(body.map(lineEnd));
  const need = Math.max(3, body.length * 0.3);
  if (left.n < need || right.n < need || right.at - left.at < 50) return undefined;
  return { left: left.at, right: right.at };
}

/** An item wholly outside the column, clear of it by more than half an em: margin matter. */
export function outsideColumn(g: Glyphs, col: Column, bodySize: number): boolean {
  if (blank(g)) return false;
  const tol = bodySize * 0.5;
  return g.x + g.width < col.left - tol || g.x > col.right + tol;
}

/** The text of a line, spaces put back where glyph runs are apart. */
export function lineText(line: Glyphs[]): string {
  let text = '';
  let end = line[0]?.x ?? 0;
  for (const g of line) {
    if (text && !text.endsWith(' ') && !g.str.startsWith(' ') && g.x - end > g.size * 0.15) text += ' ';
    text += g.str;
    end = g.x + g.width;
  }
  return text.replace(/\u00AD/g, '').trim();
}

/** Key for recognising a running head on several pages: letters only, no page number. */
export function headKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}]+/gu, ' ')
    .trim();
}

/** A bare page number: arabic (up to 4 digits) or roman, maybe dashed. */
export function isFolio(text: string): boolean {
  return /^[-–—(]?\s*(?:\d{1,4}|[ivxlc]{1,7})\s*[-–—)]?$/i.test(text.trim());
}
