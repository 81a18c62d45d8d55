import type { Nodes, Root } from 'mdast';
import { ReaderError } from '../errors.ts';

/**
 * Longest paragraph (or heading, or table cell) reader lays out, in characters. Paged.js lays a
 * paragraph out whole for each page it breaks: measured on a 2-core machine under load, one of
 * 200,000 characters took 40 s (89 pages), one of 1,000,000 made no second page in 60 s. Real
 * paragraphs are far shorter; a text saved without line ends is one such paragraph.
 */
export const MAX_PARAGRAPH_CHARS = 100_000;

const BLOCKS = new Set(['paragraph', 'heading', 'tableCell']);

/** Refuse a text whose tree holds a paragraph longer than MAX_PARAGRAPH_CHARS, at its place. */
export function checkParagraphLengths(tree: Root, file: string): void {
  // Depth-first without recursion: a tree can be deep.
  const stack: Nodes[] = [tree];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (BLOCKS.has(node.type)) {
      const chars = textLength(node);
      if (chars > MAX_PARAGRAPH_CHARS) {
        const start = node.position?.start;
        throw new ReaderError(
          'SourceParagraphTooLong',
          `A ${node.type === 'tableCell' ? 'table cell' : node.type} of ${chars.toLocaleString('en')} characters starts here; reader lays out at most ${MAX_PARAGRAPH_CHARS.toLocaleString('en')} in one`,
          'Break the text into paragraphs (a blank line between them): a text saved without line ends is one long paragraph.',
          { file, line: start?.line ?? 1, column: start?.column ?? 1 },
        );
      }
      continue;
    }
    if ('children' in node) for (const child of node.children) stack.push(child as Nodes);
  }
}

/** Characters of text in a node, stopping once past the limit. */
function textLength(node: Nodes): number {
  let n = 0;
  const stack: Nodes[] = [node];
  while (stack.length > 0 && n <= MAX_PARAGRAPH_CHARS) {
    const x = stack.pop()!;
    if ('value' in x && typeof x.value === 'string') n += x.value.length;
    if ('children' in x) for (const child of x.children) stack.push(child as Nodes);
  }
  return n <= MAX_PARAGRAPH_CHARS ? n : countAll(node);
}

/** The whole count, for the message (once, on the way to an error). */
function countAll(node: Nodes): number {
  let n = 0;
  const stack: Nodes[] = [node];
  while (stack.length > 0) {
    const x = stack.pop()!;
    if ('value' in x && typeof x.value === 'string') n += x.value.length;
    if ('children' in x) for (const child of x.children) stack.push(child as Nodes);
  }
  return n;
}
