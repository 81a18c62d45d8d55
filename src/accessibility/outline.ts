import { PDFHexString, PDFName, PDFNumber, type PDFDict, type PDFRef } from 'pdf-lib';
import { runsOf, textOf, type FixContext } from './context.ts';
import { mcids, walk, type StructNode } from '../pdf/struct-tree.ts';

interface Item {
  title: string;
  page: PDFRef;
  top: number;
  kids: Item[];
}

/**
 * Rebuild the bookmarks from the final headings: every H1 (reader parts and text titles)
 * at the top level, its H2s (sections) beneath. The cover's title (the first H1, when it
 * is the document title) is left out: the document title already names the book.
 */
export function writeOutline(ctx: FixContext, root: StructNode, documentTitle: string): number {
  const items: Item[] = [];
  const norm = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
  let first = true;
  for (const node of walk(root)) {
    if (node.type !== 'H1' && node.type !== 'H2') continue;
    const k = mcids(node)[0];
    const title = textOf(ctx, node);
    if (!k || !title) continue;
    if (node.type === 'H1' && first && norm(title) === norm(documentTitle)) {
      first = false;
      continue;
    }
    first = false;
    const run = runsOf(ctx, k)[0];
    const item: Item = { title, page: k.page, top: run ? run.y + run.size : NaN, kids: [] };
    if (node.type === 'H1' || !items.length) items.push(item);
    else items.at(-1)!.kids.push(item);
  }
  const doc = ctx.doc;
  const c = doc.context;
  const outlines = c.obj({ Type: 'Outlines' }) as PDFDict;
  const outlinesRef = c.register(outlines);
  const build = (list: Item[], parent: PDFRef, parentDict: PDFDict): number => {
    const refs = list.map(() => c.nextRef());
    let count = 0;
    list.forEach((item, i) => {
      const dict = c.obj({
        Title: PDFHexString.fromText(item.title),
        Parent: parent,
        Dest: c.obj([item.page, PDFName.of('XYZ'), c.obj(null), Number.isFinite(item.top) ? PDFNumber.of(Math.round(item.top)) : c.obj(null), c.obj(null)]),
      }) as PDFDict;
      if (i > 0) dict.set(PDFName.of('Prev'), refs[i - 1]!);
      if (i < list.length - 1) dict.set(PDFName.of('Next'), refs[i + 1]!);
      const sub = item.kids.length ? build(item.kids, refs[i]!, dict) : 0;
      if (sub) dict.set(PDFName.of('Count'), PDFNumber.of(-sub)); // sections start closed
      c.assign(refs[i]!, dict);
      count++;
    });
    if (refs.length) {
      parentDict.set(PDFName.of('First'), refs[0]!);
      parentDict.set(PDFName.of('Last'), refs.at(-1)!);
    }
    return count;
  };
  const total = build(items, outlinesRef, outlines);
  outlines.set(PDFName.of('Count'), PDFNumber.of(total));
  doc.catalog.set(PDFName.of('Outlines'), outlinesRef);
  return total;
}
