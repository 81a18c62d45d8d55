import type { Encoding } from '../types.ts';
import { decodeWindows1252, firstInvalidUtf8 } from './windows-1252.ts';

export interface Decoded {
  text: string;
  encoding: Encoding;
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
