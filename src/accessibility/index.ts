/** Post-processing of Chromium's tagged PDF for PDF/UA-1: see docs/accessibility.md. */
import { PDFDocument } from 'pdf-lib';
import { readPageTextWithPdfjs, type PageText } from '../pdf/page-text.ts';
import { readStructTree } from '../pdf/struct-tree.ts';
import { loadPdf, savePdf } from '../util/pdf-io.ts';
import type { ArtifactCounts } from './artifacts.ts';
import { makeContext, type LinkWords } from './context.ts';
import { adoptOrphans, dropDecorations, followCuts } from './layer-tree.ts';
import { addListBodies } from './lists.ts';
import { describeLinks, linkAnnotations, tagLinks } from './links.ts';
import { flattenNonStruct, mergeSplits } from './merge-splits.ts';
import { writeCatalog } from './metadata.ts';
import { findNotes, placeNotes } from './notes.ts';
import { writeOutline } from './outline.ts';
import { BANDS, markArtifacts, preparePages, type PreparedPages } from './prepare-pages.ts';
import { standardiseTypes } from './roles.ts';
import { repairTables } from './tables.ts';
import { relink, writeStructTree } from './struct-tree.ts';
import { emptyLayerCounts, type TextLayerCounts } from './text-layer.ts';

// What the rest of the tool uses: render prepares each printed part and joins them, packs split
// one print into several; the pipeline takes the PDF/UA claim back when its check fails.
export { assembleTaggedDoc, assembleTaggedPdf, loadTaggedSource, type Piece, type TaggedSource } from './assemble.ts';
export { withdrawPdfUaClaim } from './metadata.ts';
export { addLayerFonts, BANDS, joinPrepared, markArtifacts, preparedFromJson, preparedToJson, preparePages, type PreparedPages } from './prepare-pages.ts';
export { splitTaggedPdf, type PageRange } from './split.ts';

export interface PdfInfo {
  title: string;
  subtitle?: string;
  language: string;
  /** The editor and the texts' authors, for dc:creator. */
  creators: string[];
  /** From render: per 1-based page, the opening words of each block Paged.js continued there. */
  continuations?: Record<number, string[]>;
  /** The book's words for what links say ("Note 4", "page 12"); English unless given. */
  words?: LinkWords;
}

/** What `finishPdf` changed, for the build log and tests. */
export interface FinishReport {
  artifacts: ArtifactCounts;
  /** What the text layer did to the page content (text-layer.ts). */
  textLayer: TextLayerCounts;
  /** Soft hyphens put in the tree (a Span with ActualText U+00AD around each line-end hyphen). */
  softHyphens: number;
  /** Runs of body text Chromium left untagged (a list item's number), tagged and put in a neighbour's element. */
  adopted: number;
  /** Elements that held only decoration (a drawn list bullet), dropped from the tree. */
  decorations: number;
  /** Empty table cells put back (Chromium leaves them out of the tags). */
  cells: number;
  merged: number;
  notes: number;
  listBodies: number;
  links: number;
  outline: number;
  renamedTypes: number;
}

/**
 * Repair Chromium's tagged PDF of a Paged.js book for PDF/UA-1: a text layer that reads right
 * (text-layer.ts), artifacts for page furniture and decoration, one P per paragraph across
 * pages, Note elements after their calling paragraph, L > LI > Lbl/LBody, described and tagged
 * links, catalog entries and XMP, and bookmarks from the headings. The XMP claims
 * `pdfuaid:part=1`: the caller checks the result with a reader of its own (src/check) and
 * takes the claim back (`withdrawPdfUaClaim`) if the check fails. `prepared`: the pages
 * prepared ahead (prepare-pages.ts), for a book joined from parts; otherwise they are
 * prepared here.
 */
export async function finishPdf(
  pdf: Uint8Array | PDFDocument,
  info: PdfInfo,
  report?: (r: FinishReport) => void,
  prepared?: PreparedPages,
): Promise<Uint8Array> {
  // A document still in memory (the joined parts of a book) is worked on as it is, not saved and read again.
  const doc = pdf instanceof PDFDocument ? pdf : await loadPdf(pdf);
  const result: FinishReport = {
    artifacts: { Pagination: 0, Layout: 0 },
    textLayer: emptyLayerCounts(),
    softHyphens: 0,
    adopted: 0,
    decorations: 0,
    cells: 0,
    merged: 0,
    notes: 0,
    listBodies: 0,
    links: 0,
    outline: 0,
    renamedTypes: 0,
  };
  // Not Chromium's shape of content: the page text is read by pdfjs (before any change), and artifacts marked alone.
  const pages = prepared ?? preparePages(doc);
  const tree = readStructTree(doc);
  if (tree && tree.roots.length) {
    const text: PageText[] = pages?.text ?? (await readPageTextWithPdfjs(pdf instanceof PDFDocument ? await savePdf(pdf, { useObjectStreams: false }) : pdf));
    const ctx = makeContext(doc, tree, text, info.continuations, info.words);
    const root = tree.roots[0]!;
    for (const extra of tree.roots.slice(1)) root.kids.push(extra);
    tree.roots = [root];
    relink(root);
    // Before followCuts, while the tree names the MCIDs Chromium wrote.
    if (pages) result.adopted = adoptOrphans(root, pages.layer, ctx.pageIndex);
    if (pages) result.softHyphens = followCuts(doc, root, pages.layer, ctx.pageIndex);
    const links = linkAnnotations(ctx);
    result.links = links.length;
    tagLinks(ctx, root, links);
    const notes = findNotes(ctx, root, links);
    result.renamedTypes = standardiseTypes(root);
    flattenNonStruct(root);
    relink(root);
    result.merged = mergeSplits(ctx, root);
    relink(root);
    // After the merge, which reads a list item's (drawn) label as the mark of a new item.
    if (pages) result.decorations = dropDecorations(root, pages.layer, ctx.pageIndex);
    result.cells = repairTables(doc, root);
    result.notes = placeNotes(notes);
    // The notes were out of the tree when the types were renamed: an emphasis in a footnote was still Em.
    result.renamedTypes += standardiseTypes(root);
    result.listBodies = addListBodies(doc, root);
    relink(root);
    describeLinks(ctx, root, links, new Map(notes.map((n) => [callAnnot(n.call), n.number])));
    writeStructTree(doc, tree);
    result.outline = writeOutline(ctx, root, info.title);
  }
  if (pages) {
    result.artifacts = pages.artifacts;
    result.textLayer = pages.layerCounts;
  } else result.artifacts = markArtifacts(doc, BANDS);
  writeCatalog(doc, info, true);
  const bytes = await savePdf(doc, { useObjectStreams: false });
  report?.(result);
  return bytes;
}

function callAnnot(call: { kids: Array<{ kind: string; obj?: { toString(): string } }> }): string {
  return call.kids.find((k) => k.kind === 'objr')?.obj?.toString() ?? '';
}
