/**
 * The picture files a text names, found in its raw text: light (no parser), so that the
 * up-to-date check can fingerprint them without loading a stage of the pipeline.
 */
import { extname, resolve } from 'node:path';

/** One picture at most this size: a book of photographs needs a layout tool, not this one. */
export const MAX_IMAGE_BYTES = 10 * 1024 * 1024;

/** A URL that names a file beside the text: no scheme, not protocol-relative, not a fragment. */
export const isLocalUrl = (url: string): boolean => !!url && !/^[a-z][a-z0-9+.-]*:/i.test(url) && !url.startsWith('//') && !url.startsWith('#');

/** The picture URLs the source at `path` names, from its bytes; none for a PDF (its pictures are its own). */
export function sourceImageRefs(path: string, bytes: Uint8Array): string[] {
  const extension = extname(path).slice(1).toLowerCase();
  return extension === 'pdf' ? [] : imageRefs(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8'), extension);
}

/** The picture URLs a source names, found in its raw text (before parsing, for fingerprints). */
export function imageRefs(text: string, extension: string): string[] {
  const out = new Set<string>();
  const html = /<img\b[^>]*>/gi;
  const attr = /\b(?:data-src|src)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/gi;
  for (const tag of text.match(html) ?? []) for (const m of tag.matchAll(attr)) out.add(decodeEntities(m[1] ?? m[2] ?? m[3] ?? ''));
  if (extension === 'md' || extension === 'markdown') {
    for (const m of text.matchAll(/!\[(?:[^\]\\]|\\.)*\]\(\s*(<[^>]*>|[^\s)]+)/g)) out.add(m[1]!.replace(/^<|>$/g, ''));
    // Reference-style pictures: `![map][k]` with `[k]: maps/k.png` (any definition may be one).
    for (const m of text.matchAll(/^ {0,3}\[[^\]]+\]:\s*(<[^>]*>|\S+)/gm)) out.add(m[1]!.replace(/^<|>$/g, ''));
  }
  return [...out].map((u) => u.trim()).filter(isLocalUrl);
}

const decodeEntities = (s: string) =>
  s
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&apos;/g, "'");

/** Where a local URL points on disk: its query and fragment off, percent-escapes read. */
export function imageFile(url: string, sourceDir: string): string {
  const path = url.replace(/[?#].*$/, '');
  let decoded = path;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    // A stray `%` is a character of the name.
  }
  return resolve(sourceDir, decoded);
}
