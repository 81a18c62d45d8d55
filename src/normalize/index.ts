import type { Root } from 'mdast';
import type { IngestedText, NormalizeOptions, NormalizedText, SourceKind } from '../types.ts';
import type { Block, SrcLine } from './block.ts';
import { toLines } from './chars.ts';
import { dropClutter } from './clutter.ts';
import { detectTextKind } from './detect.ts';
import { dropFurniture } from './furniture.ts';
import { settleHeadings } from './headings.ts';
import { normalizeMarkdown, toMarkdown } from './markdown.ts';
import { markNotesAndLists } from './notes.ts';
import { fixOcr } from './ocr.ts';
import { clip, Repairs } from './repairs.ts';
import { buildTree, markBulletItems } from './tree.ts';
import { splitLines, unwrap } from './unwrap.ts';
import { documentVocabulary, splitCandidates } from './vocabulary.ts';
import { dropPatterns } from './drop-patterns.ts';
import { htmlToBlocks } from './html-input.ts';
import type { PdfDrop } from './pdf-input.ts';
import { extractPdfLayout, pdfBytes } from './pdf-input.ts';

export { toMarkdown };
export { extractPdfLayout, extractPdfText } from './pdf-input.ts';
export { accountWords } from './account.ts';
export { renderNormalizeReport, reportSection } from './report.ts';

/**
 * PDF sources need pdfjs, which is asynchronous: extract the text with glyph positions first,
 * keep it in `file.data.pdfText`, then normalize as hard-wrapped `pdf-text`.
 */
export async function normalizePdf(input: IngestedText, options: NormalizeOptions = {}): Promise<NormalizedText> {
  if (typeof input.file.data.pdfText !== 'string') {
    try {
      const keepFurniture = options.disable?.includes('page-furniture') ?? false;
      const layout = await extractPdfLayout(await pdfBytes(input.file), { keepFurniture });
      input.file.data.pdfText = layout.text;
      input.file.data.pdfDropped = layout.dropped;
      input.file.data.pdfRunOn = layout.runOn;
    } catch (error) {
      input.file.data.pdfText = '';
      new Repairs(input.file).note('pdf-unreadable', { line: 1, column: 1 }, `Unexpected unreadable PDF \`${clip(String(error))}\`, no text extracted`);
    }
  }
  return normalize(input, options);
}

/**
 * Turn one ingested source into an mdast tree plus a change log. Never throws: if a rule
 * fails on some input, the text falls back to one paragraph per line and the failure is reported.
 */
export function normalize(input: IngestedText, options: NormalizeOptions = {}): NormalizedText {
  const file = input.file;
  const r = new Repairs(file, options.disable);
  // PDF text comes from normalizePdf(); without it a PDF has no text to work on.
  const pdf = input.extension.toLowerCase() === 'pdf';
  const value = pdf ? (typeof file.data.pdfText === 'string' ? file.data.pdfText : '') : typeof file.value === 'string' ? file.value : String(file.value ?? '');
  if (pdf && typeof file.data.pdfText !== 'string') r.note('pdf-not-extracted', { line: 1, column: 1 }, 'Unexpected PDF without extracted text, use normalizePdf() to read it');
  if (pdf) logPdfDrops(file.data.pdfDropped, r);
  let kind: SourceKind = 'clean';
  let tree: Root;
  try {
    const runOn = pdf && Array.isArray(file.data.pdfRunOn) ? new Set(file.data.pdfRunOn as number[]) : undefined;
    ({ kind, tree } = run(value, input.extension, options, r, runOn));
  } catch (error) {
    r.note('normalize-failed', { line: 1, column: 1 }, `Unexpected failure \`${clip(String(error))}\`, fell back to one paragraph per line`);
    tree = fallback(value);
  }
  return { id: input.id, file, tree, kind, changes: r.changes };
}

function run(value: string, extension: string, options: NormalizeOptions, r: Repairs, runOn?: Set<number>): { kind: SourceKind; tree: Root } {
  const from = options.from ?? 'auto';
  const ext = extension.toLowerCase();
  if (from === 'markdown' || (from === 'auto' && (ext === 'md' || ext === 'markdown'))) {
    return { kind: 'markdown', tree: normalizeMarkdown(value, r, options.title) };
  }
  const fromPdf = ext === 'pdf' && (from === 'auto' || from === 'pdf');
  if (from === 'html' || (from === 'auto' && (ext === 'html' || ext === 'htm'))) {
    return { kind: 'html', tree: fromBlocks(htmlToBlocks(value, r), r, options, true) };
  }
  let lines: SrcLine[] = toLines(value, r);
  lines = dropPatterns(lines, options.drop ?? [], r);
  const detected = fromPdf ? 'pdf-text' : from === 'pdf-text' || from === 'web-text' || from === 'clean' ? from : detectTextKind(lines);
  let blocks: Block[];
  if (detected === 'pdf-text') {
    lines = dropFurniture(lines, r);
    const vocab = documentVocabulary(lines, splitCandidates(lines));
    blocks = unwrap(lines, r, vocab);
    if (blocks.length > 0) r.note('unwrap', { line: 1, column: 1 }, `Unwrapped ${lines.filter((l) => l.text).length} hard-wrapped lines into ${blocks.length} blocks`);
  } else {
    blocks = splitLines(lines);
  }
  const tree = fromBlocks(blocks, r, options, detected !== 'clean', runOn);
  // Web-style text that needed no repair at all is reported as clean.
  const kind = fromPdf ? 'pdf' : from === 'auto' && detected === 'web-text' && r.changes.length === 0 ? 'clean' : detected;
  return { kind, tree };
}

/** The block stages shared by text and HTML input. */
function fromBlocks(blocks: Block[], r: Repairs, options: NormalizeOptions, web: boolean, runOn?: Set<number>): Root {
  let out = dropClutter(blocks, r, options.title, web);
  out = markNotesAndLists(out, r);
  markBulletItems(out);
  out = settleHeadings(out, runOn);
  fixOcr(out, r);
  return buildTree(out, r);
}

/** Margin matter, running heads and folios the PDF extractor left out of the text. */
function logPdfDrops(dropped: unknown, r: Repairs): void {
  if (!Array.isArray(dropped)) return;
  for (const d of dropped as PdfDrop[]) {
    r.log('page-furniture', d, d.text, '', `Unexpected ${d.why} \`${clip(d.text)}\`, dropped as page furniture`);
  }
}

/** Last resort: one paragraph per non-blank line, text untouched. */
function fallback(value: string): Root {
  const children: Root['children'] = [];
  for (const line of value.split('\n')) {
    const t = line.trim();
    if (t) children.push({ type: 'paragraph', children: [{ type: 'text', value: t }] });
  }
  return { type: 'root', children };
}
