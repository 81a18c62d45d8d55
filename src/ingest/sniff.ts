import { ReaderError } from '../errors.ts';
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
    if (startsWith(bytes, magic)) throw new ReaderError('SourceBinary', `Source looks like binary data (${what}), not text`, hint, { file, line: 1, column: 1 });
  }
  const nul = bytes.indexOf(0);
  if (nul >= 0) {
    throw new ReaderError('SourceBinary', `Source looks like binary data (a NUL byte at byte ${nul + 1}), not text`, hint, { file, ...bytePlace(bytes, nul) });
  }
}

/** An empty (or blank) source is a mistake: a reader needs its words. */
export function checkNotEmpty(text: string, file: string): void {
  if (text.trim() === '') {
    throw new ReaderError('SourceEmpty', 'Source is empty: it holds no text', 'Add the text to the file, or remove the text from reader.yaml.', { file, line: 1, column: 1 });
  }
}

/**
 * UTF-16 saved without a byte-order mark: ASCII text then has a NUL in every other byte.
 * Returns the byte order when the first 4 KB look like that, else undefined.
 */
export function sniffUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 4) return undefined;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  const pairs = n / 2;
  if (oddNul > pairs * 0.4 && evenNul < pairs * 0.05) return 'utf-16le';
  if (evenNul > pairs * 0.4 && oddNul < pairs * 0.05) return 'utf-16be';
  return undefined;
}
