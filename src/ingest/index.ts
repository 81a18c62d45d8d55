import { readFile } from 'node:fs/promises';
import { extname, relative } from 'node:path';
import { VFile } from 'vfile';
import type { IngestedText } from '../types.ts';
import { decodeBytes, normalizeLineEndings } from './decode.ts';

export { decodeBytes, normalizeLineEndings } from './decode.ts';

/**
 * Ingest: bytes in, one decoded text out. `path` is shown in diagnostics as given
 * (keep it project-relative so messages point at `content/...`).
 */
export function ingestBytes(bytes: Uint8Array, path: string, id: string): IngestedText {
  const extension = extname(path).slice(1).toLowerCase();
  if (extension === 'pdf') {
    // PDFs are read by normalize (glyph positions matter); ingest keeps the bytes.
    const file = new VFile({ path, value: '' });
    file.data.bytes = bytes;
    return { id, file, encoding: 'utf-8', extension };
  }
  const decoded = decodeBytes(bytes);
  const file = new VFile({ path, value: normalizeLineEndings(decoded.text) });
  if (decoded.warning) {
    file.message(decoded.warning, { place: { line: 1, column: 1 }, ruleId: 'encoding-guess', source: 'reader-ingest' });
  }
  return { id, file, encoding: decoded.encoding, extension };
}

/** Read and ingest one file. `root` makes the path in diagnostics project-relative. */
export async function ingestFile(path: string, id: string, root = process.cwd()): Promise<IngestedText> {
  const bytes = await readFile(path);
  return ingestBytes(new Uint8Array(bytes), relative(root, path) || path, id);
}
