import { readFileSync } from 'node:fs';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { normalize, normalizePdf, toMarkdown } from '../../../src/normalize/index.ts';
import type { IngestedText } from '../../../src/types.ts';

const PAGES = [
  [
    'THE SOVIET STATE',
    '    The revolution of 1917 did not end with the seizure of power. For the next',
    'four years the new government fought a civil war on a dozen fronts, and the',
    'cities emptied as workers went back to the villages in search of bread.',
    '    Historians still argue about what followed. Some see a straight line from the',
    'party of 1903 to the state of 1937; others stress the weight of circum-',
    '1',
  ],
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

// A two-page spread of a typeset book: justified 10 pt text, mirrored margins (the right-hand page
// first), running heads, folios, margin numbers in the outer margin beside each paragraph's first line.
const BOOK = [
  {
    left: 60,
    head: 'Essays on the Revolution',
    folio: '7',
    lines: [
      { t: 'THE FIRST PART', end: true },
      { t: 'The revolution of 1917 did not end with the seizure of power. For', indent: true, n: '1' },
      { t: 'the next four years the new government fought a civil war on a dozen' },
      { t: 'fronts, and the cities emptied as the workers went back to the villages.', end: true },
      { t: 'Historians still argue about what followed after all of that. Some', indent: true, n: '2' },
      { t: 'see a straight line from the party of 1903 to the state of 1937; others' },
      { t: 'stress the weight of circum-' },
    ],
  },
  {
    left: 40,
    head: 'Essays on the Revolution',
    folio: '8',
    lines: [{ t: 'stances that nobody had chosen, and the isolation of a revolution that' }, { t: 'had expected help from the West.', end: true }],
  },
];

async function bookPdf(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.TimesRoman);
  const width = 280;
  BOOK.forEach((spec, p) => {
    const page = doc.addPage([400, 600]);
    const right = spec.left + width;
    page.drawText(spec.head, { x: right - font.widthOfTextAtSize(spec.head, 8), y: 560, size: 8, font });
    page.drawText(spec.folio, { x: p % 2 === 0 ? right - font.widthOfTextAtSize(spec.folio, 8) : spec.left, y: 40, size: 8, font });
    let y = 530;
    for (const line of spec.lines) {
      const x0 = spec.left + (line.indent ? 12 : 0);
      const words = line.t.split(' ');
      const caps = line.t === line.t.toUpperCase();
      // Justify: spread the words over the measure, except on a paragraph's last line.
      const inked = words.reduce((s, w) => s + font.widthOfTextAtSize(w, 10), 0);
      const space = line.end || words.length < 2 ? font.widthOfTextAtSize(' ', 10) : (right - x0 - inked) / (words.length - 1);
      let x = x0;
      for (const w of words) {
        page.drawText(w, { x, y, size: 10, font });
        x += font.widthOfTextAtSize(w, 10) + space;
      }
      if (line.n) page.drawText(line.n, { x: p % 2 === 0 ? right + 10 : spec.left - 10 - font.widthOfTextAtSize(line.n, 7), y: y + 2, size: 7, font });
      y -= caps ? 20 : 13;
    }
  });
  return doc.save();
}

// A page set in two justified columns under a title that spans both, a folio centred under them
// (Project Gutenberg #14881, Hezekiah Butterworth, The Log School-House on the Columbia, 1890,
// public domain). The third paragraph runs from the foot of the left column to the top of the right.
const TWO_COLUMN_TEXT = [
  'Mrs. Woods was much alone during this summer. Her husband was away from home during the working days of the week, at the saw and shingle mill on the Columbia, and during the same days Gretchen was much at school.',
  'The summer in the mountain valleys of Washington is a long serenity. The deep-blue sky is an ocean of intense light, and the sunbeams glint amid the cool forest shadows, and seem to sprinkle the plains with gold-dust like golden snow.',
  'Notwithstanding her hard practical speech, which was a habit, Mrs. Woods loved Nature, and, when her work was done, she often made little journeys alone into the mountain woods. In one of these solitary excursions she met with a little black cub and captured it, and, gathering it up in her apron like a kitten, she ran with it toward her cabin, after looking behind to see if the mother bear was following her.',
  'Had she seen the mother of the cunning little black creature in her apron pursuing her, she would have dropped the cub, which would have insured her escape from danger. But the mother bear did not make an early discovery of the loss in her family.',
];

