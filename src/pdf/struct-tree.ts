/** The structure tree read into JS nodes: the read side, shared by finishing's steps (accessibility/struct-tree.ts writes it back). */
import { PDFArray, PDFDict, PDFName, PDFNumber, PDFRef, type PDFDocument, type PDFObject } from 'pdf-lib';
import { nameText, pdfName } from './names.ts';

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

const N = pdfName;

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
    const node: StructNode = { kind: 'elem', type: s instanceof PDFName ? nameText(s) : 'NonStruct', dict, ref, kids: [], ...(parent ? { parent } : {}) };
    const pg = dict.get(N('Pg')) as PDFRef | undefined;
    node.kids = readKids(dict.get(N('K')), pg, node);
    return node;
  };
  const roots = readKids(rootDict.get(N('K')), undefined, undefined).filter((k): k is StructNode => k.kind === 'elem');
  return { rootDict, roots };
}

/**
 * Every element below (and including) `node`, in document order. A stack, not a generator per
 * level (each element then passed up through every level above it: finishing walks the sample's
 * tree a dozen times). As the recursive walk did, a node's kids are looked up once it has been
 * handed out, and each list is read by index as it stands, so a caller may change what is ahead.
 */
export function* walk(node: StructNode): Generator<StructNode> {
  yield node;
  const lists: Kid[][] = [node.kids];
  const at: number[] = [0];
  while (lists.length) {
    const top = lists.length - 1;
    const kids = lists[top]!;
    if (at[top]! >= kids.length) {
      lists.pop();
      at.pop();
      continue;
    }
    const k = kids[at[top]!++]!;
    if (k.kind !== 'elem') continue;
    yield k;
    lists.push(k.kids);
    at.push(0);
  }
}

/** Marked-content references below `node`, in order. */
export function mcids(node: StructNode): McidKid[] {
  const out: McidKid[] = [];
  collectMcids(node, out);
  return out;
}

// Into one list: each level's list spread into the one above copied every reference once per level.
function collectMcids(node: StructNode, out: McidKid[]): void {
  for (const k of node.kids) {
    if (k.kind === 'mcid') out.push(k);
    else if (k.kind === 'elem') collectMcids(k, out);
  }
}
