import { PDFDocument, StandardFonts } from 'pdf-lib';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { normalize, normalizePdf, toMarkdown } from '../../../src/normalize/index.ts';
import type { IngestedText } from '../../../src/types.ts';

const PAGES = [
  ['THE SOVIET STATE', '    The revolution of 1917 did not end with the seizure of power. For the next', 'four years the new government fought a civil war on a dozen fronts, and the', 'cities emptied as workers went back to the villages in search of bread.', '    Historians still argue about what followed. Some see a straight line from the', 'party of 1903 to the state of 1937; others stress the weight of circum-', '1'],
  ['THE SOVIET STATE', 'stances that nobody had chosen, and the isolation of a revolution that expected', 'help from the West.', '2'],
];

async function samplePdf(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.TimesRoman);
  for (const lines of PAGES) {
    const page = doc.addPage([420, 600]);
    lines.forEach((l, i) => {
      const indent = l.length - l.trimStart().length;
      page.drawText(l.trim(), { x: 40 + indent * 5, y: 560 - i * 14, size: 10, font });
    });
  }
  return doc.save();
}

describe('PDF input', () => {
  it('reads glyph positions into paragraphs, dropping running heads and page numbers', async () => {
    const bytes = await samplePdf();
    const file = new VFile({ path: 'sample.pdf', value: '' });
    file.data.bytes = bytes;
    const input: IngestedText = { id: 'pdf', file, encoding: 'utf-8', extension: 'pdf' };
    const result = await normalizePdf(input);
    const md = toMarkdown(result.tree);
    expect(result.kind).toBe('pdf');
    expect(md).toBe(
      'The revolution of 1917 did not end with the seizure of power. For the next four years the new government fought a civil war on a dozen fronts, and the cities emptied as workers went back to the villages in search of bread.\n\n' +
        'Historians still argue about what followed. Some see a straight line from the party of 1903 to the state of 1937; others stress the weight of circumstances that nobody had chosen, and the isolation of a revolution that expected help from the West.\n',
    );
    expect(result.changes.filter((c) => c.rule === 'page-furniture').map((c) => c.before)).toEqual(expect.arrayContaining(['THE SOVIET STATE', '1', '2']));
  });

  it('says so when a PDF reaches normalize() without extracted text', () => {
    const result = normalize({ id: 'pdf', file: new VFile({ path: 'x.pdf', value: '' }), encoding: 'utf-8', extension: 'pdf' });
    expect(result.tree.children).toEqual([]);
    expect(result.file.messages[0]?.ruleId).toBe('pdf-not-extracted');
  });
});
