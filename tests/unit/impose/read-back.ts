import { loadPdfJs } from '../../../src/util/pdfjs.ts';

/** One text run on an imposed sheet: its string, origin, and the a/d of its matrix (1,1 = upright, unscaled). */
export interface TextRun {
  str: string;
  x: number;
  y: number;
  a: number;
  b: number;
  d: number;
}

/** A read-back sheet side: its size and text runs, via pdfjs (independent of pdf-lib). */
export interface ReadSide {
  width: number;
  height: number;
  runs: TextRun[];
}

/** Read every page's text runs with their positions (transforms include form XObject matrices). */
export async function readSides(pdf: Uint8Array): Promise<ReadSide[]> {
  const doc = await (await loadPdfJs()).getDocument({ data: pdf.slice(), verbosity: 0 }).promise;
  const sides: ReadSide[] = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const page = await doc.getPage(i);
    const [x0 = 0, y0 = 0, x1 = 0, y1 = 0] = page.view;
    const content = await page.getTextContent();
    const runs: TextRun[] = [];
    for (const item of content.items) {
      if (!('str' in item) || item.str.trim() === '') continue;
      const [a = 0, b = 0, , d = 0, x = 0, y = 0] = item.transform as number[];
      runs.push({ str: item.str, x, y, a, b, d });
    }
    sides.push({ width: x1 - x0, height: y1 - y0, runs });
  }
  await doc.destroy();
  return sides;
}

/** Which "PAGE k" (or "Notes", as 'notes') sits in each half of each side; null = nothing there. */
export function pagesByHalf(sides: ReadSide[]): Array<{ left: number | 'notes' | null; right: number | 'notes' | null }> {
  return sides.map((s) => {
    const out: { left: number | 'notes' | null; right: number | 'notes' | null } = { left: null, right: null };
    for (const r of s.runs) {
      const m = /^PAGE (\d+)$/.exec(r.str);
      const what = m ? Number(m[1]) : r.str === 'Notes' ? 'notes' : undefined;
      if (what === undefined) continue;
      const half = r.x < s.width / 2 ? 'left' : 'right';
      if (out[half] !== null) throw new Error(`two labels in the ${half} half: ${String(out[half])} and ${String(what)}`);
      out[half] = what;
    }
    return out;
  });
}

/** x of the "PAGE k" run on any side, or undefined. */
export function labelX(sides: ReadSide[], k: number): number | undefined {
  for (const s of sides) for (const r of s.runs) if (r.str === `PAGE ${k}`) return r.x;
  return undefined;
}
