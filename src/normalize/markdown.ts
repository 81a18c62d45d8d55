import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import { withSafeAutolinks } from './markdown-links.ts';

const parser = unified().use(remarkParse).use(remarkGfm);
// A colon right after a note call would make `[^2]:` at a line start read as a note definition.
const unsafe = [{ character: ':', before: '\\]', inConstruct: 'phrasing' as const }];
const printer = unified().use(remarkStringify, { bullet: '-', emphasis: '_', strong: '*', rule: '-', fences: true, unsafe }).use(remarkGfm);

/** Serialise a tree as CommonMark with GFM footnotes; every link prints in a form read back as a link. */
export function toMarkdown(tree: Root): string {
  return printer.stringify(withSafeAutolinks(tree));
}

/** Parse Markdown (CommonMark + GFM) as it is; the rules then repair its text. */
export function parseMarkdown(value: string): Root {
  return parser.parse(value) as Root;
}
