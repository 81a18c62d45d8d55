import { PDFArray, PDFDict, PDFDocument, PDFObjectCopier, PDFPage, PDFRef, PDFString, PDFHexString, type PDFObject } from 'pdf-lib';
import { readStructTree, type Kid, type StructNode, type StructTree } from '../pdf/struct-tree.ts';
import { createElem, relink, writeStructTree } from './struct-tree.ts';
import { loadPdf, savePdf } from '../util/pdf-io.ts';
import { nameText, pdfName } from '../pdf/names.ts';

/** Pages `from` (0-based) to `to` (exclusive) of source `source`, or an empty page. */
export type Piece = { source: number; from: number; to: number } | { blank: true };

/** A tagged PDF read once, to be cut into pieces. */
export interface TaggedSource {
  doc: PDFDocument;
  tree: StructTree | undefined;
  /** The pages (0-based) each element's content lies on. */
  pagesOf: Map<StructNode, Set<number>>;
  /** Each page's index (0-based), by its reference. */
  pageIndex: Map<string, number>;
}

export interface AssembleOptions {
  /** Named destinations to add, at a page of the result (0-based) and a point in CSS px from its top left. */
  dests?: Array<{ name: string; page: number; left: number; top: number }>;
  /** A link whose URI this maps to a name becomes a link to that named destination. */
  linkTarget?: (uri: string) => string | undefined;
  /** Join the pieces' top-level Document elements into one (a book laid out in parts). */
  oneDocument?: boolean;
}

const N = pdfName;
// Entries an element gets anew in the new document; everything else (/Alt, /ActualText, /Lang, /A, /T…) is copied.
const REBUILT = new Set(['P', 'K', 'Pg', 'S', 'Type']);

export async function loadTaggedSource(bytes: Uint8Array): Promise<TaggedSource> {
  const doc = await loadPdf(bytes);
  const tree = readStructTree(doc);
  const pageIndex = new Map(doc.getPages().map((p, i) => [p.ref.toString(), i]));
  return { doc, tree, pagesOf: pageSets(tree?.roots ?? [], pageIndex), pageIndex };
}

/**
 * One tagged PDF from pieces of others (Chromium's): the pages, a structure tree of the elements
 * whose content lies on them (marked content and annotations re-pointed at the copies), and
 * the named destinations into them. Packs split one laid-out document into several PDFs with
 * it; the reader joins the parts it laid out in parallel.
 */
export async function assembleTaggedPdf(sources: TaggedSource[], pieces: Piece[], options: AssembleOptions = {}): Promise<Uint8Array> {
  return savePdf(await assembleTaggedDoc(sources, pieces, options), { useObjectStreams: false });
}

