/**
 * Two columns side by side in a plain text (what `pdftotext -layout` makes of a two-column PDF):
 * each row holds a line of the left column, then spaces, then a line of the right column, so
 * read row by row the two columns interleave. A page whose rows start text at one character
 * column far more often than words cross it is read as its left column, then its right one.
 */

/** One piece of a source row in reading order: the row, where the piece starts, its text. */
export interface RowPiece {
  row: number;
  /** 0-based character column of `text`'s first character in the row. */
  at: number;
  text: string;
}

const isSpace = (row: string, i: number): boolean => i >= row.length || row[i] === ' ';

/**
 * The character column where a page's right column starts: in the middle third of the page's
 * width, the column most rows start text at after a space, with at least eight such rows, twice
 * as many as the rows a word crosses it in, and prose on both sides (20 characters or more a row
 * on average: a table of names and numbers is no two-column page). Undefined for other pages.
 */
export function columnCut(rows: string[]): number | undefined {
  let width = 0;
  let nonblank = 0;
  for (const r of rows) {
    if (r.trim()) nonblank++;
    if (r.length > width) width = r.length;
  }
  if (nonblank < 16 || width < 40) return undefined;
  let best: { c: number; starts: number } | undefined;
  for (let c = Math.floor(width / 3); c <= Math.ceil((width * 2) / 3); c++) {
    let starts = 0;
    let crossed = 0;
    for (const r of rows) {
      if (isSpace(r, c)) continue;
      // Text at c: a right-column line starts there (two spaces before it) or a word runs across.
      if (isSpace(r, c - 1) && isSpace(r, c - 2)) starts++;
      else crossed++;
    }
    if (starts >= 8 && starts >= crossed * 2 && (!best || starts > best.starts)) best = { c, starts };
  }
  if (!best) return undefined;
  const c = best.c;
  let left = 0;
  let right = 0;
  let leftChars = 0;
  let rightChars = 0;
  for (const r of rows) {
    const l = r.slice(0, c).trim();
    const rt = isSpace(r, c - 1) ? r.slice(c).trim() : '';
    if (l) (left++, (leftChars += l.length));
    if (rt) (right++, (rightChars += rt.length));
  }
  if (left < 8 || right < 8 || leftChars / left < 20 || rightChars / right < 20) return undefined;
  return c;
}

/**
 * A page's rows in reading order around the cut: rows above the first row with right-column text
 * (and a first row standing apart: a running head) whole, then the left column, then the right
 * one, then a last row standing apart (the folio) whole. A row blank on one side only is no blank line in that column: the other column
 * had a line there. `first` is the page's first row in the source.
 */
export function readColumns(rows: string[], cut: number, first: number): RowPiece[] {
  const hasRight = (r: string): boolean => isSpace(r, cut - 1) && r.slice(cut).trim() !== '';
  let top = rows.findIndex(hasRight);
  let bottom = rows.length - 1;
  while (bottom >= 0 && !rows[bottom]!.trim()) bottom--;
  // A last row standing apart on one side only is the folio; a first one with text on both sides, the running head.
  if (bottom > 0 && !hasRight(rows[bottom]!) && !rows[bottom - 1]!.trim()) bottom--;
  const firstText = rows.findIndex((r) => r.trim() !== '');
  if (top === firstText && !rows[firstText + 1]?.trim()) top = rows.findIndex((r, i) => i > firstText && hasRight(r));
  const out: RowPiece[] = [];
  if (top < 0 || bottom < top) return rows.map((text, i) => ({ row: first + i, at: 0, text }));
  for (let i = 0; i < top; i++) out.push({ row: first + i, at: 0, text: rows[i]! });
  const right: RowPiece[] = [];
  for (let i = top; i <= bottom; i++) {
    const r = rows[i]!;
    const split = hasRight(r) || isSpace(r, cut - 1);
    const l = split ? r.slice(0, cut) : r;
    const rt = split ? r.slice(cut) : '';
    if (!r.trim()) {
      out.push({ row: first + i, at: 0, text: '' });
      right.push({ row: first + i, at: cut, text: '' });
      continue;
    }
    if (l.trim()) out.push({ row: first + i, at: 0, text: l });
    if (rt.trim()) right.push({ row: first + i, at: cut, text: rt });
  }
  out.push(...right);
  for (let i = bottom + 1; i < rows.length; i++) out.push({ row: first + i, at: 0, text: rows[i]! });
  return out;
}
