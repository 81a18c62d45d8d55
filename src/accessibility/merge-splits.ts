import { PDFName, PDFString } from 'pdf-lib';
import type { TextRun } from '../pdf/page-text.ts';
import { mcids, walk, type StructNode } from '../pdf/struct-tree.ts';
import { pageOf, runsOf, textOf, type FixContext } from './context.ts';

/** `lang="zxx"` (no linguistic content) on a paragraph number (compose/markdown-to-html.ts): the mark of that span that Chromium keeps. */
const LABEL_LANG = 'zxx';
const BLOCKS = new Set(['P', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'L', 'Table', 'BlockQuote', 'Div', 'Sect', 'Art', 'Part', 'Figure', 'TOC', 'Index', 'Note']);

/**
 * Drop NonStruct grouping: Chromium wraps every page (Paged.js's page boxes) and every
 * text run in NonStruct, which hides that a page's paragraphs belong to one article.
 * A NonStruct that carries a language (a passage in another language: `lang` on an element
 * with an id, which Chromium tags and gives its /Lang) stays, as a Span (or a Div around
 * blocks); one whose language is `zxx` is a paragraph number, and becomes its paragraph's Lbl.
 */
export function flattenNonStruct(node: StructNode): void {
  const kids: StructNode['kids'] = [];
  for (const k of node.kids) {
    if (k.kind !== 'elem') {
      kids.push(k);
      continue;
    }
    flattenNonStruct(k);
    if (k.type !== 'NonStruct') kids.push(k);
    else if (!k.dict.get(PDFName.of('Lang'))) kids.push(...k.kids);
    else {
      const lang = k.dict.lookupMaybe(PDFName.of('Lang'), PDFString)?.decodeText();
      if (lang === LABEL_LANG) {
        k.type = 'Lbl';
        k.dict.delete(PDFName.of('Lang'));
      } else k.type = k.kids.some((c) => c.kind === 'elem' && BLOCKS.has(c.type)) ? 'Div' : 'Span';
      kids.push(k);
    }
  }
  node.kids = kids;
}

// Containers that Paged.js splits at a page break; a split leaves two same-type siblings.
const CONTAINERS = new Set(['Art', 'Sect', 'Part', 'Div', 'BlockQuote', 'L', 'Table', 'TBody', 'TOC', 'Note', 'LBody']);
const UNITS = new Set(['Art', 'Sect', 'Part', 'Div']);

/**
 * Merge elements that Paged.js split across pages: adjacent same-type siblings where
 * the second starts on a later page than the first ends. Containers merge unless the
 * second opens with an H1 (a new text or part); paragraphs and list items merge when
 * the geometry says so (see `continuesParagraph`). Returns how many merges were made.
 */
export function mergeSplits(ctx: FixContext, node: StructNode): number {
  let merged = 0;
  for (let i = 0; i < node.kids.length - 1; i++) {
    const a = node.kids[i]!;
    // Marked content with no text between the pieces (what a page box left at the top of the next page) does not part them.
    let j = i + 1;
    while (j < node.kids.length - 1 && blank(ctx, node.kids[j]!)) j++;
    const b = node.kids[j]!;
    if (a.kind !== 'elem' || b.kind !== 'elem' || a.type !== b.type) continue;
    const aPages = mcids(a).map((k) => pageOf(ctx, k.page));
    const bPages = mcids(b).map((k) => pageOf(ctx, k.page));
    if (!aPages.length || !bPages.length || Math.min(...bPages) <= Math.max(...aPages)) continue;
    if (!continues(ctx, a, b)) continue;
    const between = node.kids.slice(i + 1, j);
    a.kids.push(...between, ...b.kids);
    for (const k of b.kids) if (k.kind === 'elem') k.parent = a;
    node.kids.splice(i + 1, j - i);
    merged++;
    i--; // the merged element may continue onto the next page too
  }
  for (const k of node.kids) if (k.kind === 'elem') merged += mergeSplits(ctx, k);
  return merged;
}

/** Marked content (not an element) whose text is only white space. */
function blank(ctx: FixContext, kid: StructNode['kids'][number]): boolean {
  return kid.kind === 'mcid' && !(ctx.text[pageOf(ctx, kid.page)]?.mcids.get(kid.mcid)?.text ?? '').trim();
}

