import type { Manifest } from '../manifest/schema.ts';

/** Trim size and margins per page size: inner margin (gutter side) is the widest. */
const SIZES = {
  A5: { size: 'A5', top: 17, bottom: 19, inner: 20, outer: 15, body: 10, leading: 13.6 },
  'half-letter': { size: '5.5in 8.5in', top: 17, bottom: 19, inner: 19, outer: 15, body: 10, leading: 13.6 },
  A4: { size: 'A4', top: 22, bottom: 24, inner: 30, outer: 24, body: 11, leading: 15 },
  letter: { size: 'letter', top: 22, bottom: 24, inner: 30, outer: 24, body: 11, leading: 15 },
} as const;

// Page widths in mm (the trim sizes above).
const WIDTHS = { A5: 148, 'half-letter': 139.7, A4: 210, letter: 215.9 } as const;

/** The width of the text block, in points: the page less its inner and outer margins. */
export function measurePoints(manifest: Pick<Manifest, 'page_size'>): number {
  const s = SIZES[manifest.page_size];
  return ((WIDTHS[manifest.page_size] - s.inner - s.outer) * 72) / 25.4;
}

/**
 * The page box for the manifest's page size, as CSS loaded after the default styles.
 * Margins are mirrored: the inner margin (the gutter) is on the left of right-hand pages.
 */
export function pageCss(manifest: Manifest): string {
  const s = SIZES[manifest.page_size];
  return `/* Generated from reader.yaml page_size: ${manifest.page_size} */
:root { --body-size: ${s.body}pt; --body-leading: ${s.leading}pt; --outer-margin: ${s.outer}mm; }
@page { size: ${s.size}; margin: ${s.top}mm ${s.outer}mm ${s.bottom}mm ${s.inner}mm; }
@page :left { margin-left: ${s.outer}mm; margin-right: ${s.inner}mm; }
@page :right { margin-left: ${s.inner}mm; margin-right: ${s.outer}mm; }
/* Each laid-out page is a fixed-size box: containment lets Chromium skip the earlier pages
   when Paged.js measures a new one (1,003 pages: layout 84 s -> 59 s). No style containment:
   the page counter must run across pages. */
.pagedjs_page { contain: layout size; }
/* A blank page is blank: no running head, no folio. Again here, after this file's :left and
   :right rules: Paged.js writes each sheet's page rules in turn, so the earlier file's :blank
   rule lost to these, and Paged.js's own blank pages (the preview's) showed a head and a folio. */
@page :blank {
  @top-left { content: none; }
  @top-right { content: none; }
  @bottom-left { content: none; }
  @bottom-right { content: none; }
}
${manifest.paragraph_numbers === 'none' ? '.para-num { display: none; }' : ''}
`;
}
