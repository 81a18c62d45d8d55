import type { Encoding } from '../types.ts';
import { decodeWindows1252, firstInvalidUtf8 } from './windows-1252.ts';

export interface Decoded {
  text: string;
  encoding: Encoding;
  /** The charset the file declares and was read in (`encoding: 'declared'`), as TextDecoder names it. */
  charset?: string;
  /** Why the decoder fell back, when it did. */
  warning?: string;
  /** Byte offset the warning is about (the first byte that is not UTF-8). */
  warningAt?: number;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Decode source bytes: UTF-8 with or without a BOM, UTF-16 with a BOM,
 * otherwise Windows-1252 (with a warning, since that is a guess).
 */
export function decodeBytes(bytes: Uint8Array): Decoded {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    const body = bytes.subarray(3);
    const bad = firstInvalidUtf8(body);
    const text = new TextDecoder('utf-8').decode(body);
    // A BOM says UTF-8, so keep UTF-8, but say where bytes were replaced by U+FFFD.
    return bad < 0
      ? { text, encoding: 'utf-8-bom' }
      : {
          text,
          encoding: 'utf-8-bom',
          warning: 'Unexpected bytes that are not UTF-8 after a UTF-8 byte-order mark, shown as U+FFFD; save the file as UTF-8',
          warningAt: bad + 3,
        };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  }
  try {
    return { text: utf8.decode(bytes), encoding: 'utf-8' };
  } catch {
    const declared = declaredCharset(bytes);
    if (declared === 'windows-1252') return { text: decodeWindows1252(bytes), encoding: 'windows-1252' };
    if (declared) return { text: new TextDecoder(declared).decode(bytes), encoding: 'declared', charset: declared };
    return {
      text: decodeWindows1252(bytes),
      encoding: 'windows-1252',
      warning: 'Unexpected bytes that are not UTF-8, decoded as Windows-1252; save the file as UTF-8 to be sure',
      warningAt: Math.max(0, firstInvalidUtf8(bytes)),
    };
  }
}

/** Turn CRLF and lone CR into LF, so every later stage sees one kind of line end. */
export function normalizeLineEndings(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}

/** 1-based line and column of a byte offset, counting LF bytes (for single-byte and UTF-8 text). */
export function bytePlace(bytes: Uint8Array, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < bytes.length; i++) {
    if (bytes[i] === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

/**
 * The charset a file that is not UTF-8 declares in its first 1,024 bytes: HTML's `<meta charset>`
 * or `http-equiv` content type, or an XML declaration's `encoding`, as TextDecoder names it
 * (`iso-8859-1` and `latin1` are `windows-1252`, as in every browser). Undefined when it declares
 * none, or UTF-8 (which the bytes are not), or one TextDecoder does not know.
 */
export function declaredCharset(bytes: Uint8Array): string | undefined {
  let head = '';
  for (let i = 0; i < Math.min(bytes.length, 1024); i++) head += String.fromCharCode(bytes[i]!);
  const label = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head)?.[1] ?? /<\?xml[^>]+encoding\s*=\s*["']([\w.:-]+)["']/i.exec(head)?.[1];
  if (!label) return undefined;
  try {
    const name = new TextDecoder(label).encoding;
    return name === 'utf-8' || name.startsWith('utf-16') ? undefined : name;
  } catch {
    return undefined;
  }
}
