import type { Root, Paragraph, Heading, Nodes } from 'mdast';

/** A numbered body paragraph of a text: the unit that topics, packs and page refs point at. */
export interface NumberedParagraph {
  /** 1-based paragraph number within its text, as printed in the margin ("¶ 12"). */
  n: number;
  /** Stable HTML id: `<textId>-p<n>`. */
  id: string;
  node: Paragraph;
  /** The nearest section heading above it, if any. */
  section: Heading | undefined;
}

/** The HTML id of paragraph `n` of text `textId`. */
export function paragraphId(textId: string, n: number): string {
  return `${textId}-p${n}`;
}

/**
 * Number the body paragraphs of a tree in document order and stamp each with its id
 * (`data.hProperties.id`, so remark-rehype carries it into the HTML).
 * Paragraphs inside footnote definitions are notes, not body text, and are skipped.
 * Idempotent: numbering the same tree twice gives the same ids.
 */
export function numberParagraphs(tree: Root, textId: string): NumberedParagraph[] {
  const out: NumberedParagraph[] = [];
  let section: Heading | undefined;
  const walk = (node: Nodes, parent?: Nodes): void => {
    if (node.type === 'footnoteDefinition') return;
    if (node.type === 'heading') {
      section = node;
      return;
    }
    // A paragraph of pictures only is a figure (markdown-to-html.ts): no text to number.
    if (node.type === 'paragraph' && isFigure(node)) return;
    if (node.type === 'paragraph') {
      const n = out.length + 1;
      const id = paragraphId(textId, n);
      // A tight list prints its items' paragraphs without <p>: the id goes on the <li> then.
      const holder = parent?.type === 'listItem' && parent.children[0] === node ? parent : node;
      const data = (holder.data ??= {});
      data.hProperties = { ...(data.hProperties ?? {}), id, 'data-para': String(n) };
      out.push({ n, id, node, section });
      return;
    }
    if ('children' in node) for (const child of node.children) walk(child as Nodes, node);
  };
  walk(tree);
  return out;
}

/** A paragraph that holds pictures and nothing else but blanks: printed as a figure, not numbered. */
export function isFigure(node: Paragraph): boolean {
  return node.children.some((c) => c.type === 'image') && node.children.every((c) => c.type === 'image' || (c.type === 'text' && !c.value.trim()));
}
