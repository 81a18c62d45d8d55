/**
 * Two-column pages for PDF input. pdf.js gives glyph runs with their positions; grouped by
 * baseline alone, the two columns of a page would be read across, a line of the left column run
 * into the line of the right column beside it. A page whose lines leave one vertical strip in the
 * middle empty is laid out again as one column: what spans the page above the columns (a title),
 * then the left column, then the right column moved under it at the left column's place, then
 * what spans the page below (a folio). Later steps then see one column, as on any page.
 */
import type { Glyphs } from './pdf-columns.ts';
import { linesOf } from './pdf-columns.ts';

const blank = (g: Glyphs): boolean => !g.str.trim();

/** The empty strip between two columns, in page x, if the page has two. */
export interface Gutter {
  from: number;
  to: number;
}

/**
 * The gutter of a two-column page: the widest strip in the middle third of the text's width that
 * at most one line in eight crosses (a centred title, folio or running head may), at least half
 * an em wide, with at least eight lines of text on each side. Justified one-column text leaves
 * no such strip: its word gaps fall at different places on every line.
 */
export function gutterOf(items: Glyphs[], bodySize: number): Gutter | undefined {
  const lines = linesOf(items.filter((g) => !blank(g)));
  if (lines.length < 16) return undefined;
  let min = Infinity;
  let max = -Infinity;
  for (const l of lines)
    for (const g of l) {
      min = Math.min(min, g.x);
      max = Math.max(max, g.x + g.width);
    }
  const step = 0.5;
  const bins = Math.ceil((max - min) / step) + 1;
  if (!Number.isFinite(bins) || bins < 4 || bins > 20000) return undefined;
  // How many lines cover each strip of half a point (a line counts once however many runs it has).
  const cover = new Int32Array(bins + 1);
  for (const l of lines) {
    const seen = new Uint8Array(bins + 1);
    for (const g of l) {
      const a = Math.max(0, Math.floor((g.x - min) / step));
      const b = Math.min(bins, Math.ceil((g.x + g.width - min) / step));
      for (let k = a; k < b; k++) seen[k] = 1;
    }
    for (let k = 0; k < bins; k++) cover[k]! += seen[k]!;
  }
  const limit = Math.floor(lines.length / 8);
  const lo = Math.floor(bins / 3);
  const hi = Math.ceil((bins * 2) / 3);
  let best: { a: number; b: number } | undefined;
  for (let k = lo; k < hi; k++) {
    if (cover[k]! > limit) continue;
    let e = k;
    while (e < bins && cover[e]! <= limit) e++;
    if (!best || e - k > best.b - best.a) best = { a: k, b: e };
    k = e;
  }
  if (!best || (best.b - best.a) * step < bodySize * 0.5) return undefined;
  const gutter = { from: min + best.a * step, to: min + best.b * step };
  let left = 0;
  let right = 0;
  for (const l of lines) {
    if (l.some((g) => g.x + g.width <= gutter.from + 0.5)) left++;
    if (l.some((g) => g.x >= gutter.to - 0.5)) right++;
  }
  return left >= 8 && right >= 8 ? gutter : undefined;
}

/**
 * The page's items laid out as one column (see the module comment); the items unchanged when the
 * page has no gutter. `pitch` is the body's usual distance between baselines.
 */
export function asOneColumn(items: Glyphs[], gutter: Gutter, pitch: number): Glyphs[] {
  const side = (g: Glyphs): 'left' | 'right' | 'span' => (g.x + g.width <= gutter.from + 0.5 ? 'left' : g.x >= gutter.to - 0.5 ? 'right' : 'span');
  const lines = linesOf(items);
  // A line with a run across the gutter spans the page, and so does a first or last line standing
  // apart (a running head with its folio); the columns run from the first other line to the last.
  const apart = (i: number, j: number): boolean => !!lines[i] && !!lines[j] && Math.abs(lines[i]![0]!.y - lines[j]![0]!.y) > pitch * 1.4;
  const spans = lines.map((l, i) => l.some((g) => !blank(g) && side(g) === 'span') || (i === 0 && apart(0, 1)) || (i === lines.length - 1 && apart(i, i - 1)));
  const first = spans.indexOf(false);
  const last = spans.lastIndexOf(false);
  if (first < 0) return items;
  const left: Glyphs[] = [];
  const right: Glyphs[] = [];
  const above: Glyphs[] = [];
  const below: Glyphs[] = [];
  lines.forEach((l, i) => {
    if (i < first) above.push(...l);
    else if (i > last) below.push(...l);
    else if (spans[i]) left.push(...l);
    else for (const g of l) (side(g) === 'right' ? right : left).push(g);
  });
  const real = (gs: Glyphs[]): Glyphs[] => gs.filter((g) => !blank(g));
  if (real(left).length === 0 || real(right).length === 0) return items;
  const leftX = Math.min(...real(left).map((g) => g.x));
  const rightX = Math.min(...real(right).map((g) => g.x));
  const leftBottom = Math.min(...real(left).map((g) => g.y));
  const rightTop = Math.max(...real(right).map((g) => g.y));
  // The right column's first baseline one line under the left column's last.
  const dy = rightTop - leftBottom + pitch;
  const dx = rightX - leftX;
  return [...above, ...left, ...right.map((g) => ({ ...g, x: g.x - dx, y: g.y - dy })), ...below.map((g) => ({ ...g, y: g.y - dy }))];
}