/** As assembleTaggedPdf, but the document itself, for a caller that works on it before saving. */
export async function assembleTaggedDoc(sources: TaggedSource[], pieces: Piece[], options: AssembleOptions = {}): Promise<PDFDocument> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  // One copier per source: fonts and other shared resources are copied once, whatever the pieces.
  const copiers = sources.map((s) => PDFObjectCopier.for(s.doc.context, doc.context));
  const pageRef = sources.map(() => new Map<string, PDFRef>());
  const annotRef = sources.map(() => new Map<string, PDFRef>());
  const roots: StructNode[] = [];
  let roleMap: PDFObject | undefined;
  for (const piece of pieces) {
    if ('blank' in piece) {
      const last = doc.getPageCount() > 0 ? doc.getPage(doc.getPageCount() - 1) : undefined;
      const { width, height } = last?.getSize() ?? firstSize(sources);
      const blank = doc.addPage([width, height]);
      // An empty content stream: a page without /Contents cannot be embedded (imposition does that).
      blank.node.set(N('Contents'), doc.context.register(doc.context.stream('')));
      continue;
    }
    const src = sources[piece.source]!;
    const copier = copiers[piece.source]!;
    for (let i = piece.from; i < piece.to; i++) {
      const page = src.doc.getPage(i);
      const node = copier.copy(page.node);
      const copied = PDFPage.of(node, doc.context.register(node), doc);
      doc.addPage(copied);
      pageRef[piece.source]!.set(page.ref.toString(), copied.ref);
      // Annotations are copied with their page, in the same order.
      const after = copied.node.Annots()?.asArray() ?? [];
      (page.node.Annots()?.asArray() ?? []).forEach((ref, j) => {
        const mapped = after[j];
        if (ref instanceof PDFRef && mapped instanceof PDFRef) annotRef[piece.source]!.set(ref.toString(), mapped);
      });
    }
    if (!src.tree) continue;
    roleMap ??= src.tree.rootDict.get(N('RoleMap')) ? copier.copy(src.tree.rootDict.get(N('RoleMap'))!) : undefined;
    const inPiece = (i: number) => i >= piece.from && i < piece.to;
    const pages = pageRef[piece.source]!;
    const annots = annotRef[piece.source]!;
    const copyKid = (kid: Kid, parent?: StructNode): Kid | undefined => {
      if (kid.kind === 'mcid') {
        if (!inPiece(src.pageIndex.get(kid.page.toString()) ?? -1)) return undefined;
        return { kind: 'mcid', mcid: kid.mcid, page: pages.get(kid.page.toString())! };
      }
      if (kid.kind === 'objr') {
        const index = kid.page ? (src.pageIndex.get(kid.page.toString()) ?? -1) : -1;
        const obj = annots.get(kid.obj.toString());
        if (!obj || (kid.page && !inPiece(index))) return undefined;
        const page = kid.page ? pages.get(kid.page.toString()) : undefined;
        return { kind: 'objr', obj, ...(page ? { page } : {}) };
      }
      if (![...src.pagesOf.get(kid)!].some(inPiece)) return undefined;
      const node = createElem(doc, kid.type, parent);
      for (const [key, value] of kid.dict.entries()) if (!REBUILT.has(nameText(key))) node.dict.set(key, copier.copy(value as PDFObject));
      node.kids = kid.kids.map((k) => copyKid(k, node)).filter((k): k is Kid => k !== undefined);
      return node;
    };
    for (const r of src.tree.roots) {
      const copied = copyKid(r);
      if (copied?.kind === 'elem') roots.push(copied);
    }
  }
  if (sources.some((s) => s.tree)) {
    const rootDict = doc.context.obj({ Type: 'StructTreeRoot' }) as PDFDict;
    doc.context.register(rootDict);
    if (roleMap) rootDict.set(N('RoleMap'), roleMap);
    writeStructTree(doc, { rootDict, roots: options.oneDocument ? oneDocument(roots) : roots });
    doc.catalog.set(N('StructTreeRoot'), doc.context.getObjectRef(rootDict)!);
  }
  const dests = doc.context.obj({}) as PDFDict;
  sources.forEach((s, k) => copyDestinations(s.doc, dests, pageRef[k]!));
  for (const d of options.dests ?? []) {
    const page = doc.getPage(d.page);
    // CSS px are 3/4 of a point; PDF space runs up from the page's foot.
    if (!dests.has(N(d.name))) dests.set(N(d.name), doc.context.obj([page.ref, N('XYZ'), d.left * 0.75, page.getHeight() - d.top * 0.75, 0]));
  }
  doc.catalog.set(N('Dests'), doc.context.register(dests));
  if (options.linkTarget) pointLinksHome(doc, dests, options.linkTarget);
  return doc;
}

/** The first page's size among the sources (for a blank page that opens the result). */
function firstSize(sources: TaggedSource[]): { width: number; height: number } {
  const page = sources.find((s) => s.doc.getPageCount() > 0)?.doc.getPage(0);
  return page?.getSize() ?? { width: 419.53, height: 595.28 };
}

/** The part-wise Document elements as one Document, holding all their kids in order. */
function oneDocument(roots: StructNode[]): StructNode[] {
  const docs = roots.filter((r) => r.type === 'Document');
  if (docs.length < 2) return roots;
  const first = docs[0]!;
  const out: StructNode[] = [];
  for (const r of roots) {
    if (r === first || r.type !== 'Document') out.push(r);
    else first.kids.push(...r.kids);
  }
  relink(first);
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
function copyDestinations(src: PDFDocument, out: PDFDict, pageRef: Map<string, PDFRef>): void {
  const dests = src.catalog.lookupMaybe(N('Dests'), PDFDict);
  if (!dests) return;
  for (const [name, raw] of dests.entries()) {
    const value = raw instanceof PDFRef ? src.context.lookup(raw) : raw;
    const array = value instanceof PDFDict ? value.lookupMaybe(N('D'), PDFArray) : value instanceof PDFArray ? value : undefined;
    const target = array?.get(0);
    const page = target instanceof PDFRef ? pageRef.get(target.toString()) : undefined;
    if (!array || !page || out.has(name)) continue;
    out.set(name, out.context.obj([page, ...array.asArray().slice(1)]));
  }
}

/** URI links that stand for a place in the book (a link across parts) become links to it. */
function pointLinksHome(doc: PDFDocument, dests: PDFDict, linkTarget: (uri: string) => string | undefined): void {
  for (const page of doc.getPages()) {
    for (const ref of page.node.Annots()?.asArray() ?? []) {
      const annot = doc.context.lookup(ref);
      if (!(annot instanceof PDFDict)) continue;
      const action = annot.lookupMaybe(N('A'), PDFDict);
      const uri = action?.get(N('URI'));
      if (!(uri instanceof PDFString || uri instanceof PDFHexString)) continue;
      const name = linkTarget(uri.decodeText());
      if (name === undefined || !dests.has(N(name))) continue;
      annot.delete(N('A'));
      annot.set(N('Dest'), N(name));
    }
  }
}
