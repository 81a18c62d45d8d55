import { assembleTaggedPdf, loadTaggedSource } from './assemble.ts';

/** A run of pages, 0-based, `to` exclusive. */
export interface PageRange {
  from: number;
  to: number;
}

/**
 * Split a tagged PDF (Chromium's) into one PDF per page range, each with its own structure
 * tree, annotations and named destinations (see assemble.ts). Packs are laid out together in
 * one Paged.js document and split here, so each pack is a tagged PDF of its own.
 */
export async function splitTaggedPdf(bytes: Uint8Array, ranges: PageRange[]): Promise<Uint8Array[]> {
  const src = await loadTaggedSource(bytes);
  const out: Uint8Array[] = [];
  for (const range of ranges) out.push(await assembleTaggedPdf([src], [{ source: 0, ...range }]));
  return out;
}
