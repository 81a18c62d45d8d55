import type { PDFDocument } from 'pdf-lib';
import { walk, type StructNode } from '../pdf/struct-tree.ts';
import { createElem } from './struct-tree.ts';

/** Rule 7.2-20: an LI holds only Lbl and LBody. Everything after the label goes into one LBody. */
export function addListBodies(doc: PDFDocument, root: StructNode): number {
  let added = 0;
  for (const li of [...walk(root)].filter((n) => n.type === 'LI')) {
    if (li.kids.every((k) => k.kind === 'elem' && (k.type === 'Lbl' || k.type === 'LBody'))) continue;
    const body = createElem(doc, 'LBody', li);
    const keep: StructNode['kids'] = [];
    for (const k of li.kids) {
      if (k.kind === 'elem' && (k.type === 'Lbl' || k.type === 'LBody')) {
        if (k.type === 'LBody') body.kids.push(...k.kids);
        else keep.push(k);
      } else body.kids.push(k);
    }
    for (const k of body.kids) if (k.kind === 'elem') k.parent = body;
    li.kids = [...keep, body];
    added++;
  }
  return added;
}
