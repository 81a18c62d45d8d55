/**
 * Links between content documents: the page numbers Paged.js prints after a reference
 * (`a.ref`, `a.pageref`, a pack's `a.pack-page-ref`) written in from the layout's anchors, every `#id` pointed at the
 * document that holds the id, and a link whose target is in no document made plain text
 * (a reading system would otherwise open nothing).
 */
import type { ContentDoc } from './parts.ts';

/** Append the printed page of each page reference's target; returns how many were filled. */
export function fillPageRefs(docs: readonly ContentDoc[], anchors: Record<string, number>): number {
  let filled = 0;
  for (const { body } of docs) {
    for (const a of Array.from(body.querySelectorAll('a.ref[href^="#"], a.pageref[href^="#"], a.pack-page-ref[href^="#"]'))) {
      const page = anchors[a.getAttribute('href')!.slice(1)];
      if (page === undefined) continue;
      a.appendChild(a.ownerDocument.createTextNode(String(page)));
      // A link named by aria-label says its number too, as it shows it (WCAG 2.5.3).
      const label = a.getAttribute('aria-label');
      if (label) a.setAttribute('aria-label', `${label}: ${page}`);
      filled++;
    }
  }
  return filled;
}

/** Which document holds each id. */
export function idFiles(docs: readonly ContentDoc[]): Map<string, string> {
  const where = new Map<string, string>();
  for (const { file, body } of docs)
    for (const el of Array.from(body.querySelectorAll('[id]'))) if (!where.has(el.getAttribute('id')!)) where.set(el.getAttribute('id')!, file);
  return where;
}

/** Point every in-book link at its document; unwrap the ones whose target is nowhere. Returns the ids not found. */
export function resolveLinks(docs: readonly ContentDoc[], where: Map<string, string>): string[] {
  const missing: string[] = [];
  for (const { file, body } of docs) {
    for (const a of Array.from(body.querySelectorAll('a[href^="#"]'))) {
      const id = decodeId(a.getAttribute('href')!.slice(1));
      const target = where.get(id);
      if (target === undefined) {
        missing.push(id);
        unwrap(a);
      } else if (target !== file) a.setAttribute('href', `${target}#${encodeURIComponent(id)}`);
    }
  }
  return missing;
}

function decodeId(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

function unwrap(el: Element): void {
  const parent = el.parentNode!;
  while (el.firstChild) parent.insertBefore(el.firstChild, el);
  el.remove();
}

/** A picture the EPUB carries as a file (`images/…`), from a `data:` URL in a text. */
export interface EpubImage {
  file: string;
  mediaType: string;
  data: Uint8Array;
}

const IMAGE_TYPES: Record<string, string> = { 'image/png': 'png', 'image/jpeg': 'jpg', 'image/gif': 'gif', 'image/svg+xml': 'svg', 'image/webp': 'webp' };

/**
 * Images: an EPUB may not load a picture from the web (epubcheck RSC-006), so a remote image
 * becomes its alternative text, as the tool's other safe-URL rules do; a `data:` image becomes
 * a file of the EPUB. Returns the files and how many images became text.
 */
export function carryImages(docs: readonly ContentDoc[]): { images: EpubImage[]; replaced: number } {
  const images: EpubImage[] = [];
  const seen = new Map<string, string>();
  let replaced = 0;
  for (const { body } of docs) {
    for (const img of Array.from(body.querySelectorAll('img'))) {
      const src = (img.getAttribute('src') ?? '').trim();
      const data = /^data:(image\/[a-z0-9.+-]+)(;base64)?,(.*)$/is.exec(src);
      const ext = data ? IMAGE_TYPES[data[1]!.toLowerCase()] : undefined;
      if (data && ext) {
        let file = seen.get(src);
        if (!file) {
          file = `images/image-${images.length + 1}.${ext}`;
          const bytes = data[2] ? Buffer.from(data[3]!, 'base64') : Buffer.from(decodeURIComponent(data[3]!), 'utf8');
          images.push({ file, mediaType: data[1]!.toLowerCase(), data: new Uint8Array(bytes) });
          seen.set(src, file);
        }
        img.setAttribute('src', file);
        if (!img.hasAttribute('alt')) img.setAttribute('alt', '');
        continue;
      }
      const alt = img.getAttribute('alt') ?? '';
      if (alt) img.replaceWith(img.ownerDocument.createTextNode(alt));
      else img.remove();
      replaced++;
    }
  }
  return { images, replaced };
}
