import { PDFArray, PDFDict, PDFName, PDFNumber, PDFRef, PDFString, type PDFDocument, type PDFObject } from 'pdf-lib';

/** Marked content on a page, referenced by MCID. */
export interface McidKid {
  kind: 'mcid';
  mcid: number;
  page: PDFRef;
}

/** An annotation (or other object) owned by a structure element. */
export interface ObjrKid {
  kind: 'objr';
  obj: PDFRef;
  page?: PDFRef;
}

/** A structure element, held in JS while we rearrange the tree, then written back. */
export interface StructNode {
  kind: 'elem';
  type: string;
  dict: PDFDict;
  ref: PDFRef;
  kids: Kid[];
  parent?: StructNode;
}

export type Kid = StructNode | McidKid | ObjrKid;

export interface StructTree {
  rootDict: PDFDict;
  /** The top element (usually Document). */
  roots: StructNode[];
}

const N = (s: string) => PDFName.of(s);

/** Read the whole structure tree into JS nodes. */
export function readStructTree(doc: PDFDocument): StructTree | undefined {
  const rootDict = doc.catalog.lookupMaybe(N('StructTreeRoot'), PDFDict);
  if (!rootDict) return undefined;
  const ctx = doc.context;
  const seen = new Set<string>();
  const readKids = (raw: PDFObject | undefined, pg: PDFRef | undefined, parent: StructNode | undefined): Kid[] => {
    if (raw === undefined) return [];
    const resolved = raw instanceof PDFRef ? ctx.lookup(raw) : raw;
    const list = resolved instanceof PDFArray ? resolved.asArray() : [raw];
    const out: Kid[] = [];
    for (const item of list) {
      const value = item instanceof PDFRef ? ctx.lookup(item) : item;
      if (value instanceof PDFNumber) {
        if (pg) out.push({ kind: 'mcid', mcid: value.asNumber(), page: pg });
        continue;
      }
      if (!(value instanceof PDFDict)) continue;
      const type = value.get(N('Type'));
      if (type === N('MCR')) {
        const page = (value.get(N('Pg')) as PDFRef | undefined) ?? pg;
        const mcid = value.lookup(N('MCID'), PDFNumber).asNumber();
        if (page && value.get(N('Stm')) === undefined) out.push({ kind: 'mcid', mcid, page });
        continue;
      }
      if (type === N('OBJR')) {
        const page = (value.get(N('Pg')) as PDFRef | undefined) ?? pg;
        out.push({ kind: 'objr', obj: value.get(N('Obj')) as PDFRef, ...(page ? { page } : {}) });
        continue;
      }
      if (!(item instanceof PDFRef) || seen.has(item.toString())) continue;
      seen.add(item.toString());
      out.push(readElem(item, value, parent));
    }
    return out;
  };
  const readElem = (ref: PDFRef, dict: PDFDict, parent: StructNode | undefined): StructNode => {
    const s = dict.get(N('S'));
    const node: StructNode = { kind: 'elem', type: s instanceof PDFName ? s.decodeText() : 'NonStruct', dict, ref, kids: [], ...(parent ? { parent } : {}) };
    const pg = dict.get(N('Pg')) as PDFRef | undefined;
    node.kids = readKids(dict.get(N('K')), pg, node);
    return node;
  };
  const roots = readKids(rootDict.get(N('K')), undefined, undefined).filter((k): k is StructNode => k.kind === 'elem');
  return { rootDict, roots };
}

/** Create a new structure element (not yet attached). */
export function createElem(doc: PDFDocument, type: string, parent?: StructNode): StructNode {
  const dict = doc.context.obj({ Type: 'StructElem', S: type }) as PDFDict;
  const ref = doc.context.register(dict);
  return { kind: 'elem', type, dict, ref, kids: [], ...(parent ? { parent } : {}) };
}

/** Every element below (and including) `node`, in document order. */
export function* walk(node: StructNode): Generator<StructNode> {
  yield node;
  for (const k of node.kids) if (k.kind === 'elem') yield* walk(k);
}

