// Read a built PDF back with poppler and pdfjs: what a reader of the PDF would see.
import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';

export function pdftotextPage(pdf: string, page: number, layout = false): string {
  return execFileSync('pdftotext', [...(layout ? ['-layout'] : []), '-f', String(page), '-l', String(page), pdf, '-'], { encoding: 'utf8' });
}

/** Every page's text, 1-based (index 0 unused). */
export function pdftotextPages(pdf: string, layout = false): string[] {
  const all = execFileSync('pdftotext', [...(layout ? ['-layout'] : []), pdf, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return ['', ...all.split('\f').slice(0, -1)];
}

export function pdfinfo(pdf: string): Record<string, string> {
  const out = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
  return Object.fromEntries(
    out
      .split('\n')
      .filter((l) => l.includes(':'))
      .map((l) => [l.slice(0, l.indexOf(':')).trim(), l.slice(l.indexOf(':') + 1).trim()]),
  );
}

export function pdffonts(pdf: string): Array<{ name: string; emb: string }> {
  const lines = execFileSync('pdffonts', [pdf], { encoding: 'utf8' }).split('\n').slice(2).filter(Boolean);
  // Columns: name type encoding emb sub uni object ID; name has no spaces in practice.
  return lines.map((l) => {
    const cols = l.trim().split(/\s+/);
    const emb = cols.at(-5)!;
    return { name: cols[0]!, emb };
  });
}

/** The folio printed at the foot of a page: the last line of its layout-mode text, a number. */
export function printedFolio(layoutPageText: string): number | undefined {
  const last = layoutPageText
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .at(-1);
  return last && /^\d{1,4}$/.test(last) ? Number(last) : undefined;
}

export async function loadPdfjs(pdf: string) {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const data = new Uint8Array(await readFile(pdf));
  return pdfjs.getDocument({ data, useSystemFonts: false, isEvalSupported: false }).promise;
}

/**
 * Every word of a PDF with its page and box (poppler's -bbox): two builds that print the same
 * book give the same. Boxes, not -layout text: a book joined from cached parts carries other
 * font subsets than a fresh one, and -layout spaces lines by font metrics. stderr is captured,
 * not shown: pdftotext says "no word list" for every blank page.
 */
export function pdfWordBoxes(pdf: string): string {
  return execFileSync('pdftotext', ['-bbox', pdf, '-'], { encoding: 'utf8', maxBuffer: 64 << 20, stdio: ['ignore', 'pipe', 'pipe'] }).replace(
    /<head>[\s\S]*?<\/head>/,
    '',
  );
}