async function twoColumnPdf(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.TimesRoman);
  const page = doc.addPage([420, 600]);
  const size = 9;
  const colWidth = 160;
  const title = 'The Log School-House on the Columbia';
  page.drawText(title, { x: 210 - font.widthOfTextAtSize(title, 14) / 2, y: 550, size: 14, font });
  page.drawText('1', { x: 208, y: 40, size, font });
  // Greedy lines of one column, each paragraph's first line indented.
  const lines: { words: string[]; indent: boolean; last: boolean }[] = [];
  for (const para of TWO_COLUMN_TEXT) {
    let cur: string[] = [];
    let first = true;
    for (const w of para.split(' ')) {
      const room = colWidth - (first ? 12 : 0);
      if (cur.length && font.widthOfTextAtSize([...cur, w].join(' '), size) > room) {
        lines.push({ words: cur, indent: first, last: false });
        cur = [];
        first = false;
      }
      cur.push(w);
    }
    lines.push({ words: cur, indent: first, last: true });
  }
  const half = Math.ceil(lines.length / 2);
  lines.forEach((l, i) => {
    const left = i < half ? 40 : 220;
    const y = 520 - (i < half ? i : i - half) * 11;
    const x0 = left + (l.indent ? 12 : 0);
    const inked = l.words.reduce((s, w) => s + font.widthOfTextAtSize(w, size), 0);
    const space = l.last || l.words.length < 2 ? font.widthOfTextAtSize(' ', size) : (left + colWidth - x0 - inked) / (l.words.length - 1);
    let x = x0;
    for (const w of l.words) {
      page.drawText(w, { x, y, size, font });
      x += font.widthOfTextAtSize(w, size) + space;
    }
  });
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

  it('drops mirrored margin numbers, running heads and folios, and runs paragraphs across pages', async () => {
    const input: IngestedText = { id: 'book', file: new VFile({ path: 'book.pdf', value: '' }), encoding: 'utf-8', extension: 'pdf' };
    input.file.data.bytes = await bookPdf();
    const result = await normalizePdf(input);
    const md = toMarkdown(result.tree);
    expect(md).toBe(
      '## THE FIRST PART\n\n' +
        'The revolution of 1917 did not end with the seizure of power. For the next four years the new government fought a civil war on a dozen fronts, and the cities emptied as the workers went back to the villages.\n\n' +
        'Historians still argue about what followed after all of that. Some see a straight line from the party of 1903 to the state of 1937; others stress the weight of circumstances that nobody had chosen, and the isolation of a revolution that had expected help from the West.\n',
    );
    const furniture = result.changes.filter((c) => c.rule === 'page-furniture').map((c) => c.before);
    expect(furniture).toEqual(expect.arrayContaining(['1', '2', 'Essays on the Revolution', '7', '8']));
    expect(result.file.messages.some((m) => /margin number `2`/.test(m.reason))).toBe(true);
    expect(result.changes.some((c) => c.rule === 'split-word' && c.after === 'circumstances')).toBe(true);
  });

  it('reads a two-column page column by column, a paragraph running on from the left column into the right', async () => {
    const input: IngestedText = { id: 'two', file: new VFile({ path: 'two.pdf', value: '' }), encoding: 'utf-8', extension: 'pdf' };
    input.file.data.bytes = await twoColumnPdf();
    const result = await normalizePdf(input);
    const paragraphs = result.tree.children.filter((c) => c.type === 'paragraph').map((p) => toMarkdown({ type: 'root', children: [p] }).trim());
    expect(paragraphs).toEqual(TWO_COLUMN_TEXT);
    expect(result.file.messages.some((m) => m.ruleId === 'unwrap' && /page 1 as two columns/.test(m.reason))).toBe(true);
  });

  it('says so when a PDF reaches normalize() without extracted text', () => {
    const result = normalize({ id: 'pdf', file: new VFile({ path: 'x.pdf', value: '' }), encoding: 'utf-8', extension: 'pdf' });
    expect(result.tree.children).toEqual([]);
    expect(result.file.messages[0]?.ruleId).toBe('pdf-not-extracted');
  });

  // Chromium's print of page-foot-notes.html (hand-set A5 pages: running heads, folios, notes at
  // the page foot in smaller type with superscript numbers, a paragraph and a hyphenated word
  // running over the page break). Read apart, each superscript was a line of its own, taken for
  // a page number and dropped; the notes were glued into the sentence ("expe-Minutes of …").
  it('joins superscript calls and note numbers to their lines, and sets page-foot notes aside as notes', async () => {
    const file = new VFile({ path: 'page-foot-notes.pdf', value: '' });
    file.data.bytes = new Uint8Array(readFileSync('tests/fixtures/pdf-input/page-foot-notes.pdf'));
    const result = await normalizePdf({ id: 'notes', file, encoding: 'utf-8', extension: 'pdf' });
    const md = toMarkdown(result.tree);
    expect(md).toContain('how bitterly the questions were fought.[^1] Radical papers');
    expect(md).toContain('admitted after long debate.[^2] What the members');
    expect(md).toContain('a lesson in who was expected to be grateful to whom. The members who wanted');
    expect(md).toContain('[^1]: Minutes of the Reading Room Committee, 1843–1851, held in the county record office.');
    expect(md).toContain('[^2]: See J. Harrison, Learning and Living (London, 1961), chapter 2.');
    expect(md).not.toMatch(/WORKERS|\b1[23]\b/);
    // Three paragraphs, then the two notes.
    expect(md.trim().split(/\n\n/)).toHaveLength(5);
    const rules = result.file.messages.map((m) => m.ruleId);
    expect(rules.filter((r) => r === 'page-foot-note')).toHaveLength(4);
  });
});
