import { PDFArray, PDFDict, PDFRef, PDFStream, type PDFDocument } from 'pdf-lib';

/**
 * Delete indirect objects that nothing reaches from the trailer. `embedPages` leaves a copy of
 * each source page (and its content streams) behind once the page is turned into a form XObject;
 * without this the imposed PDF carries every page's content twice. Call after `doc.flush()`.
 * Returns how many objects were dropped.
 */
export function dropUnreachable(doc: PDFDocument): number {
  const ctx = doc.context;
  const seen = new Set<string>();
  const { Root, Info, Encrypt } = ctx.trailerInfo;
  const stack: unknown[] = [Root, Info, Encrypt];
  while (stack.length > 0) {
    const o = stack.pop();
    if (o instanceof PDFRef) {
      if (seen.has(o.tag)) continue;
      seen.add(o.tag);
      stack.push(ctx.lookup(o));
    } else if (o instanceof PDFDict) {
      for (const [, v] of o.entries()) stack.push(v);
    } else if (o instanceof PDFArray) {
      stack.push(...o.asArray());
    } else if (o instanceof PDFStream) {
      stack.push(o.dict);
    }
  }
  let dropped = 0;
  for (const [ref] of ctx.enumerateIndirectObjects()) {
    if (!seen.has(ref.tag)) {
      ctx.delete(ref);
      dropped++;
    }
  }
  return dropped;
}
