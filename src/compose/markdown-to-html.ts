import type { Root, FootnoteDefinition, FootnoteReference, Nodes, PhrasingContent } from 'mdast';
import type { Element, ElementContent, Root as HastRoot } from 'hast';
import type { State } from 'mdast-util-to-hast';
import { unified } from 'unified';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import { hyphenateTree } from './hyphenate.ts';
import { stackWideTables, type StackOptions } from './stack-tables.ts';
import { breakUrls } from './url-breaks.ts';

export interface TextHtml {
  /** Body HTML of the text, every value escaped by the serializer. */
  html: string;
  /** Note numbers that were called, in order. */
  notes: string[];
  /** Definitions that no call uses, printed at the end of the text: number, id and escaped HTML. */
  orphanNotes: Array<{ label: string; id: string; html: string }>;
}

/**
 * mdast -> HTML for one text. Footnote definitions are moved to the place of their call,
 * as `<span class="footnote">` that Paged.js floats to the foot of the page. The call is a
 * real link whose text is the note's own number, so it survives into the tagged PDF.
 * Raw HTML in a source is never passed through (`allowDangerousHtml` stays off).
 */
export function textToHtml(
  tree: Root,
  textId: string,
  options: {
    hyphenate: boolean;
    language: string;
    paragraphNumbers?: 'all' | 'every-5' | 'none';
    /** Large print: tables too wide to keep their words whole are set stacked (stack-tables.ts). */
    stackTables?: StackOptions;
  },
): TextHtml {
  const definitions = new Map<string, FootnoteDefinition>();
  const body: Root = { type: 'root', children: [] };
  for (const node of tree.children) {
    // The first definition of a note stands (normalize reports any later one).
    if (node.type === 'footnoteDefinition') {
      if (!definitions.has(node.identifier)) definitions.set(node.identifier, node);
    } else body.children.push(node);
  }
  const called: string[] = [];
  // Membership in a Set: a text may hold many thousands of calls.
  const calledSet = new Set<string>();
  const noteId = (n: string) => `${textId}-note-${slug(n)}`;
  const processor = unified()
    .use(remarkRehype, {
      handlers: {
        footnoteReference(state: State, node: FootnoteReference): ElementContent[] {
          const def = definitions.get(node.identifier);
          const label = node.label ?? node.identifier;
          if (!def) return [{ type: 'text', value: `[${label}]` }];
          const first = !calledSet.has(node.identifier);
          if (first) {
            calledSet.add(node.identifier);
            called.push(node.identifier);
          }
          const call: Element = {
            type: 'element',
            tagName: 'a',
            // The first call carries an id: references to a note point here, since Paged.js
            // renames the note itself while it lays out (and the note prints on this page).
            properties: {
              className: ['note-call'],
              href: `#${noteId(node.identifier)}`,
              role: 'doc-noteref',
              ...(first ? { id: callId(textId, node.identifier) } : {}),
            },
            children: [{ type: 'text', value: label }],
          };
          if (!first) return [call];
          const note: Element = {
            type: 'element',
            tagName: 'span',
            // Paged.js replaces a floated note's id with its own; render restores ours from data-note-id.
            properties: { className: ['footnote'], id: noteId(node.identifier), dataNoteId: noteId(node.identifier), role: 'doc-footnote' },
            children: [
              { type: 'element', tagName: 'span', properties: { className: ['note-num'] }, children: [{ type: 'text', value: `${label} ` }] },
              ...noteContent(state, def),
            ],
          };
          return [call, note];
        },
      },
    })
    .use(() => (tree: HastRoot) => {
      makeUrlsSafe(tree);
      markFigures(tree);
      markVerse(tree);
      markFlush(tree);
      breakUrls(tree);
      if (options.stackTables) stackWideTables(tree, options.stackTables);
      if (options.hyphenate) hyphenateTree(tree, options.language);
      if (options.paragraphNumbers && options.paragraphNumbers !== 'none') numberInMargin(tree, options.paragraphNumbers);
    })
    .use(rehypeStringify);
  const hast = processor.runSync(body) as HastRoot;
  const orphanNotes = [...definitions.entries()]
    .filter(([k]) => !calledSet.has(k))
    .map(([k, def]) => {
      const tree = processor.runSync({ type: 'root', children: def.children }) as HastRoot;
      return { label: def.label ?? k, id: callId(textId, k), html: processor.stringify(tree) };
    });
  return { html: processor.stringify(hast), notes: called, orphanNotes };
}

/**
 * Print each paragraph's number as real text at its start; CSS hangs it in the outer margin,
 * and the PDF tags it as the paragraph's label (Lbl).
 * With `every-5`, the first, every 5th and the last are printed.
 */
function numberInMargin(tree: HastRoot, mode: 'all' | 'every-5'): void {
  const numbered: Element[] = [];
  const visit = (node: HastRoot | Element) => {
    for (const child of node.children) {
      if (child.type !== 'element') continue;
      // hProperties arrive as written (`data-para`), not in hast's camelCase.
      if (paraOf(child) !== undefined) numbered.push(child);
      visit(child);
    }
  };
  visit(tree);
  const last = numbered.length;
  for (const el of numbered) {
    const n = Number(paraOf(el));
    if (mode === 'every-5' && n !== 1 && n % 5 !== 0 && n !== last) continue;
    // Tagged, so a screen reader can follow a "¶ 47". Chromium tags a span of its own only if it has
    // an id, and keeps its `lang`: `zxx` (no linguistic content) marks it for finishing, which
    // makes it the paragraph's Lbl (accessibility/merge-splits.ts).
    const id = el.properties.id;
    el.children.unshift({
      type: 'element',
      tagName: 'span',
      properties: { className: ['para-num'], ...(id ? { id: `${String(id)}-n` } : {}), lang: 'zxx' },
      children: [{ type: 'text', value: String(n) }],
    });
  }
}

