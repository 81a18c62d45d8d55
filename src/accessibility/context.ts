import { PDFHexString, PDFName, PDFString, type PDFDocument, type PDFRef } from 'pdf-lib';
import type { BookWords } from '../compose/book-words.ts';
import type { PageText, TextRun } from '../pdf/page-text.ts';
import type { McidKid, StructNode, StructTree } from '../pdf/struct-tree.ts';

/** What every repair step needs: the document, its tree, and the text of each MCID. */
export interface FixContext {
  doc: PDFDocument;
  tree: StructTree;
  text: PageText[];
  pageIndex: Map<string, number>;
  /** From the layout: per 1-based page, the opening words of each block continued from the page before. */
  continuations?: Record<number, string[]>;
  /** What a link says to a screen reader, in the book's own words (book-words.ts): "Note 4", "paragraph", "page 12". English unless given. */
  words?: LinkWords;
}

/** The book's words a link's description is made of. */
export type LinkWords = Pick<BookWords, 'noteCall' | 'paragraph' | 'pageWord'>;

/** Build a context; `pageIndex` maps a page ref to its 0-based index. */
export function makeContext(doc: PDFDocument, tree: StructTree, text: PageText[], continuations?: Record<number, string[]>, words?: LinkWords): FixContext {
  return {
    doc,
    tree,
    text,
    pageIndex: new Map(doc.getPages().map((p, i) => [p.ref.toString(), i])),
    ...(continuations ? { continuations } : {}),
    ...(words ? { words } : {}),
  };
}

export function pageOf(ctx: FixContext, ref: PDFRef): number {
  return ctx.pageIndex.get(ref.toString()) ?? -1;
}

/** Text runs of one MCID. */
export function runsOf(ctx: FixContext, kid: McidKid): TextRun[] {
  return ctx.text[pageOf(ctx, kid.page)]?.mcids.get(kid.mcid)?.runs ?? [];
}

/** The element's text as a reader of the tags reads it (an element's ActualText in place of its content), spaces collapsed. */
export function textOf(ctx: FixContext, node: StructNode): string {
  return rawText(ctx, node)
    .replace(/\u00ad/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

function rawText(ctx: FixContext, node: StructNode): string {
  const actual = node.dict.lookupMaybe(PDFName.of('ActualText'), PDFString, PDFHexString);
  if (actual) return actual.decodeText();
  let out = '';
  for (const k of node.kids) {
    if (k.kind === 'mcid') out += ctx.text[pageOf(ctx, k.page)]?.mcids.get(k.mcid)?.text ?? '';
    else if (k.kind === 'elem') out += rawText(ctx, k);
  }
  return out;
}