function continues(ctx: FixContext, a: StructNode, b: StructNode): boolean {
  if (UNITS.has(a.type)) return !opensWithH1(b);
  if (CONTAINERS.has(a.type)) return true;
  if (a.type === 'LI') {
    const aLbl = a.kids.some((k) => k.kind === 'elem' && k.type === 'Lbl');
    const bLbl = b.kids.some((k) => k.kind === 'elem' && k.type === 'Lbl');
    if (aLbl) return !bLbl; // a continued item loses its marker
    return continuesParagraph(ctx, a, b);
  }
  if (a.type === 'P') return continuesParagraph(ctx, a, b);
  return false;
}

/** Did the layout say `b` (on its first page) is the continuation of a split block? */
function continuedByLayout(ctx: FixContext, b: StructNode): boolean | undefined {
  if (!ctx.continuations) return undefined;
  const page = Math.min(...mcids(b).map((k) => pageOf(ctx, k.page))) + 1;
  const squash = (t: string) => t.replace(/[^\p{L}\p{N}]+/gu, '');
  const text = squash(textOf(ctx, b));
  return (ctx.continuations[page] ?? []).some((words) => {
    const w = squash(words);
    return w.length > 0 && text.includes(w.slice(0, 24));
  });
}

function opensWithH1(node: StructNode): boolean {
  let seen = 0;
  for (const n of walk(node)) {
    if (n === node) continue;
    if (n.type === 'H1') return true;
    if (n.kids.some((k) => k.kind === 'mcid') && ++seen >= 3) return false;
  }
  return false;
}

function lines(runs: TextRun[]): Array<{ y: number; start: number; end: number }> {
  const out: Array<{ y: number; start: number; end: number }> = [];
  for (const r of runs) {
    if (!r.str.trim() && r.width === 0) continue;
    // Margin paragraph numbers and note calls are small type outside or above the line box.
    if (r.size < 7.5) continue;
    const line = out.find((l) => Math.abs(l.y - r.y) < r.size * 0.5);
    if (line) {
      line.start = Math.min(line.start, r.x);
      line.end = Math.max(line.end, r.x + r.width);
    } else out.push({ y: r.y, start: r.x, end: r.x + r.width });
  }
  return out.sort((p, q) => q.y - p.y);
}

function linesOn(ctx: FixContext, node: StructNode, page: number) {
  return lines(
    mcids(node)
      .filter((k) => pageOf(ctx, k.page) === page)
      .flatMap((k) => runsOf(ctx, k)),
  );
}

/**
 * Is `b` the rest of paragraph `a`? Paged.js resets a continuation's text-indent, and a
 * split fragment's last line runs (nearly) to the measure. So: `b`'s first line starts at
 * the column's left edge and `a`'s last line reaches at least 80% of the measure.
 */
export function continuesParagraph(ctx: FixContext, a: StructNode, b: StructNode): boolean {
  const known = continuedByLayout(ctx, b);
  if (known !== undefined) return known;
  const aPage = Math.max(...mcids(a).map((k) => pageOf(ctx, k.page)));
  const bPage = Math.min(...mcids(b).map((k) => pageOf(ctx, k.page)));
  const aLines = linesOn(ctx, a, aPage);
  const bLines = linesOn(ctx, b, bPage);
  if (!aLines.length || !bLines.length) return false;
  const column = (own: ReturnType<typeof lines>, node: StructNode, page: number) => {
    const pool = own.length >= 2 ? own : node.parent ? linesOn(ctx, node.parent, page) : own;
    return { left: Math.min(...pool.map((l) => l.start)), right: Math.max(...pool.map((l) => l.end)) };
  };
  const bCol = column(bLines, b, bPage);
  const aCol = column(aLines, a, aPage);
  const first = bLines[0]!;
  const last = aLines.at(-1)!;
  const notIndented = first.start - bCol.left < 2;
  const fullLine = last.end - aCol.left >= 0.8 * (aCol.right - aCol.left);
  return notIndented && fullLine;
}
