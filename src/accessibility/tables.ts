import { PDFArray, PDFDict, PDFHexString, PDFNumber, PDFString, type PDFDocument, type PDFObject } from 'pdf-lib';
import { walk, type StructNode } from '../pdf/struct-tree.ts';
import { createElem } from './struct-tree.ts';
import { pdfName } from '../pdf/names.ts';

const N = pdfName;
const isCell = (k: StructNode['kids'][number]): k is StructNode => k.kind === 'elem' && (k.type === 'TD' || k.type === 'TH');

/**
 * Every table row as wide as its table, and every header reference naming a header cell of
 * its table. Chromium leaves an empty cell out of the tags (a pack summary's footer row read 3
 * cells of 4), and a row that a page break cut, or a table Paged.js continued on another page,
 * refers to header cells by IDs that name nothing in the PDF. A missing cell comes back empty
 * where its column's header says it stood (at the row's end if no header says); a cell's
 * header references are those of its column in the table's header row. Returns the cells added.
 */
export function repairTables(doc: PDFDocument, root: StructNode): number {
  let added = 0;
  for (const table of [...walk(root)].filter((n) => n.type === 'Table')) {
    const rows = [...walk(table)].filter((n) => n.type === 'TR');
    const header = rows.find((r) => r.kids.filter(isCell).every((c) => c.type === 'TH') && r.kids.some(isCell));
    const headerIds = header ? header.kids.filter(isCell).map((c) => textEntry(c.dict, 'ID')) : [];
    const columnOf = new Map(headerIds.map((id, i) => [id, i] as const).filter(([id]) => id !== undefined) as Array<[string, number]>);
    const width = Math.max(0, ...rows.map((r) => span(r.kids.filter(isCell))));
    for (const row of rows) {
      const cells = row.kids.filter(isCell);
      let missing = width - span(cells);
      if (missing > 0) {
        // Place each cell at its header's column; the gaps are the empty cells left out.
        const at: Array<StructNode | undefined> = Array.from({ length: width });
        const unplaced: StructNode[] = [];
        for (const c of cells) {
          const col = headersOf(c)
            .map((h) => columnOf.get(h))
            .find((x) => x !== undefined);
          if (col !== undefined && at[col] === undefined) at[col] = c;
          else unplaced.push(c);
        }
        // Cells no header places keep their order, filling the first gaps.
        for (const c of unplaced) at[at.findIndex((x) => x === undefined)] = c;
        const kids: StructNode['kids'] = [];
        for (const c of at) {
          if (c) kids.push(c);
          else if (missing-- > 0) {
            kids.push(createElem(doc, 'TD', row));
            added++;
          }
        }
        row.kids = [...kids, ...row.kids.filter((k) => !isCell(k))];
      }
      if (row === header || !headerIds.length) continue;
      let column = 0;
      for (const cell of row.kids.filter(isCell)) {
        const id = headerIds[column];
        if (cell.type === 'TD' && id !== undefined) setHeaders(doc, cell, [id]);
        column += span([cell]);
      }
    }
  }
  return added;
}

function span(cells: StructNode[]): number {
  return cells.reduce((n, c) => n + (tableAttribute(c.dict, 'ColSpan')?.asNumber() ?? 1), 0);
}

function textEntry(d: PDFDict, key: string): string | undefined {
  return d.lookupMaybe(N(key), PDFString, PDFHexString)?.decodeText();
}

/** The /A dictionaries of the Table layout (one, or an array of them). */
function tableDicts(d: PDFDict): PDFDict[] {
  const a = d.get(N('A'));
  const list: PDFObject[] = a instanceof PDFArray ? a.asArray() : a ? [a] : [];
  return list.map((x) => d.context.lookup(x)).filter((x): x is PDFDict => x instanceof PDFDict && x.get(N('O')) === N('Table'));
}

function tableAttribute(d: PDFDict, key: string): PDFNumber | undefined {
  for (const a of tableDicts(d)) {
    const v = a.lookupMaybe(N(key), PDFNumber);
    if (v) return v;
  }
  return undefined;
}

function headersOf(cell: StructNode): string[] {
  for (const a of tableDicts(cell.dict)) {
    const h = a.lookupMaybe(N('Headers'), PDFArray);
    if (h) return h.asArray().map((x) => (x instanceof PDFString || x instanceof PDFHexString ? x.decodeText() : ''));
  }
  return [];
}

function setHeaders(doc: PDFDocument, cell: StructNode, ids: string[]): void {
  const value = doc.context.obj(ids.map((id) => PDFString.of(id)));
  const own = tableDicts(cell.dict).find((a) => a.get(N('Headers')));
  if (own) return void own.set(N('Headers'), value);
  const attrs = doc.context.obj({ O: 'Table' }) as PDFDict;
  attrs.set(N('Headers'), value);
  const a = cell.dict.get(N('A'));
  if (a instanceof PDFArray) a.push(attrs);
  else cell.dict.set(N('A'), a ? doc.context.obj([a, attrs]) : attrs);
}
