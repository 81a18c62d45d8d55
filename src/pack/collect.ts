/**
 * Collect a pack's content: for one topic, the matching paragraphs of every text with their
 * context, as marked-up HTML with notes, plus the references the group needs (¶, page).
 */
import type { BlockContent, Blockquote, Heading, List, ListItem, Nodes, Paragraph, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { numberParagraphs, type NumberedParagraph } from '../analyze/paragraphs.ts';
import { missingNoteCalls } from '../compose/index.ts';
import { textToHtml } from '../compose/markdown-to-html.ts';
import type { PreparedText, Topic } from '../types.ts';
import type { ManifestText } from '../manifest/schema.ts';
import type { NameEntry } from '../analyze/names/index-names.ts';
import { paragraphId } from '../analyze/paragraphs.ts';
import { excerptRanges, withGaps, type ParagraphRange } from './excerpts.ts';
import { markTerms, termMatchers, type TermMatchers } from './highlight.ts';

/** What a pack reads of a prepared text. */
type PackSource = Pick<PreparedText, 'meta' | 'doc' | 'analysis'>;

/** A paragraph printed in a pack, with where it stands in the full reader. */
export interface PackParagraph {
  id: string;
  n: number;
  /** Page of reader.pdf where the paragraph starts. */
  page: number | undefined;
  hit: boolean;
  /** The paragraph's first words, for finding it on the page. */
  opening: string;
}

export interface PackExcerpt {
  textId: string;
  /** The text's title, for the source line. */
  textTitle: string;
  from: number;
  to: number;
  hits: number[];
  /** The section the excerpt starts in, if the text has sections (for the source line). */
  section: string | undefined;
  /** Every section heading the excerpt's paragraphs stand under, in order. */
  sections: string[];
  paragraphs: PackParagraph[];
  /** `¶ 12` or `¶ 12–14`. */
  paraLabel: string;
  /** `p. 45` or `pp. 45–46`: where the excerpt starts and where its last paragraph starts. */
  pageLabel: string;
  /** Start page in the full reader (of the excerpt's first paragraph). */
  page: number | undefined;
  html: string;
  /** Note numbers the excerpt calls (notes printed at the page foot). */
  notes: string[];
}

export type PackItem = { excerpt: PackExcerpt; gap?: undefined } | { gap: { skipped: number }; excerpt?: undefined };

export interface PackText {
  id: string;
  number: number;
  title: string;
  author: string;
  date: string | undefined;
  /** Matching paragraphs. */
  hits: number;
  /** Excerpts after merging. */
  passages: number;
  items: PackItem[];
  /** `[n]` calls in the excerpts whose notes the source lacks. */
  missingNotes: number[];
}

export interface PackContent {
  topic: Topic;
  texts: PackText[];
  /** Texts in the reader that do not take the topic up. */
  silent: Array<{ id: string; title: string; author: string }>;
  hits: number;
  passages: number;
  /** The index of names for the passages the pack holds: each person, with the paragraphs and their pages in the reader. */
  names: Array<{ name: string; refs: Array<{ textNumber: number; label: string; page: number | undefined }> }>;
}

/**
 * Gather one topic's pack. Hits come from the analysis (`matchTopic` per paragraph, with the
 * topic's `minScore`); `anchors` maps paragraph ids to reader.pdf pages.
 */
export function collectPack(
  topic: Topic,
  texts: readonly PackSource[],
  anchors: Record<string, number>,
  options: { context: number; hyphenate?: boolean; language?: string; names?: readonly NameEntry[] },
): PackContent {
  const matchers = termMatchers(topic);
  const out: PackContent = { topic, texts: [], silent: [], hits: 0, passages: 0, names: [] };
  for (const [i, { meta, doc, analysis }] of texts.entries()) {
    const hit = analysis.topics.find((t) => t.topicId === topic.id);
    if (!hit || hit.paragraphs.length === 0) {
      out.silent.push({ id: meta.id, title: meta.title, author: meta.author });
      continue;
    }
    const numbered = numberParagraphs(doc.tree, doc.id);
    const ranges = excerptRanges(
      hit.paragraphs.map((p) => p.n),
      numbered.length,
      options.context,
    );
    const context = new TextContext(doc.tree, numbered);
    const missing = new Set<number>();
    const items: PackItem[] = withGaps(ranges).map((item, k) => {
      if (item.kind === 'gap') return { gap: { skipped: item.skipped } };
      const { excerpt, literalCalls } = buildExcerpt(meta, item.range, k, context, anchors, matchers, options);
      for (const n of literalCalls) missing.add(n);
      return { excerpt };
    });
    out.texts.push({
      id: meta.id,
      number: i + 1,
      title: meta.title,
      author: meta.author,
      date: meta.date,
      hits: hit.paragraphs.length,
      passages: ranges.length,
      items,
      missingNotes: [...missing].sort((a, b) => a - b),
    });
    out.hits += hit.paragraphs.length;
    out.passages += ranges.length;
  }
  out.names = packNames(out, options.names ?? [], anchors);
  return out;
}

/** The index entries of the paragraphs a pack prints, in the index's order. */
function packNames(pack: PackContent, names: readonly NameEntry[], anchors: Record<string, number>): PackContent['names'] {
  const printed = new Map<string, { textNumber: number; n: number }>();
  for (const t of pack.texts)
    for (const item of t.items) for (const p of item.excerpt?.paragraphs ?? []) printed.set(paragraphId(t.id, p.n), { textNumber: t.number, n: p.n });
  return names.flatMap((e) => {
    const refs = e.refs.flatMap((r) => {
      const at = r.paragraphId ? printed.get(r.paragraphId) : undefined;
      return at ? [{ textNumber: at.textNumber, label: `¶ ${at.n}`, page: anchors[r.paragraphId!] }] : [];
    });
    return refs.length ? [{ name: e.sortName, refs }] : [];
  });
}

/** The block quote or list a paragraph stands in (and, in a list, its item). */
interface Holder {
  node: Blockquote | List;
  item?: number;
  listItem?: ListItem;
}

/** What an excerpt needs from its whole text: paragraphs, their containers, the notes. */
class TextContext {
  readonly container = new Map<Paragraph, Holder>();
  readonly notes: RootContent[];
  constructor(
    tree: Root,
    readonly numbered: NumberedParagraph[],
  ) {
    this.notes = tree.children.filter((c) => c.type === 'footnoteDefinition');
    const walk = (n: Nodes, holder: Holder | undefined): void => {
      if (n.type === 'footnoteDefinition') return;
      if (n.type === 'paragraph') {
        if (holder) this.container.set(n, holder);
        return;
      }
      if (n.type === 'list') {
        n.children.forEach((li, idx) => walk(li, { node: n, item: idx, listItem: li }));
        return;
      }
      const next = n.type === 'blockquote' ? { node: n } : holder;
      if ('children' in n) for (const c of n.children) walk(c as Nodes, next);
    };
    walk(tree, undefined);
  }
}

function buildExcerpt(
  meta: ManifestText,
  range: ParagraphRange,
  k: number,
  ctx: TextContext,
  anchors: Record<string, number>,
  matchers: TermMatchers,
  options: { hyphenate?: boolean; language?: string },
): { excerpt: PackExcerpt; literalCalls: number[] } {
  const textId = meta.id;
  const root: Root = { type: 'root', children: [] };
  const sections: string[] = [];
  const paragraphs: PackParagraph[] = [];
  let lastSection: Heading | undefined;
  let open: { holder: Blockquote | List; node: Blockquote | List } | undefined;
  const hits = new Set(range.hits);
  for (let n = range.from; n <= range.to; n++) {
    const p = ctx.numbered[n - 1]!;
    if (n === range.from) {
      if (p.section) sections.push(toString(p.section));
    } else if (p.section && p.section !== lastSection) {
      // A section that begins inside the excerpt is printed where it begins.
      sections.push(toString(p.section));
      root.children.push({ type: 'heading', depth: 3, children: structuredClone(p.section.children) } satisfies Heading);
      open = undefined;
    }
    lastSection = p.section;
    // A copy: marks and classes must not leak into the reader's tree or another topic's pack.
    const copy = structuredClone(p.node);
    if (hits.has(n)) markTerms(copy, matchers);
    const holder = ctx.container.get(p.node);
    // The paragraph id sits on the paragraph, or on its list item in a tight list (see numberParagraphs).
    const item: ListItem | undefined = holder?.listItem
      ? { type: 'listItem', spread: false, children: [copy], ...(holder.listItem.data ? { data: structuredClone(holder.listItem.data) } : {}) }
      : undefined;
    const carrier = item?.data?.hProperties?.id ? item : copy;
    if (hits.has(n)) {
      const data = (carrier.data ??= {});
      data.hProperties = { ...(data.hProperties ?? {}), className: ['hit'] };
    }
    if (!holder) {
      root.children.push(copy);
      open = undefined;
    } else if (open && open.holder === holder.node) {
      appendTo(open.node, item ?? copy);
    } else {
      const node: Blockquote | List =
        holder.node.type === 'blockquote'
          ? { type: 'blockquote', children: [] }
          : {
              type: 'list',
              ordered: holder.node.ordered ?? false,
              ...(holder.node.ordered ? { start: (holder.node.start ?? 1) + (holder.item ?? 0) } : {}),
              spread: false,
              children: [],
            };
      appendTo(node, item ?? copy);
      root.children.push(node);
      open = { holder: holder.node, node };
    }
    const text = toString(p.node);
    paragraphs.push({ id: p.id, n, page: anchors[p.id], hit: hits.has(n), opening: text.split(/\s+/).filter(Boolean).slice(0, 8).join(' ') });
  }
  // Literal `[n]` calls in the excerpt's own text (before the notes join the tree).
  const literalCalls = missingNoteCalls(root);
  root.children.push(...ctx.notes);
  // Note ids are made unique per excerpt: one note may be called from two excerpts.
  const body = textToHtml(root, `${textId}-x${k}`, { hyphenate: options.hyphenate ?? true, language: options.language ?? 'en', paragraphNumbers: 'all' });
  const first = paragraphs[0]!;
  const last = paragraphs.at(-1)!;
  const page = first.page;
  const pageLabel = page === undefined ? 'page unknown' : last.page !== undefined && last.page !== page ? `pp. ${page}–${last.page}` : `p. ${page}`;
  const excerpt: PackExcerpt = {
    textId,
    textTitle: meta.title,
    from: range.from,
    to: range.to,
    hits: range.hits,
    section: ctx.numbered[range.from - 1]!.section ? sections[0] : undefined,
    sections,
    paragraphs,
    paraLabel: range.from === range.to ? `¶ ${range.from}` : `¶ ${range.from}–${range.to}`,
    pageLabel,
    page,
    html: body.html,
    notes: body.notes,
  };
  return { excerpt, literalCalls };
}

function appendTo(holder: Blockquote | List, node: Paragraph | ListItem): void {
  if (holder.type === 'blockquote') holder.children.push(node as BlockContent);
  else holder.children.push(node.type === 'listItem' ? node : ({ type: 'listItem', spread: false, children: [node] } satisfies ListItem));
}
