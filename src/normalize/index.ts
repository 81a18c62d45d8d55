import type { Root, Text } from 'mdast';
import { visit } from 'unist-util-visit';
import type { FrontMatter, IngestedText, NormalizeOptions, NormalizedText, SourceKind } from '../types.ts';
import type { Block, SrcLine } from './block.ts';
import type { FixChars } from './chars.ts';
import { toLines } from './chars.ts';
import { detectTextKind } from './detect.ts';
import { stripMarkdownMetadata } from './markdown-metadata.ts';
import { looksLikeCaptions } from './captions.ts';
import { parseMarkdown, toMarkdown } from './markdown.ts';
import type { PdfDrop } from './pdf-input.ts';
import { extractPdfLayout, pdfBytes } from './pdf-input.ts';
import { PdfOverLimitError } from '../util/pdf-budget.ts';
import { clip, Repairs } from './repairs.ts';
import type { InputKind, NormalizeRule, RuleContext, RulePhases } from './rule.ts';
import { RULE_IDS, RULES } from './rules/index.ts';
import { buildTree } from './tree.ts';

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
      input.file.data.pdfTwoColumns = layout.twoColumns ?? [];
    } catch (error) {
      input.file.data.pdfText = '';
      // Refused before pdf.js read it: checkPdfYieldsText makes it the source's error.
      if (error instanceof PdfOverLimitError) {
        input.file.data.pdfOverLimit = error.message;
        return normalize(input, options);
      }
      new Repairs(input.file).note('pdf-unreadable', { line: 1, column: 1 }, `Unexpected unreadable PDF \`${clip(String(error))}\`, no text extracted`);
    }
  }
  return normalize(input, options);
}

/**
 * Turn one ingested source into an mdast tree plus a change log, running the rules of
 * rules/index.ts phase by phase (see rule.ts). Never throws: if a rule fails on some input,
 * the text falls back to one paragraph per line and the failure is reported.
 */
export function normalize(input: IngestedText, options: NormalizeOptions = {}): NormalizedText {
  const file = input.file;
  const r = new Repairs(file, options.disable, RULE_IDS);
  // PDF text comes from normalizePdf(); without it a PDF has no text to work on.
  const pdf = input.extension.toLowerCase() === 'pdf';
  const value = pdf ? (typeof file.data.pdfText === 'string' ? file.data.pdfText : '') : typeof file.value === 'string' ? file.value : String(file.value ?? '');
  if (pdf && typeof file.data.pdfText !== 'string')
    r.note('pdf-not-extracted', { line: 1, column: 1 }, 'Unexpected PDF without extracted text, use normalizePdf() to read it');
  if (pdf) logPdfDrops(file.data.pdfDropped, r);
  if (pdf) logTwoColumns(file.data.pdfTwoColumns, r);
  let kind: SourceKind = 'clean';
  let tree: Root;
  let front: FrontMatter = {};
  try {
    const runOn = pdf && Array.isArray(file.data.pdfRunOn) ? new Set(file.data.pdfRunOn as number[]) : undefined;
    ({ kind, tree, front } = run(value, input.extension, options, r, runOn));
  } catch (error) {
    r.note('normalize-failed', { line: 1, column: 1 }, `Unexpected failure \`${clip(String(error))}\`, fell back to one paragraph per line`);
    tree = fallback(value);
  }
  return { id: input.id, file, tree, kind, changes: r.changes, front };
}

/** The rules that implement `phase` and are not switched off, in registry order. */
function active<P extends keyof RulePhases>(phase: P, r: Repairs): (NormalizeRule & { run: Pick<RulePhases, P> })[] {
  return RULES.filter((rule): rule is NormalizeRule & { run: Pick<RulePhases, P> } => rule.run[phase] !== undefined && (!rule.switchable || r.on(rule.id)));
}