/**
 * A paragraph of pictures only (analyze/paragraphs.ts leaves it unnumbered) prints as a figure:
 * class `figure`, still a <p>, since Chromium would tag a <figure> as a Figure of its own, with
 * no alternative text, around the picture's.
 */
function markFigures(tree: HastRoot): void {
  const visit = (node: HastRoot | Element) => {
    for (const child of node.children) {
      if (child.type !== 'element') continue;
      const pictures = child.children.filter((c) => c.type === 'element' && c.tagName === 'img');
      if (
        child.tagName === 'p' &&
        pictures.length &&
        pictures.length === child.children.filter((c) => c.type === 'element' || (c.type === 'text' && c.value.trim())).length
      )
        addClass(child, 'figure');
      else visit(child);
    }
  };
  visit(tree);
}

/**
 * A paragraph that keeps its line breaks (normalize's verse, an address, a Markdown hard break)
 * gets class `verse`: its lines stay lines, set flush left, never justified or indented.
 */
function markVerse(tree: HastRoot): void {
  const visit = (node: HastRoot | Element) => {
    for (const child of node.children) {
      if (child.type !== 'element') continue;
      if (child.tagName === 'p' && child.children.some((c) => c.type === 'element' && c.tagName === 'br')) {
        addClass(child, 'verse');
      } else visit(child);
    }
  };
  visit(tree);
}

/** Blocks after which a paragraph starts flush, with no first-line indent: a new start, not a continuation. */
const BREAKS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr', 'blockquote', 'ul', 'ol', 'table', 'pre', 'figure']);
// (A paragraph of pictures, class `figure`, is a break too: markFigures runs first.)

/**
 * A text's first paragraph, and a paragraph right after a heading, a section break, a quotation,
 * a list or a table, gets class `flush` (no indent). A class, since Paged.js 0.4.3 lays pages out
 * node by node and CSS sibling selectors (`h2 + p`, `:first-child`) do not match in its pages.
 */
function markFlush(tree: HastRoot): void {
  let previous: Element | undefined;
  for (const child of tree.children) {
    if (child.type !== 'element') continue;
    if (child.tagName === 'p' && (!previous || BREAKS.has(previous.tagName) || hasClass(previous, 'figure'))) addClass(child, 'flush');
    // Prose after a stanza gets the stanza's space before it (`p.verse + p` did not match either).
    else if (child.tagName === 'p' && !hasClass(child, 'verse') && previous?.tagName === 'p' && hasClass(previous, 'verse')) addClass(child, 'after-verse');
    previous = child;
  }
}

const classesOf = (el: Element) => (Array.isArray(el.properties.className) ? el.properties.className : []);
const hasClass = (el: Element, name: string) => classesOf(el).includes(name);
const addClass = (el: Element, name: string) => void (el.properties.className = [...classesOf(el), name]);

const SAFE_HREF = /^(#|https?:|mailto:)/i;

/**
 * Links keep only in-document, web and mail targets: a `javascript:` or `file:` URL in a source
 * becomes plain text. An image with such a URL becomes its alt text; a remote image is left
 * for the sealed renderer, which refuses the request and reports it.
 */
function makeUrlsSafe(tree: HastRoot): void {
  const visit = (node: HastRoot | Element) => {
    node.children = node.children.flatMap((child): ElementContent[] => {
      if (child.type !== 'element') return [child as ElementContent];
      if (child.tagName === 'a' && typeof child.properties.href === 'string' && !SAFE_HREF.test(child.properties.href.trim())) {
        delete child.properties.href;
      }
      if (
        child.tagName === 'img' &&
        !/^(https?:|data:image\/)/i.test(String(child.properties.src ?? '').trim()) &&
        /^[a-z][a-z0-9+.-]*:/i.test(String(child.properties.src ?? '').trim())
      ) {
        const alt = String(child.properties.alt ?? '');
        return alt ? [{ type: 'text', value: alt }] : [];
      }
      visit(child);
      return [child];
    });
  };
  visit(tree);
}

const paraOf = (el: Element) => el.properties.dataPara ?? el.properties['data-para'];

/** A note's blocks flattened to phrasing content: a footnote is an inline span. */
function noteContent(state: State, def: FootnoteDefinition): ElementContent[] {
  const out: ElementContent[] = [];
  def.children.forEach((block, i) => {
    if (i > 0) out.push({ type: 'text', value: ' ' });
    const phrasing: PhrasingContent[] = block.type === 'paragraph' ? block.children : [];
    if (phrasing.length === 0) return;
    const para: Nodes = { type: 'paragraph', children: phrasing };
    const el = state.one(para, undefined) as Element | undefined;
    if (el && 'children' in el) out.push(...(el.children as ElementContent[]));
  });
  return out;
}

const slug = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, '-');

/** The id of the first call of note `n` in text `textId`. */
export const callId = (textId: string, n: string) => `${textId}-call-${slug(n)}`;
