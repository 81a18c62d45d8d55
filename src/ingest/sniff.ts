import { ReaderError } from '../errors.ts';
import type { Encoding } from '../types.ts';
import { bytePlace } from './decode.ts';

/** File signatures of things people rename to `.txt` by mistake. */
const SIGNATURES: Array<[what: string, magic: number[]]> = [
  ['a PNG image', [0x89, 0x50, 0x4e, 0x47]],
  ['a JPEG image', [0xff, 0xd8, 0xff]],
  ['a GIF image', [0x47, 0x49, 0x46, 0x38]],
  ['a PDF document (name it `.pdf` to have its text extracted)', [0x25, 0x50, 0x44, 0x46, 0x2d]],
  ['a ZIP archive (a .docx, .odt or .epub is one)', [0x50, 0x4b, 0x03, 0x04]],
  ['a gzip archive', [0x1f, 0x8b]],
  ['a program (ELF)', [0x7f, 0x45, 0x4c, 0x46]],
];

const startsWith = (bytes: Uint8Array, magic: number[]) => magic.every((b, i) => bytes[i] === b);

/**
 * Refuse what is not text before it is decoded: binary data decoded as Windows-1252 would
 * print as pages of junk. UTF-16 (which has NUL bytes) must be recognised by the caller first.
 */
export function checkIsText(bytes: Uint8Array, file: string): void {
  const hint = 'Point `source` at the text itself: a .txt, .md or .html file saved as UTF-8, or a .pdf.';
  for (const [what, magic] of SIGNATURES) {
    if (startsWith(bytes, magic))
      throw new ReaderError('SourceBinary', `Source looks like binary data (${what}), not text`, hint, { file, line: 1, column: 1 });
  }
  const nul = bytes.indexOf(0);
  if (nul >= 0) {
    throw new ReaderError('SourceBinary', `Source looks like binary data (a NUL byte at byte ${nul + 1}), not text`, hint, { file, ...bytePlace(bytes, nul) });
  }
}

/** An empty (or blank) source is a mistake: a reader needs its words. */
export function checkNotEmpty(text: string, file: string): void {
  if (text.trim() === '') {
    throw new ReaderError('SourceEmpty', 'Source is empty: it holds no text', 'Add the text to the file, or remove the text from reader.yaml.', {
      file,
      line: 1,
      column: 1,
    });
  }
}

/**
 * UTF-16 saved without a byte-order mark. Its ASCII characters (spaces, line ends, digits) put
 * a NUL in every other byte; the other byte of each pair then tells the script. Read as
 * UTF-16, a text is a few scripts (English: one high byte, 0x00; Russian: 0x04 and 0x00) or
 * CJK, with no controls and no broken surrogate pairs; binary data read that way is neither.
 * Returns the byte order when the first 64 KB read as such a text, else undefined.
 */
export function sniffUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const n = Math.min(bytes.length, 65_536) & ~1;
  if (n < 4) return undefined;
  const pairs = n / 2;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  // Line ends, spaces and digits are ASCII: in UTF-16 their high byte is a NUL. Plain 8-bit
  // text has no NUL; binary data read as UTF-16 has controls and broken surrogate pairs.
  if (oddNul >= pairs * 0.01 && readsAsUtf16Text(bytes, n, 1)) return 'utf-16le';
  if (evenNul >= pairs * 0.01 && readsAsUtf16Text(bytes, n, 0)) return 'utf-16be';
  return undefined;
}

/** Do the first `n` bytes read as UTF-16 text, the high byte of each unit at `high` (0 or 1)? */
function readsAsUtf16Text(bytes: Uint8Array, n: number, high: 0 | 1): boolean {
  const units = n / 2;
  const byHigh = new Uint32Array(256);
  let bad = 0;
  let cjk = 0;
  for (let i = 0; i < n; i += 2) {
    const code = (bytes[i + high]! << 8) | bytes[i + 1 - high]!;
    byHigh[code >> 8]!++;
    if ((code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0c && code !== 0x0d) || (code >= 0x7f && code < 0xa0) || code >= 0xfffe) bad++;
    else if (code >= 0xd800 && code < 0xdc00) {
      const next = i + 2 < n ? (bytes[i + 2 + high]! << 8) | bytes[i + 3 - high]! : 0xdc00;
      if (next >= 0xdc00 && next < 0xe000) i += 2;
      else bad++;
    } else if (code >= 0xdc00 && code < 0xe000) bad++;
    else if ((code >= 0x3000 && code < 0xa000) || (code >= 0xac00 && code < 0xd7b0) || code >= 0xff00) cjk++;
  }
  if (bad > units * 0.01) return false;
  const top3 = [...byHigh]
    .sort((a, b) => b - a)
    .slice(0, 3)
    .reduce((a, b) => a + b, 0);
  return top3 >= units * 0.9 || cjk + byHigh[0]! >= units * 0.9;
}

/**
 * Refuse binary data that has no NUL byte and no known signature, once decoded: a text has
 * (almost) no control characters, and one read as Windows-1252 (the guess for bytes that are
 * not UTF-8) is mostly ASCII, as every language written in it is. Random bytes are about 12%
 * controls and half non-ASCII; a text in another 8-bit encoding (Cyrillic, Greek) read as
 * Windows-1252 is mostly non-ASCII too, and would print as junk.
 */
export function checkMostlyText(text: string, encoding: Encoding, file: string): void {
  let controls = 0;
  let firstControl = -1;
  let visible = 0;
  let nonAscii = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x20 || c === 0x0a || c === 0x09 || c === 0x0d || c === 0x0c || c === 0x0b) continue;
    visible++;
    if (c < 0x20 || (c >= 0x7f && c < 0xa0)) {
      controls++;
      if (firstControl < 0) firstControl = i;
    } else if (c >= 0x80) nonAscii++;
  }
  const hint = 'Point `source` at the text itself, saved as UTF-8: a .txt, .md or .html file, or a .pdf.';
  if (controls >= 8 && controls > visible * 0.01) {
    const share = Math.max(1, Math.round((controls / visible) * 100));
    throw new ReaderError(
      'SourceBinary',
      `Source looks like binary data (${share}% of its characters are control characters, the first U+${text.charCodeAt(firstControl).toString(16).toUpperCase().padStart(4, '0')} here), not text`,
      hint,
      { file, ...textPlace(text, firstControl) },
    );
  }
  if (encoding === 'windows-1252' && visible >= 64 && nonAscii > visible * 0.3) {
    throw new ReaderError(
      'SourceBinary',
      `Source looks like binary data, or a text in an encoding reader does not read: it is not UTF-8, and read as Windows-1252 ${Math.round((nonAscii / visible) * 100)}% of its characters are not ASCII`,
      'Save the text as UTF-8 (most editors offer it under Save as… > Encoding), or point `source` at the text itself.',
      { file, line: 1, column: 1 },
    );
  }
}

/** 1-based line and column of a character offset. */
function textPlace(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}
