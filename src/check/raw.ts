/**
 * What the checker reads of the structure tree, by a walk of its own over its own reading of
 * the file's objects (pdf-file.ts: nothing shared with the writer, nor with its library): the
 * tree as one document-wide tree (so that a paragraph that goes on over a page break is one
 * element), which pages with annotations lack /Tabs /S, and each element's /ID, /Lang, /Alt
 * and /ActualText. The text of the marked content it points at comes from the checker's
 * content scan (content-scan.ts).
 */
import { Name, Ref, type Dict, type PdfFile, type Value } from './pdf-file.ts';

/** A structure element: its type (through the role map), its text entries, and its kids in order. */
export interface Elem {
  role: string;
  /** The type as written, before the role map. */
  type: string;
  alt?: string;
  actualText?: string;
  lang?: string;
  id?: string;
  /** Table attributes (/A with /O /Table): the header cells' IDs, and the columns it spans. */
  headers?: string[];
  colSpan?: number;
  kids: Array<Elem | McRef | AnnotRef>;
}

/** Marked content: its page (0-based) and MCID. */
export interface McRef {
  page: number;
  mcid: number;
}

/** An annotation owned by an element, by its object number (`37R`, as pdf.js names it). */
export interface AnnotRef {
  annot: string;
}

export interface RawFacts {
  /** The structure tree's top elements (undefined: no StructTreeRoot). */
  roots?: Elem[];
  /** Pages (1-based) that have annotations but no /Tabs /S. */
  pagesWithoutTabs: number[];
}

const MAX_DEPTH = 256;

export function readRaw(file: PdfFile, pages: Array<{ ref: Ref | undefined; dict: Dict }>): RawFacts {
  const pageIndex = new Map(pages.map((p, i) => [p.ref?.num, i]));
  const pagesWithoutTabs: number[] = [];
  pages.forEach((page, i) => {
    const annots = file.array(page.dict.get('Annots'));
    if (annots && annots.length > 0 && file.name(page.dict.get('Tabs')) !== 'S') pagesWithoutTabs.push(i + 1);
  });
  const root = file.dict(file.catalog.get('StructTreeRoot'));
  if (!root) return { pagesWithoutTabs };
  const roleMap = file.dict(root.get('RoleMap'));
  const role = (type: string) => {
    let t = type;
    for (let i = 0; i < 8; i++) {
      const next = roleMap?.get(t);
      if (!(next instanceof Name)) break;
      t = next.value;
    }
    return t;
  };
  const seen = new Set<Dict>();
  const pageOf = (pg: Ref | undefined) => (pg ? (pageIndex.get(pg.num) ?? -1) : -1);
  const kidsOf = (raw: Value | undefined, pg: Ref | undefined, depth: number): Elem['kids'] => {
    if (raw === undefined || depth > MAX_DEPTH) return [];
    const value = file.get(raw);
    const list = Array.isArray(value) ? value : [raw];
    const out: Elem['kids'] = [];
    for (const item of list) {
      const v = file.get(item);
      if (typeof v === 'number') {
        if (pg) out.push({ page: pageOf(pg), mcid: v });
        continue;
      }
      const d = v instanceof Map ? v : undefined;
      if (!d || seen.has(d)) continue;
      seen.add(d);
      const type = file.name(d.get('Type'));
      const ownPg = d.get('Pg');
      const ownPage = ownPg instanceof Ref ? ownPg : pg;
      if (type === 'MCR') {
        const mcid = file.number(d.get('MCID'));
        if (mcid !== undefined && ownPage && d.get('Stm') === undefined) out.push({ page: pageOf(ownPage), mcid });
        continue;
      }
      if (type === 'OBJR') {
        const obj = d.get('Obj');
        if (obj instanceof Ref) out.push({ annot: obj.id });
        continue;
      }
      const t = file.name(d.get('S')) ?? '';
      const fields = { alt: file.text(d.get('Alt')), actualText: file.text(d.get('ActualText')), lang: file.text(d.get('Lang')), id: file.text(d.get('ID')) };
      const elem: Elem = { role: role(t), type: t, kids: kidsOf(d.get('K'), ownPage, depth + 1) };
      for (const [k, x] of Object.entries(fields)) if (x !== undefined) (elem as unknown as Record<string, string>)[k] = x;
      for (const a of tableAttributes(file, d)) {
        const headers = file.array(a.get('Headers'));
        if (headers) elem.headers = headers.map((h) => file.text(h) ?? '');
        const span = file.number(a.get('ColSpan'));
        if (span !== undefined) elem.colSpan = span;
      }
      out.push(elem);
    }
    return out;
  };
  const roots = kidsOf(root.get('K'), undefined, 0).filter((k): k is Elem => 'role' in k);
  return { roots, pagesWithoutTabs };
}

/** The element's attribute dictionaries owned by the Table layout (/A is one or an array of them). */
function tableAttributes(file: PdfFile, elem: Dict): Dict[] {
  const a = file.get(elem.get('A'));
  const list = Array.isArray(a) ? a.map((x) => file.get(x)) : [a];
  return list.filter((d): d is Dict => d instanceof Map && file.name(d.get('O')) === 'Table');
}

/** Every element of the tree, depth first. */
export function* elements(roots: Elem[] | undefined): Generator<Elem> {
  for (const r of roots ?? []) {
    yield r;
    yield* elements(r.kids.filter((k): k is Elem => 'role' in k));
  }
}
