import { PDFArray, PDFDict, PDFHexString, PDFName, PDFNumber, PDFRef, PDFString, type PDFObject } from 'pdf-lib';
import { pageOf, textOf, type FixContext } from './context.ts';
import { walk, type StructNode } from '../pdf/struct-tree.ts';
import { pdfName } from '../pdf/names.ts';

const N = pdfName;

/** A link annotation on a page, with where it points. */
export interface LinkAnnot {
  ref: PDFRef;
  dict: PDFDict;
  page: number;
  /** Named destination, for internal links. */
  destName?: string;
  /** Resolved destination: page index and top y. */
  dest?: { page: number; y: number };
  uri?: string;
}

/** Every /Link annotation in the document. */
export function linkAnnotations(ctx: FixContext): LinkAnnot[] {
  const { doc } = ctx;
  const dests = doc.catalog.lookupMaybe(N('Dests'), PDFDict);
  const out: LinkAnnot[] = [];
  doc.getPages().forEach((page, i) => {
    const annots = page.node.lookupMaybe(N('Annots'), PDFArray);
    for (const raw of annots?.asArray() ?? []) {
      if (!(raw instanceof PDFRef)) continue;
      const dict = doc.context.lookup(raw);
      if (!(dict instanceof PDFDict) || dict.get(N('Subtype')) !== N('Link')) continue;
      const link: LinkAnnot = { ref: raw, dict, page: i };
      const action = dict.lookupMaybe(N('A'), PDFDict);
      const uri = action?.lookupMaybe(N('URI'), PDFString, PDFHexString);
      if (uri) link.uri = uri.decodeText();
      const dest = dict.get(N('Dest')) ?? action?.get(N('D'));
      let arr: PDFObject | undefined = dest instanceof PDFRef ? doc.context.lookup(dest) : dest;
      if (arr instanceof PDFName || arr instanceof PDFString || arr instanceof PDFHexString) {
        link.destName = arr instanceof PDFName ? arr.decodeText() : arr.decodeText();
        const named = dests?.get(N(link.destName));
        arr = named instanceof PDFRef ? doc.context.lookup(named) : named;
        if (arr instanceof PDFDict) arr = arr.get(N('D'));
      }
      if (arr instanceof PDFArray && arr.get(0) instanceof PDFRef) {
        const y = arr.get(3);
        link.dest = { page: pageOf(ctx, arr.get(0) as PDFRef), y: y instanceof PDFNumber ? y.asNumber() : Infinity };
      }
      out.push(link);
    }
  });
  return out;
}

/** Map each annotation ref to the element that holds its OBJR. */
export function annotOwners(root: StructNode): Map<string, StructNode> {
  const out = new Map<string, StructNode>();
  for (const node of walk(root)) for (const k of node.kids) if (k.kind === 'objr') out.set(k.obj.toString(), node);
  return out;
}

/**
 * Rule 7.18.5-1: a link annotation sits in a Link element. Chromium tags some links
 * (role="doc-noteref") as NonStruct; rename those. An untagged link gets a Link element
 * appended to the document, so that it is at least reachable.
 */
export function tagLinks(ctx: FixContext, root: StructNode, links: LinkAnnot[]): void {
  const owners = annotOwners(root);
  for (const link of links) {
    const owner = owners.get(link.ref.toString());
    if (owner) {
      if (owner.type !== 'Link') owner.type = 'Link';
      continue;
    }
    const elem = {
      kind: 'elem' as const,
      type: 'Link',
      dict: ctx.doc.context.obj({ Type: 'StructElem', S: 'Link' }) as PDFDict,
      ref: PDFRef.of(0),
      kids: [] as StructNode['kids'],
    };
    elem.ref = ctx.doc.context.register(elem.dict);
    elem.kids.push({ kind: 'objr', obj: link.ref, page: ctx.doc.getPages()[link.page]!.ref });
    root.kids.push({ ...elem, parent: root });
  }
}

/** Rule 7.18.5-2: every link annotation gets /Contents, from its text or its target. Pages with annotations get /Tabs /S (7.18.3-1). */
export function describeLinks(ctx: FixContext, root: StructNode, links: LinkAnnot[], noteNumbers: Map<string, string>): void {
  const owners = annotOwners(root);
  for (const link of links)
    link.dict.set(N('Contents'), PDFHexString.fromText(describe(ctx, owners.get(link.ref.toString()), link, noteNumbers.get(link.ref.toString()))));
  for (const page of ctx.doc.getPages()) if (page.node.get(N('Annots'))) page.node.set(N('Tabs'), N('S'));
}

/**
 * What a link says to someone who cannot see it: a note call is "Note 4"; a web link its text
 * (or address); a link into the book its text, then "page N" once. Page references print their
 * number as text ("Introduction 5", "4 ¶ 257, p. 12"): the number is said as the page, and "¶"
 * as "paragraph". A bare number in a table cell (the topic matrix) takes its row and column
 * headers: "Planning, 3, page 12".
 */
function describe(ctx: FixContext, owner: StructNode | undefined, link: LinkAnnot, note: string | undefined): string {
  const w = ctx.words ?? { noteCall: 'Note {0}', paragraph: 'paragraph', pageWord: 'page' };
  if (note) return w.noteCall.replace('{0}', note);
  let text = owner ? textOf(ctx, owner) : '';
  if (link.uri) return text || link.uri;
  const page = link.dest && link.dest.page >= 0 ? link.dest.page + 1 : undefined;
  if (page !== undefined) text = text.replace(new RegExp(`(?:,?\\s*p\\.)?\\s*${page}$`), '');
  text = text
    .replace(/¶\s*/g, `${w.paragraph} `)
    .replace(/[\s,]+$/, '')
    .trim();
  if (!/\p{L}/u.test(text) && owner) text = [cellHeaders(ctx, owner), text.replace(/^[\d\s]*/, '')].filter(Boolean).join(', ') || text;
  const where = page !== undefined ? `${w.pageWord} ${page}` : '';
  return [text, where].filter(Boolean).join(', ') || 'Link';
}

/** The row and column headers of the table cell a link sits in ("Planning, 3"), if it sits in one. */
function cellHeaders(ctx: FixContext, owner: StructNode): string | undefined {
  let cell: StructNode | undefined = owner;
  while (cell && cell.type !== 'TD' && cell.type !== 'TH') cell = cell.parent;
  const row = cell?.parent;
  if (!cell || row?.type !== 'TR') return undefined;
  const cells = row.kids.filter((k): k is StructNode => k.kind === 'elem' && (k.type === 'TD' || k.type === 'TH'));
  const column = cells.indexOf(cell);
  const rowHeader = cells.find((c) => c.type === 'TH' && c !== cell);
  let table: StructNode | undefined = row;
  while (table && table.type !== 'Table') table = table.parent;
  const firstRow = table ? [...walk(table)].find((n) => n.type === 'TR') : undefined;
  const colHeader =
    firstRow && firstRow !== row ? firstRow.kids.filter((k): k is StructNode => k.kind === 'elem' && (k.type === 'TD' || k.type === 'TH'))[column] : undefined;
  const parts = [rowHeader, colHeader].map((h) => (h ? textOf(ctx, h) : '')).filter(Boolean);
  return parts.length ? parts.join(', ') : undefined;
}
