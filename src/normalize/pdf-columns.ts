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
  return joinRaised(lines);
}

/** Superscript marks: a note's call or number, a footnote's symbol, an ordinal's letters. */
const MARK = /^\s*[\p{N}*∗†‡§a-z]{1,4}\s*$/u;

/**
 * Superscripts set on a baseline of their own, a little above a line of larger type, belong
 * to that line: a note's call after a word (`fought.¹`), a note's number before its text at the
 * page foot. Read apart, each was a line of its own ("1"), taken for a page number and dropped,
 * and the note lost its number. A number that opens the line is kept apart from the text after
 * it (`1 Minutes of …`), as the notes' own rule reads a note's start.
 */
function joinRaised(lines: Glyphs[][]): Glyphs[][] {
  const out: Glyphs[][] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const below = lines[i + 1];
    if (below && isRaisedOver(line, below)) {
      const start = lineStart(below);
      for (const g of line) below.push(g.x < start ? { ...g, str: `${g.str.trim()} ` } : g);
      below.sort((a, b) => a.x - b.x);
      continue;
    }
    out.push(line);
  }
  return out;
}

function isRaisedOver(line: Glyphs[], below: Glyphs[]): boolean {
  const size = Math.max(...below.map((g) => g.size));
  const rise = line[0]!.y - below[0]!.y;
  if (rise <= 0 || rise > size * 0.75) return false;
  if (!line.every((g) => g.size <= size * 0.85 && (MARK.test(g.str) || !g.str.trim()))) return false;
  // Over the line, not beside it: from just before its first glyph to its end.
  const left = lineStart(below) - size * 2;
  const right = lineEnd(below) + size;
  return line.every((g) => g.x >= left && g.x <= right);
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
