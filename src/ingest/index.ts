import { readFile } from 'node:fs/promises';
import { extname, relative } from 'node:path';
import { VFile } from 'vfile';
import type { Encoding, IngestedText } from '../types.ts';
import { stripBidiControls } from './bidi.ts';
import { bytePlace, decodeBytes, normalizeLineEndings } from './decode.ts';
import { checkMarkdownLimits } from './markdown-limits.ts';
import { checkHtmlNesting, checkMarkdownNesting } from './nesting.ts';
import { checkIsText, checkMostlyText, checkNotEmpty, sniffUtf16 } from './sniff.ts';

export { decodeBytes, normalizeLineEndings } from './decode.ts';
export { MAX_HTML_NESTING, MAX_MARKDOWN_NESTING } from './nesting.ts';

export interface IngestOptions {
  /** Source kind from the manifest; `clean` and the plain-text kinds are not parsed as Markdown. */
  from?: string;
}

/**
 * Ingest: bytes in, one decoded text out. `path` is shown in diagnostics as given
 * (keep it project-relative so messages point at `content/...`). Throws a ReaderError
 * with the file's line and column for what is not a text at all: empty, binary, or
 * Markdown nested beyond what the parser can take.
 */
export function ingestBytes(bytes: Uint8Array, path: string, id: string, options: IngestOptions = {}): IngestedText {
  const extension = extname(path).slice(1).toLowerCase();
  if (extension === 'pdf') {
    // PDFs are read by normalize (glyph positions matter); ingest keeps the bytes.
    const file = new VFile({ path, value: '' });
    file.data.bytes = bytes;
    return { id, file, encoding: 'utf-8', extension };
  }
  const warnings: Array<{ reason: string; line: number; column: number; rule: string }> = [];
  let text: string;
  let encoding: Encoding;
  const bom = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  const utf16 = bom ? undefined : sniffUtf16(bytes);
  if (utf16) {
    text = new TextDecoder(utf16).decode(bytes);
    encoding = utf16;
    warnings.push({
      reason: `Unexpected UTF-16 without a byte-order mark, decoded as ${utf16.toUpperCase()}; save the file as UTF-8 to be sure`,
      line: 1,
      column: 1,
      rule: 'encoding-guess',
    });
  } else {
    if (!bom) checkIsText(bytes, path);
    const decoded = decodeBytes(bytes);
    text = decoded.text;
    encoding = decoded.encoding;
    if (decoded.warning) warnings.push({ reason: decoded.warning, ...bytePlace(bytes, decoded.warningAt ?? 0), rule: 'encoding-guess' });
  }
  text = normalizeLineEndings(text);
  checkNotEmpty(text, path);
  checkMostlyText(text, encoding, path);
  const bidi = stripBidiControls(text);
  if (bidi.first) {
    text = bidi.text;
    warnings.push({
      reason: `Unexpected bidirectional control character ${bidi.first.code}${bidi.count > 1 ? ` (and ${bidi.count - 1} more)` : ''}, removed: it can make text display in another order than it reads`,
      line: bidi.first.line,
      column: bidi.first.column,
      rule: 'bidi-control',
    });
  }
  const markdown = options.from === 'markdown' || ((options.from ?? 'auto') === 'auto' && (extension === 'md' || extension === 'markdown'));
  if (markdown) {
    checkMarkdownNesting(text, path);
    checkMarkdownLimits(text, path);
  }
  const html =
    options.from === 'html' ||
    ((options.from ?? 'auto') === 'auto' && (/^x?html?$/.test(extension) || /^\s*<(!doctype html|html[\s>])/i.test(text.slice(0, 1024))));
  if (html) checkHtmlNesting(text, path);
  const file = new VFile({ path, value: text });
  for (const w of warnings) file.message(w.reason, { place: { line: w.line, column: w.column }, ruleId: w.rule, source: 'reader-ingest' });
  return { id, file, encoding, extension };
}

/** Read and ingest one file. `root` makes the path in diagnostics project-relative. */
export async function ingestFile(path: string, id: string, root = process.cwd(), options: IngestOptions = {}): Promise<IngestedText> {
  const bytes = await readFile(path);
  return ingestBytes(new Uint8Array(bytes), relative(root, path) || path, id, options);
}
