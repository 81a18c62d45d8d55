/**
 * Pictures a text shows from files beside it (`![map](maps/kronstadt.png)` in Markdown,
 * `<img src="page_files/chart.jpg">` in a saved web page). Rendering is sealed: the page may
 * load nothing but the book, so each picture is read here and carried in the text as a
 * `data:` URL, which the PDF, the accessible HTML and the EPUB all take as they are.
 * A picture that cannot be carried (not found, outside the project, not an image, too large,
 * or on the web) is replaced by its alternative text, with a warning at its place in the source.
 */
import { createHash } from 'node:crypto';
import { readFile, realpath, stat } from 'node:fs/promises';
import { dirname, resolve, sep } from 'node:path';
import type { Image, Root, RootContent, Text } from 'mdast';
import type { VFile } from 'vfile';
import { sourceLocator } from '../analyze/source-place.ts';
import { imageFile, isLocalUrl, MAX_IMAGE_BYTES } from './image-refs.ts';

/** Image formats by their first bytes: what a file says it is, not what its name says. */
const SIGNATURES: Array<[type: string, test: (b: Uint8Array) => boolean]> = [
  ['image/png', (b) => b[0] === 0x89 && b[1] === 0x50 && b[2] === 0x4e && b[3] === 0x47],
  ['image/jpeg', (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff],
  ['image/gif', (b) => b[0] === 0x47 && b[1] === 0x49 && b[2] === 0x46],
  ['image/webp', (b) => ascii(b, 0, 4) === 'RIFF' && ascii(b, 8, 12) === 'WEBP'],
  ['image/avif', (b) => ascii(b, 4, 8) === 'ftyp' && /^avi[fs]/.test(ascii(b, 8, 12))],
  ['image/svg+xml', (b) => /^(?:\ufeff)?\s*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*(?:<!doctype svg[^>]*>\s*)?<svg\b/i.test(ascii(b, 0, 1024))],
];
const ascii = (b: Uint8Array, from: number, to: number) => String.fromCharCode(...b.subarray(from, to));

/** A picture read (its type and bytes, made a `data:` URL only when a text is embedded: a cached text has it), or why not. */
export type LoadedImage = { url: string; type: string; bytes: Uint8Array; sha256: string } | { url: string; problem: string };

/**
 * Read the pictures a text names: only files inside the project folder or the text's own
 * folder (a manifest from someone else cannot make the build read `/etc/…`).
 */
export async function loadImages(urls: readonly string[], sourcePath: string, root: string): Promise<Map<string, LoadedImage>> {
  const sourceDir = dirname(sourcePath);
  const allowed = await Promise.all([root, sourceDir].map((d) => realpath(d).catch(() => resolve(d))));
  const out = new Map<string, LoadedImage>();
  for (const url of urls) {
    if (out.has(url)) continue;
    out.set(url, await loadImage(url, imageFile(url, sourceDir), allowed));
  }
  return out;
}

async function loadImage(url: string, path: string, allowed: string[]): Promise<LoadedImage> {
  const real = await realpath(path).catch(() => undefined);
  if (!real) return { url, problem: `no file \`${path}\`` };
  if (!allowed.some((d) => real === d || real.startsWith(d + sep))) return { url, problem: `\`${real}\` is outside the project folder` };
  const info = await stat(real);
  if (!info.isFile()) return { url, problem: `\`${real}\` is not a file` };
  if (info.size > MAX_IMAGE_BYTES)
    return { url, problem: `\`${real}\` is ${(info.size / 1048576).toFixed(1)} MB, more than the ${MAX_IMAGE_BYTES / 1048576} MB a picture may have` };
  const bytes = new Uint8Array(await readFile(real));
  const type = SIGNATURES.find(([, test]) => test(bytes))?.[0];
  if (!type) return { url, problem: `\`${real}\` is not a PNG, JPEG, GIF, WebP, AVIF or SVG picture` };
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  return { url, type, bytes, sha256 };
}

/** What the loaded pictures add to a text's fingerprint: an edited picture is a changed text. */
export function imagesDigest(images: Map<string, LoadedImage>): string {
  return [...images.values()].map((i) => `${i.url}\0${'sha256' in i ? i.sha256 : i.problem}`).join('\n');
}

/**
 * Put the loaded pictures in the text: a local picture becomes its `data:` URL; one that could
 * not be read, and a picture on the web (the sealed page may not fetch it), becomes its
 * alternative text, with a warning at its place in the source.
 */
export function embedImages(tree: Root, images: Map<string, LoadedImage>, file: VFile): void {
  const locate = sourceLocator(file);
  const warn = (url: string, reason: string) => {
    const at = locate.find(url);
    file.message(reason, {
      ...(at.line !== undefined ? { place: { line: at.line, column: at.column ?? 1 } } : {}),
      ruleId: 'image-missing',
      source: 'reader-images',
    });
  };
  const walk = (node: Root | RootContent): void => {
    if (!('children' in node)) return;
    node.children = (node.children as RootContent[]).flatMap((child): RootContent[] => {
      if (child.type !== 'image') return (walk(child), [child]);
      const url = child.url.trim();
      if (url.startsWith('data:')) return [child];
      const alt = child.alt ?? '';
      const instead: Text[] = alt ? [{ type: 'text', value: alt }] : [];
      const how = alt ? 'its alternative text printed instead' : 'left out (it has no alternative text)';
      if (!isLocalUrl(url)) {
        warn(
          url,
          /^(?:https?:)?\/\//i.test(url)
            ? `Unexpected picture on the web \`${url}\`: the build reads no network, so it is ${how}; save the picture beside the text and point to the file`
            : `Unexpected picture address \`${url}\`: only a file beside the text is read, so it is ${how}; save the picture beside the text and point to it by its path`,
        );
        return instead;
      }
      const loaded = images.get(url);
      if (!loaded || 'problem' in loaded) {
        warn(
          url,
          `Unexpected picture \`${url}\`: ${loaded && 'problem' in loaded ? loaded.problem : 'not read'}, so it is ${how}; check the path (relative to the text's file)`,
        );
        return instead;
      }
      const image: Image = { ...child, url: `data:${loaded.type};base64,${Buffer.from(loaded.bytes).toString('base64')}` };
      return [image];
    }) as never;
  };
  walk(tree);
}