/** Marked-content references below `node`, in order. */
export function mcids(node: StructNode): McidKid[] {
  const out: McidKid[] = [];
  for (const k of node.kids) {
    if (k.kind === 'mcid') out.push(k);
    else if (k.kind === 'elem') out.push(...mcids(k));
  }
  return out;
}

/** Set parents of every kid to match the kids arrays (after moves). */
export function relink(node: StructNode): void {
  for (const k of node.kids) {
    if (k.kind !== 'elem') continue;
    k.parent = node;
    relink(k);
  }
}

/**
 * Write the JS tree back: /S, /P, /K, /Pg on every element, and a fresh ParentTree
 * (page StructParents -> owner of each MCID; annotation StructParent -> its element).
 */
export function writeStructTree(doc: PDFDocument, tree: StructTree): void {
  const ctx = doc.context;
  const pageOwners = new Map<string, { page: PDFRef; owners: Map<number, PDFRef> }>();
  const objOwners: Array<{ obj: PDFRef; owner: PDFRef }> = [];
  const rootRef = ctx.getObjectRef(tree.rootDict) ?? ctx.register(tree.rootDict);

  const write = (node: StructNode, parentRef: PDFRef) => {
    const d = node.dict;
    d.set(N('S'), N(node.type));
    d.set(N('P'), parentRef);
    const firstPage = node.kids.find((k): k is McidKid | ObjrKid => k.kind !== 'elem' && k.page !== undefined)?.page;
    if (firstPage) d.set(N('Pg'), firstPage);
    else d.delete(N('Pg'));
    const k: PDFObject[] = [];
    for (const kid of node.kids) {
      if (kid.kind === 'elem') {
        write(kid, node.ref);
        k.push(kid.ref);
      } else if (kid.kind === 'mcid') {
        k.push(kid.page === firstPage ? PDFNumber.of(kid.mcid) : ctx.obj({ Type: 'MCR', Pg: kid.page, MCID: kid.mcid }));
        const key = kid.page.toString();
        if (!pageOwners.has(key)) pageOwners.set(key, { page: kid.page, owners: new Map() });
        pageOwners.get(key)!.owners.set(kid.mcid, node.ref);
      } else {
        k.push(ctx.obj({ Type: 'OBJR', Obj: kid.obj, ...(kid.page ? { Pg: kid.page } : {}) }));
        objOwners.push({ obj: kid.obj, owner: node.ref });
      }
    }
    d.set(N('K'), ctx.obj(k));
  };
  for (const root of tree.roots) write(root, rootRef);
  tree.rootDict.set(N('K'), tree.roots.length === 1 ? tree.roots[0]!.ref : ctx.obj(tree.roots.map((r) => r.ref)));

  // ParentTree: one array per page (by StructParents), one entry per annotation (StructParent).
  const nums: PDFObject[] = [];
  let next = 0;
  for (const page of doc.getPages()) {
    const info = pageOwners.get(page.ref.toString());
    if (!info) {
      page.node.delete(N('StructParents'));
      continue;
    }
    const key = next++;
    page.node.set(N('StructParents'), PDFNumber.of(key));
    const max = Math.max(...info.owners.keys());
    const arr: PDFObject[] = [];
    for (let i = 0; i <= max; i++) arr.push(info.owners.get(i) ?? ctx.obj(null));
    nums.push(PDFNumber.of(key), ctx.register(ctx.obj(arr)));
  }
  for (const { obj, owner } of objOwners) {
    const annot = ctx.lookup(obj);
    if (!(annot instanceof PDFDict)) continue;
    const key = next++;
    annot.set(N('StructParent'), PDFNumber.of(key));
    nums.push(PDFNumber.of(key), owner);
  }
  tree.rootDict.set(N('ParentTree'), ctx.register(ctx.obj({ Nums: nums })));
  tree.rootDict.set(N('ParentTreeNextKey'), PDFNumber.of(next));
}

/** Set a text-string entry (e.g. /ID, /Alt) on an element. */
export function setText(node: StructNode, key: string, value: string): void {
  node.dict.set(N(key), PDFString.of(value));
}
