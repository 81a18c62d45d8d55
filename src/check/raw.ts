/**
 * What the checker reads with pdf-lib's parser, by a walk of its own (nothing shared with the
 * writer's reading code): the structure tree as one document-wide tree (so that a paragraph
 * that goes on over a page break is one element), which pages with
 * annotations lack /Tabs /S, and each element's /ID, /Lang, /Alt and /ActualText. The text of
 * the marked content it points at comes from the checker's content scan (content-scan.ts).
 */
import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFNumber, PDFRef, PDFString, type PDFObject } from 'pdf-lib';

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

const N = (s: string) => PDFName.of(s);
const MAX_DEPTH = 256;

export function readRaw(doc: PDFDocument): RawFacts {
  const pages = doc.getPages();
  const pageIndex = new Map(pages.map((p, i) => [p.ref.toString(), i]));
  const pagesWithoutTabs: number[] = [];
  pages.forEach((page, i) => {
    const annots = page.node.lookupMaybe(N('Annots'), PDFArray);
    if (annots && annots.size() > 0 && page.node.get(N('Tabs')) !== N('S')) pagesWithoutTabs.push(i + 1);
  });
  const root = doc.catalog.lookupMaybe(N('StructTreeRoot'), PDFDict);
  if (!root) return { pagesWithoutTabs };
  const roleMap = root.lookupMaybe(N('RoleMap'), PDFDict);
  const role = (type: string) => {
    let t = type;
    for (let i = 0; i < 8; i++) {
      const next = roleMap?.get(N(t));
      if (!(next instanceof PDFName)) break;
      t = next.decodeText();
    }
    return t;
  };
  const text = (d: PDFDict, key: string) => d.lookupMaybe(N(key), PDFString, PDFHexString)?.decodeText();
  const seen = new Set<PDFObject>();
  const kidsOf = (raw: PDFObject | undefined, pg: PDFRef | undefined, depth: number): Elem['kids'] => {
    if (raw === undefined || depth > MAX_DEPTH) return [];
    const value = raw instanceof PDFRef ? doc.context.lookup(raw) : raw;
    const list = value instanceof PDFArray ? value.asArray() : [raw];
    const out: Elem['kids'] = [];
    for (const item of list) {
      const v = item instanceof PDFRef ? doc.context.lookup(item) : item;
      if (v instanceof PDFNumber) {
        if (pg) out.push({ page: pageIndex.get(pg.toString()) ?? -1, mcid: v.asNumber() });
        continue;
      }
      if (!(v instanceof PDFDict) || seen.has(v)) continue;
      seen.add(v);
      const type = v.get(N('Type'));
      const ownPage = (v.get(N('Pg')) as PDFRef | undefined) ?? pg;
      if (type === N('MCR')) {
        const mcid = v.lookupMaybe(N('MCID'), PDFNumber);
        if (mcid && ownPage && v.get(N('Stm')) === undefined) out.push({ page: pageIndex.get(ownPage.toString()) ?? -1, mcid: mcid.asNumber() });
        continue;
      }
      if (type === N('OBJR')) {
        const obj = v.get(N('Obj'));
        if (obj instanceof PDFRef) out.push({ annot: `${obj.objectNumber}R${obj.generationNumber ? obj.generationNumber : ''}` });
        continue;
      }
      const s = v.get(N('S'));
      const t = s instanceof PDFName ? s.decodeText() : '';
      const fields = { alt: text(v, 'Alt'), actualText: text(v, 'ActualText'), lang: text(v, 'Lang'), id: text(v, 'ID') };
      const elem: Elem = { role: role(t), type: t, kids: kidsOf(v.get(N('K')), ownPage, depth + 1) };
      for (const [k, x] of Object.entries(fields)) if (x !== undefined) (elem as unknown as Record<string, string>)[k] = x;
      for (const a of tableAttributes(doc, v)) {
        const headers = a.lookupMaybe(N('Headers'), PDFArray);
        if (headers) elem.headers = headers.asArray().map((h) => (h instanceof PDFString || h instanceof PDFHexString ? h.decodeText() : ''));
        const span = a.lookupMaybe(N('ColSpan'), PDFNumber);
        if (span) elem.colSpan = span.asNumber();
      }
      out.push(elem);
    }
    return out;
  };
  const roots = kidsOf(root.get(N('K')), undefined, 0).filter((k): k is Elem => 'role' in k);
  return { roots, pagesWithoutTabs };
}

/** The element's attribute dictionaries owned by the Table layout (/A is one or an array of them). */
function tableAttributes(doc: PDFDocument, elem: PDFDict): PDFDict[] {
  const a = elem.get(N('A'));
  const v = a instanceof PDFRef ? doc.context.lookup(a) : a;
  const list = v instanceof PDFArray ? v.asArray().map((x) => (x instanceof PDFRef ? doc.context.lookup(x) : x)) : [v];
  return list.filter((d): d is PDFDict => d instanceof PDFDict && d.get(N('O')) === N('Table'));
}

/** Every element of the tree, depth first. */
export function* elements(roots: Elem[] | undefined): Generator<Elem> {
  for (const r of roots ?? []) {
    yield r;
    yield* elements(r.kids.filter((k): k is Elem => 'role' in k));
  }
}
