/** The write side of the structure tree: new elements, parent links, and the tree written back with a fresh ParentTree. */
import { PDFDict, PDFNumber, type PDFDocument, type PDFObject, type PDFRef } from 'pdf-lib';
import type { McidKid, ObjrKid, StructNode, StructTree } from '../pdf/struct-tree.ts';
import { pdfName } from '../pdf/names.ts';

const N = pdfName;

/** Create a new structure element (not yet attached). */
export function createElem(doc: PDFDocument, type: string, parent?: StructNode): StructNode {
  // As doc.context.obj({ Type: 'StructElem', S: type }) makes it, without decoding both names anew for every element.
  const dict = PDFDict.withContext(doc.context);
  dict.set(N('Type'), N('StructElem'));
  dict.set(N('S'), N(type));
  const ref = doc.context.register(dict);
  return { kind: 'elem', type, dict, ref, kids: [], ...(parent ? { parent } : {}) };
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
