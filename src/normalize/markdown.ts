import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkStringify from 'remark-stringify';
import { unified, type Processor } from 'unified';
import { withSafeAutolinks } from './markdown-links.ts';

/**
 * GFM's footnote syntax keeps the defined ids in an array (`parser.gfmFootnotes`) and looks each
 * one up with `includes`, for every definition and every call: quadratic in the number of notes
 * (16,000 definitions took 15 s in the parser, 100,000 over 2 min). This swaps the array for one
 * whose `includes` is a Set lookup. The swap is a construct tried at each line start of the
 * document (the code `null` key: after the constructs for the line's own first character), that
 * never matches: a definition on the very first line goes into the plain array, which the next
 * line's swap copies.
 */
class NoteIds extends Array<string> {
  static override get [Symbol.species]() {
    return Array;
  }
  readonly #ids = new Set<string>();
  override includes(id: string): boolean {
    return this.#ids.has(id);
  }
  override push(...ids: string[]): number {
    for (const id of ids) this.#ids.add(id);
    return super.push(...ids);
  }
}
const noteIdIndex = {
  tokenize(this: { parser: { gfmFootnotes?: string[] } }, _effects: unknown, _ok: unknown, nok: unknown) {
    const ids = this.parser.gfmFootnotes;
    if (!(ids instanceof NoteIds)) {
      const indexed = new NoteIds();
      for (const id of ids ?? []) indexed.push(id);
      this.parser.gfmFootnotes = indexed;
    }
    return nok;
  },
};
function indexedNoteIds(this: Processor) {
  const data = this.data() as { micromarkExtensions?: unknown[] };
  (data.micromarkExtensions ??= []).push({ document: { null: [noteIdIndex] } });
}

const parser = unified().use(remarkParse).use(remarkGfm).use(indexedNoteIds);
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
