import type { Encoding } from '../types.ts';

export interface Decoded {
  text: string;
  encoding: Encoding;
  /** Why the decoder fell back, when it did. */
  warning?: string;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Decode source bytes: UTF-8 with or without a BOM, UTF-16 with a BOM,
 * otherwise Windows-1252 (with a warning, since that is a guess).
 */
export function decodeBytes(bytes: Uint8Array): Decoded {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: decodeUtf8Lenient(bytes.subarray(3)), encoding: 'utf-8-bom' };
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
      text: new TextDecoder('windows-1252').decode(bytes),
      encoding: 'windows-1252',
      warning: 'Unexpected bytes that are not UTF-8, decoded as Windows-1252; save the file as UTF-8 to be sure',
    };
  }
}

function decodeUtf8Lenient(bytes: Uint8Array): string {
  return new TextDecoder('utf-8').decode(bytes);
}

/** Turn CRLF and lone CR into LF, so every later stage sees one kind of line end. */
export function normalizeLineEndings(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}
