/** Post-processing of Chromium's tagged PDF for PDF/UA-1: see docs/accessibility.md. */
import { PDFDocument } from 'pdf-lib';
import type { ArtifactCounts } from './artifacts.ts';
import { makeContext } from './context.ts';
import { addListBodies } from './lists.ts';
import { describeLinks, linkAnnotations, tagLinks } from './links.ts';
import { flattenNonStruct, mergeSplits } from './merge-splits.ts';
import { writeCatalog } from './metadata.ts';
import { findNotes, placeNotes } from './notes.ts';
import { writeOutline } from './outline.ts';
import { markArtifacts } from './page-content.ts';
import { readPageText, type PageText } from './page-text.ts';
import { BANDS, type PreparedPages } from './prepare-pages.ts';
import { standardiseTypes } from './roles.ts';
import { readStructTree, relink, writeStructTree } from './struct-tree.ts';
import { loadPdf, savePdf } from '../util/pdf-io.ts';

export interface PdfInfo {
  title: string;
  subtitle?: string;
  language: string;
  /** The editor and the texts' authors, for dc:creator. */
  creators: string[];
  /** From render: per 1-based page, the opening words of each block Paged.js continued there. */
  continuations?: Record<number, string[]>;
}

/** What `finishPdf` changed, for the build log and tests. */
export interface FinishReport {
  artifacts: ArtifactCounts;
  merged: number;
  notes: number;
  listBodies: number;
  links: number;
  outline: number;
  renamedTypes: number;
  /** Whether our checklist passed, and so pdfuaid:part=1 was claimed. */
  conforms: boolean;
  failed: string[];
}


/**
 * Repair Chromium's tagged PDF of a Paged.js book so that it meets our PDF/UA-1 checklist:
 * artifacts for page furniture, one P per paragraph across pages, Note elements after
 * their calling paragraph, L > LI > Lbl/LBody, described and tagged links, catalog entries
 * and XMP, and bookmarks from the headings. The checklist runs on the result; only when
 * it passes does the XMP claim `pdfuaid:part=1`. `prepared`: the page text read and the
 * artifacts marked ahead (prepare-pages.ts), for a book joined from parts.
 */
export async function finishPdf(pdf: Uint8Array | PDFDocument, info: PdfInfo, report?: (r: FinishReport) => void, prepared?: PreparedPages): Promise<Uint8Array> {
  // A document still in memory (the joined parts of a book) is worked on as it is, not saved and read again.
  const doc = pdf instanceof PDFDocument ? pdf : await loadPdf(pdf);
  const tree = readStructTree(doc);
  const result: FinishReport = { artifacts: { Pagination: 0, Layout: 0 }, merged: 0, notes: 0, listBodies: 0, links: 0, outline: 0, renamedTypes: 0, conforms: false, failed: [] };
  let text: PageText[] | undefined;
  if (tree && tree.roots.length) {
    text = prepared?.text ?? (await readPageText(pdf instanceof PDFDocument ? () => savePdf(pdf, { useObjectStreams: false }) : pdf, doc));
    const ctx = makeContext(doc, tree, text, info.continuations);
    const root = tree.roots[0]!;
    for (const extra of tree.roots.slice(1)) root.kids.push(extra);
    tree.roots = [root];
    relink(root);
    const links = linkAnnotations(ctx);
    result.links = links.length;
    tagLinks(ctx, root, links);
    const notes = findNotes(ctx, root, links);
    result.renamedTypes = standardiseTypes(root);
    flattenNonStruct(root);
    relink(root);
    result.merged = mergeSplits(ctx, root);
    relink(root);
    result.notes = placeNotes(notes);
    result.listBodies = addListBodies(doc, root);
    relink(root);
    describeLinks(ctx, root, links, new Map(notes.map((n) => [callAnnot(n.call), n.number])));
    writeStructTree(doc, tree);
    result.outline = writeOutline(ctx, root, info.title);
  }
  result.artifacts = prepared?.artifacts ?? markArtifacts(doc, BANDS);
  // Claim PDF/UA only for what our own checklist accepts: claim, check, and withdraw on failure.
  writeCatalog(doc, info, true);
  let bytes = await savePdf(doc, { useObjectStreams: false });
  const { checkPdf } = await import('../check/index.ts');
  const checks = await checkPdf(bytes, { doc, ...(text ? { pageText: text } : {}) });
  result.failed = checks.filter((c) => !c.ok && c.rule !== '5-1').map((c) => `${c.rule} ${c.title}`);
  result.conforms = result.failed.length === 0;
  if (!result.conforms) {
    writeCatalog(doc, info, false);
    bytes = await savePdf(doc, { useObjectStreams: false });
  }
  report?.(result);
  return bytes;
}

function callAnnot(call: { kids: Array<{ kind: string; obj?: { toString(): string } }> }): string {
  return call.kids.find((k) => k.kind === 'objr')?.obj?.toString() ?? '';
}
