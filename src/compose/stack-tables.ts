/**
 * Large print sets tables at 16 pt: a table whose columns cannot all keep their longest word
 * on the page is set stacked instead, one record at a time, each cell beside its column's
 * heading (a two-column table: the heading as a row header, the value as its cell). Squeezed,
 * its words broke without a hyphen ("Ye" / "ar"), which every reader of the PDF's text then
 * read as two words; widened, it ran off the page. The stacked table is still a table, with
 * the same words in the same order per record, so its tags and text stay true to the source.
 */
import type { Element, ElementContent, Root } from 'hast';

export interface StackOptions {
  /** The width tables are set in, in points. */
  measure: number;
  /** The body size tables are set at, in points. */
  fontSize: number;
}

// An average glyph of Atkinson Hyperlegible is about 0.55 em wide; a cell's padding is 3 mm.
const GLYPH_EM = 0.55;
const CELL_PADDING = 8.5;
// A table is stacked when its narrowest setting (each column as wide as its longest word)
// takes more than this share of the measure: the estimate is rough, and a table too wide
// runs off the page.
const SHARE = 0.9;

/** Stack every table of `tree` that would not fit `options.measure` with its words whole. */
export function stackWideTables(tree: Root, options: StackOptions): void {
  const visit = (node: Root | Element) => {
    node.children.forEach((child, i) => {
      if (child.type !== 'element') return;
      if (child.tagName === 'table') {
        const replacement = stacked(child, options);
        if (replacement) node.children[i] = replacement;
        return;
      }
      visit(child);
    });
  };
  visit(tree);
}

const isElement = (n: ElementContent, ...tags: string[]): n is Element => n.type === 'element' && tags.includes(n.tagName);
const rowsOf = (el: Element): Element[] =>
  el.children.flatMap((c) => {
    if (c.type !== 'element') return [];
    if (c.tagName === 'tr') return [c];
    return ['thead', 'tbody', 'tfoot'].includes(c.tagName) ? c.children.filter((r): r is Element => isElement(r, 'tr')) : [];
  });
const cellsOf = (row: Element) => row.children.filter((c): c is Element => isElement(c, 'th', 'td'));

function textOf(node: ElementContent): string {
  if (node.type === 'text') return node.value;
  if (node.type === 'element') return node.children.map(textOf).join('');
  return '';
}

/** The stacked form of a table, or undefined if it fits as it is (or has cells spanning several). */
function stacked(table: Element, { measure, fontSize }: StackOptions): Element | undefined {
  const rows = rowsOf(table);
  if (rows.length === 0) return undefined;
  const grid = rows.map(cellsOf);
  // Spanning cells make records that are not one row each: left as they are.
  if (grid.some((cells) => cells.some((c) => Number(c.properties.colSpan ?? 1) > 1 || Number(c.properties.rowSpan ?? 1) > 1))) return undefined;
  const columns = Math.max(...grid.map((cells) => cells.length));
  const longest = Array.from({ length: columns }, (_, k) =>
    Math.max(
      0,
      ...grid.map((cells) =>
        Math.max(
          0,
          ...(cells[k]
            ? textOf(cells[k])
                .split(/\s+/)
                .map((w) => w.length)
            : [0]),
        ),
      ),
    ),
  );
  const narrowest = longest.reduce((sum, chars) => sum + chars * GLYPH_EM * fontSize + CELL_PADDING, 0);
  if (columns < 2 || narrowest <= measure * SHARE) return undefined;
  // The heading row: the table's head, or a first row of header cells.
  const head = table.children.find((c): c is Element => c.type === 'element' && c.tagName === 'thead');
  const headRow = head ? rowsOf(head)[0] : grid[0]!.every((c) => c.tagName === 'th') ? rows[0] : undefined;
  const headings = headRow ? cellsOf(headRow) : [];
  const headRows = head ? rowsOf(head) : [];
  const records = rows.filter((r) => r !== headRow && !headRows.includes(r));
  const caption = table.children.filter((c): c is Element => isElement(c, 'caption'));
  // One body, each record's first row marked: Paged.js breaks a table between bodies.
  const body: Element = {
    type: 'element',
    tagName: 'tbody',
    properties: {},
    children: records.flatMap((row) =>
      cellsOf(row).map((cell, k): Element => ({
        type: 'element',
        tagName: 'tr',
        properties: k === 0 ? { className: ['record'] } : {},
        children: [
          ...(headings[k]
            ? [{ type: 'element', tagName: 'th', properties: { scope: 'row' }, children: structuredClone(headings[k]!.children) } satisfies Element]
            : []),
          { type: 'element', tagName: 'td', properties: { ...cell.properties, colSpan: headings[k] ? undefined : 2 }, children: cell.children },
        ],
      })),
    ),
  };
  const className = [...((table.properties.className as string[] | undefined) ?? []), 'stacked'];
  return { ...table, properties: { ...table.properties, className }, children: [...caption, body] };
}
