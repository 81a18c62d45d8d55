import { grayscale, type PDFFont, type PDFPage } from 'pdf-lib';
import type { Placement } from './sheet.ts';

/** Ruled-line pitch on a notes page, in the reader page's own points (8 mm). */
const LINE_PITCH = 22.68;

/**
 * Draw a lined notes page (heading "Notes", then ruled lines) where a `width`×`height` reader page
 * would sit on the sheet. Margins are a fixed share of the page so it looks the same at any scale.
 */
export function drawNotesPage(sheet: PDFPage, at: Placement, width: number, height: number, font: PDFFont, heading = 'Notes'): void {
  // Work in reader-page units, then map onto the sheet the same way an embedded page is.
  const px = (x: number): number => at.x + x * at.scale;
  const py = (y: number): number => at.y + y * at.scale;
  const margin = width * 0.12;
  const headingSize = 16;
  const headingBase = height - margin - headingSize;
  sheet.drawText(heading, {
    x: px(margin),
    y: py(headingBase),
    size: headingSize * at.scale,
    font,
    color: grayscale(0.2),
  });
  for (let y = headingBase - LINE_PITCH * 1.5; y >= margin; y -= LINE_PITCH) {
    sheet.drawLine({
      start: { x: px(margin), y: py(y) },
      end: { x: px(width - margin), y: py(y) },
      thickness: 0.5 * at.scale,
      color: grayscale(0.6),
    });
  }
}