function run(
  value: string,
  extension: string,
  options: NormalizeOptions,
  r: Repairs,
  runOn?: Set<number>,
): { kind: SourceKind; tree: Root; front: FrontMatter } {
  const from = options.from ?? 'auto';
  const ext = extension.toLowerCase();
  const textRules = active('text', r);
  const front: FrontMatter = {};
  const context = (kind: InputKind, web: boolean, fixChars: FixChars): RuleContext => ({
    log: r,
    options,
    kind,
    web,
    fixChars,
    front,
    ...(runOn ? { runOn } : {}),
  });
  const fixChars: FixChars = (s, at) => {
    let out = s;
    for (const rule of textRules) out = rule.run.text(out, at, ctx);
    return out;
  };
  let ctx = context('clean', false, fixChars);
  if (from === 'markdown' || (from === 'auto' && (ext === 'md' || ext === 'markdown'))) {
    ctx = context('markdown', false, fixChars);
    const tree = parseMarkdown(r.on('front-matter') ? stripMarkdownMetadata(value, r, front) : value);
    visit(tree, 'text', (node: Text) => {
      node.value = fixChars(node.value, node.position?.start ?? { line: 1, column: 1 });
    });
    for (const rule of active('markdown', r)) rule.run.markdown(tree, ctx);
    // Positions point into the input; drop them so consumers do not mistake them for output places.
    visit(tree, (node) => {
      delete node.position;
    });
    return { kind: 'markdown', tree, front };
  }
  const fromPdf = ext === 'pdf' && (from === 'auto' || from === 'pdf');
  let blocks: Block[] | undefined;
  let kind: InputKind;
  const captioned = from === 'captions' || (from === 'auto' && (ext === 'vtt' || ext === 'srt' || (ext === 'txt' && looksLikeCaptions(value))));
  if (from === 'html' || (from === 'auto' && (ext === 'html' || ext === 'htm' || ext === 'xhtml'))) {
    kind = 'html';
    ctx = context(kind, true, fixChars);
    for (const rule of active('html', r)) blocks ??= rule.run.html(value, ctx);
  } else if (captioned) {
    // A talk's words, cue by cue: no wrapping to undo, no page furniture; the clutter rules do not apply.
    kind = 'clean';
    ctx = context(kind, false, fixChars);
    for (const rule of active('captions', r)) blocks ??= rule.run.captions(value, ctx);
  } else {
    let lines: SrcLine[] = toLines(value, r, fixChars);
    kind = fromPdf ? 'pdf-text' : from === 'pdf-text' || from === 'web-text' || from === 'clean' ? from : detectTextKind(lines, r.on('verse-stanza'));
    ctx = context(kind, kind !== 'clean', fixChars);
    for (const rule of active('lines', r)) lines = rule.run.lines(lines, ctx);
    for (const rule of active('shape', r)) blocks ??= rule.run.shape(lines, ctx);
  }
  for (const rule of active('blocks', r)) blocks = rule.run.blocks(blocks ?? [], ctx);
  const tree = buildTree(blocks ?? []);
  // Web-style text that needed no repair at all is reported as clean.
  const out: SourceKind = fromPdf ? 'pdf' : captioned ? 'captions' : from === 'auto' && kind === 'web-text' && r.changes.length === 0 ? 'clean' : kind;
  return { kind: out, tree, front };
}

/** Margin matter, running heads and folios the PDF extractor left out of the text. */
function logPdfDrops(dropped: unknown, r: Repairs): void {
  if (!Array.isArray(dropped)) return;
  for (const d of dropped as PdfDrop[]) {
    r.log('page-furniture', d, d.text, '', `Unexpected ${d.why} \`${clip(d.text)}\`, dropped as page furniture`);
  }
}

/** Pages the extractor read as two columns: the reading order is its judgement, so it is said. */
function logTwoColumns(pages: unknown, r: Repairs): void {
  if (!Array.isArray(pages) || pages.length === 0) return;
  const list = pages.length > 8 ? `${pages.slice(0, 8).join(', ')} and ${pages.length - 8} more` : pages.join(', ');
  r.info('unwrap', { line: 1, column: 1 }, `Read page${pages.length > 1 ? 's' : ''} ${list} as two columns, the left one first`);
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
