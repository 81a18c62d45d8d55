import { PDFArray, PDFDict, PDFDocument, PDFName, PDFObjectCopier, PDFRef, type PDFObject } from 'pdf-lib';
import { createElem, readStructTree, writeStructTree, type Kid, type StructNode } from './struct-tree.ts';

/** A run of pages, 0-based, `to` exclusive. */
export interface PageRange {
  from: number;
  to: number;
}

const N = (s: string) => PDFName.of(s);
// Entries an element gets anew in the new document; everything else (/Alt, /ActualText, /Lang, /A, /T…) is copied.
const REBUILT = new Set(['P', 'K', 'Pg', 'S', 'Type']);

/**
 * Split a tagged PDF (Chromium's) into one PDF per page range, each with its own structure
 * tree: the elements whose content lies in the range, their marked content and annotations
 * remapped to the copied pages, and the named destinations that point into it. Packs are laid
 * out together in one Paged.js document and split here, so each pack is a tagged PDF of its own.
 */
export async function splitTaggedPdf(bytes: Uint8Array, ranges: PageRange[]): Promise<Uint8Array[]> {
  const src = await PDFDocument.load(bytes, { updateMetadata: false });
  const tree = readStructTree(src);
  const srcIndex = new Map(src.getPages().map((p, i) => [p.ref.toString(), i]));
  const pagesOf = pageSets(tree?.roots ?? [], srcIndex);
  const out: Uint8Array[] = [];
  for (const range of ranges) {
    const doc = await PDFDocument.create({ updateMetadata: false });
    const copier = PDFObjectCopier.for(src.context, doc.context);
    const pageRef = new Map<string, PDFRef>();
    const annotRef = new Map<string, PDFRef>();
    // One copyPages call: fonts and other shared resources are copied once, not per page.
    const indices = Array.from({ length: range.to - range.from }, (_, k) => range.from + k);
    const copiedPages = await doc.copyPages(src, indices);
    indices.forEach((i, k) => {
      const page = src.getPage(i);
      const copied = copiedPages[k]!;
      doc.addPage(copied);
      pageRef.set(page.ref.toString(), copied.ref);
      // Annotations are copied with their page, in the same order.
      const after = copied.node.Annots()?.asArray() ?? [];
      (page.node.Annots()?.asArray() ?? []).forEach((ref, j) => {
        const mapped = after[j];
        if (ref instanceof PDFRef && mapped instanceof PDFRef) annotRef.set(ref.toString(), mapped);
      });
    });
    const inRange = (i: number) => i >= range.from && i < range.to;
    const copyKid = (kid: Kid, parent?: StructNode): Kid | undefined => {
      if (kid.kind === 'mcid') {
        const page = pageRef.get(kid.page.toString());
        return page ? { kind: 'mcid', mcid: kid.mcid, page } : undefined;
      }
      if (kid.kind === 'objr') {
        const obj = annotRef.get(kid.obj.toString());
        const page = kid.page ? pageRef.get(kid.page.toString()) : undefined;
        return obj ? { kind: 'objr', obj, ...(page ? { page } : {}) } : undefined;
      }
      const pages = pagesOf.get(kid)!;
      if (![...pages].some(inRange)) return undefined;
      const node = createElem(doc, kid.type, parent);
      for (const [key, value] of kid.dict.entries()) if (!REBUILT.has(key.decodeText())) node.dict.set(key, copier.copy(value as PDFObject));
      node.kids = kid.kids.map((k) => copyKid(k, node)).filter((k): k is Kid => k !== undefined);
      return node;
    };
    if (tree) {
      const rootDict = doc.context.obj({ Type: 'StructTreeRoot' }) as PDFDict;
      doc.context.register(rootDict);
      const roleMap = tree.rootDict.get(N('RoleMap'));
      if (roleMap) rootDict.set(N('RoleMap'), copier.copy(roleMap));
      const roots = tree.roots.map((r) => copyKid(r)).filter((r): r is StructNode => r?.kind === 'elem');
      writeStructTree(doc, { rootDict, roots });
      doc.catalog.set(N('StructTreeRoot'), doc.context.getObjectRef(rootDict)!);
    }
    copyDestinations(src, doc, pageRef);
    out.push(await doc.save({ useObjectStreams: false }));
  }
  return out;
}

/** The pages (0-based) each element's content lies on, for every element of the tree. */
function pageSets(roots: StructNode[], index: Map<string, number>): Map<StructNode, Set<number>> {
  const sets = new Map<StructNode, Set<number>>();
  const visit = (node: StructNode): Set<number> => {
    const pages = new Set<number>();
    for (const k of node.kids) {
      if (k.kind === 'elem') for (const p of visit(k)) pages.add(p);
      else if (k.page) pages.add(index.get(k.page.toString()) ?? -1);
    }
    sets.set(node, pages);
    return pages;
  };
  roots.forEach(visit);
  return sets;
}

/** Chromium's named destinations (/Dests) that point at a copied page, re-pointed at the copy. */
function copyDestinations(src: PDFDocument, doc: PDFDocument, pageRef: Map<string, PDFRef>): void {
  const dests = src.catalog.lookupMaybe(N('Dests'), PDFDict);
  if (!dests) return;
  const out = doc.context.obj({}) as PDFDict;
  for (const [name, raw] of dests.entries()) {
    const value = raw instanceof PDFRef ? src.context.lookup(raw) : raw;
    const array = value instanceof PDFDict ? value.lookupMaybe(N('D'), PDFArray) : value instanceof PDFArray ? value : undefined;
    const target = array?.get(0);
    const page = target instanceof PDFRef ? pageRef.get(target.toString()) : undefined;
    if (!array || !page) continue;
    out.set(name, doc.context.obj([page, ...array.asArray().slice(1)]));
  }
  doc.catalog.set(N('Dests'), doc.context.register(out));
}
