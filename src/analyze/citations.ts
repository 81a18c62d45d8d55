/**
 * Collect a text's citations from its notes, its parenthetical citations and its
 * mentions of sources, each with a source key; report what could not be parsed.
 */
import type { FootnoteDefinition, Root } from 'mdast';
import type { VFile } from 'vfile';
import type { Citation } from './types.ts';
import { flatten, placeOf, type FlatText } from './flatten.ts';
import { parseCitation, type ParsedCitation } from './citation-parse.ts';
import { findParentheticals, isCitationLike } from './citation-inline.ts';
import { findMentions } from './citation-mentions.ts';
import { sourceKey, splitKey } from './source-key.ts';
import { sourceLocator } from './source-place.ts';

/** A body paragraph, flattened, with its id. */
export interface FlatParagraph {
  id: string;
  n: number;
  flat: FlatText;
}

export interface CollectedCitations {
  citations: Citation[];
  unparsed: Array<{ raw: string; line?: number; column?: number }>;
}

/** Split a citation group on top-level semicolons: `(Carr, vol. 1, p. 5; Deutscher, p. 9)`. */
function parts(text: string): string[] {
  return text
    .split(/;\s+/)
    .map((s) => s.trim())
    .filter(Boolean);
}

function located(line: number | undefined, column: number | undefined): { line?: number; column?: number } {
  return line === undefined ? {} : { line, ...(column === undefined ? {} : { column }) };
}

/**
 * Turn parsed citations into `Citation`s; `ibid` takes the key of the previous one.
 * Returns `undefined` for a part that resolves to nothing.
 */
function toCitation(
  p: ParsedCitation,
  raw: string,
  base: Omit<Citation, 'sourceKey' | 'raw'>,
  previous: Citation | undefined,
): Citation | undefined {
  if (p.ibid) {
    if (!previous) return undefined;
    const c: Citation = { ...base, sourceKey: previous.sourceKey, raw };
    if (previous.author) c.author = previous.author;
    if (previous.title) c.title = previous.title;
    if (p.locator) c.locator = p.locator;
    return c;
  }
  const c: Citation = { ...base, sourceKey: sourceKey(p.surname, p.title), raw };
  if (p.author) c.author = p.author;
  if (p.title) c.title = p.title;
  if (p.locator) c.locator = p.locator;
  return c;
}

/** All footnote definitions of a tree, in document order. */
export function footnoteDefinitions(tree: Root): FootnoteDefinition[] {
  return tree.children.filter((n): n is FootnoteDefinition => n.type === 'footnoteDefinition');
}

/**
 * Collect citations of one text. Problems go to `file` as `citation-unparsed` messages.
 * Mentions are kept only where no note or parenthetical citation of the same author
 * sits in the same paragraph (a mention stands in for a missing note).
 */
export function collectCitations(tree: Root, paragraphs: FlatParagraph[], file: VFile): CollectedCitations {
  const citations: Citation[] = [];
  const unparsed: CollectedCitations['unparsed'] = [];
  const source = sourceLocator(file);
  // The tree's position when it has one, else where the snippet occurs in the source text.
  const placeFor = (fromTree: { line?: number; column?: number }, snippet: string): { line?: number; column?: number } =>
    fromTree.line !== undefined ? fromTree : source.find(snippet);
  const fail = (raw: string, reason: string, line?: number, column?: number): void => {
    const where = located(line, column);
    unparsed.push({ raw, ...where });
    const place = where.line === undefined ? undefined : { line: where.line, column: where.column ?? 1 };
    file.message(reason, { ...(place ? { place } : {}), ruleId: 'citation-unparsed', source: 'reader-analyze' });
  };

  // 1. Notes.
  let previous: Citation | undefined;
  for (const def of footnoteDefinitions(tree)) {
    const flat = flatten(def);
    const raw = flat.text.trim();
    const start = placeFor({ line: def.position?.start.line, column: def.position?.start.column }, raw);
    const base = {
      kind: 'note' as const,
      noteNumber: def.label ?? def.identifier,
      ...located(start.line, start.column),
    };
    let found = 0;
    for (const part of parts(raw)) {
      const parsed = parseCitation(part);
      const c: Citation | undefined = parsed && toCitation(parsed, part, base, previous);
      if (c) {
        citations.push(c);
        previous = c;
        found++;
      }
    }
    if (!found) {
      fail(raw, `Unexpected note \`${base.noteNumber}\` \`${short(raw)}\`, expected a citation like \`Author, Title, page\``, start.line, start.column);
    }
  }

  // 2 and 3. Parenthetical citations, then mentions, paragraph by paragraph. Mentions come
  // second so that an unmarked title (`Shostakovich's Testimony`) can be checked against
  // the works this text cites.
  previous = undefined;
  const inlineByPara: Citation[][] = [];
  for (const para of paragraphs) {
    const inPara: Citation[] = [];
    for (const group of findParentheticals(para.flat.text)) {
      if (!isCitationLike(group.inner)) continue;
      const where = placeFor(placeOf(para.flat, group.offset), `(${group.inner})`);
      const base = { kind: 'inline' as const, paragraphId: para.id, ...located(where.line, where.column) };
      let found = 0;
      for (const part of parts(group.inner)) {
        const parsed = parseCitation(part);
        const c: Citation | undefined = parsed && toCitation(parsed, `(${group.inner})`, base, previous);
        if (c) {
          inPara.push(c);
          previous = c;
          found++;
        }
      }
      if (!found) {
        fail(`(${group.inner})`, `Unexpected citation \`(${short(group.inner)})\`, expected \`Author, Title, page\``, where.line, where.column);
      }
    }
    inlineByPara.push(inPara);
  }
  // A loop, not `concat(...inlineByPara)`: spreading one argument per paragraph overflows the stack on large texts.
  const known = new Set<string>();
  for (const c of citations) known.add(c.sourceKey);
  for (const inPara of inlineByPara) for (const c of inPara) known.add(c.sourceKey);
  const isKnown = (author: string, title: string): boolean => known.has(sourceKey(surnameFromMention(author), title));
  for (const [i, para] of paragraphs.entries()) {
    const inPara = inlineByPara[i]!;
    const cited = new Set(inPara.map((c) => splitKey(c.sourceKey).surname));
    const seen = new Set<string>();
    for (const m of findMentions(para.flat, isKnown)) {
      const key = sourceKey(surnameFromMention(m.author), m.title);
      const { surname } = splitKey(key);
      if (cited.has(surname) || seen.has(key)) continue;
      seen.add(key);
      const where = placeFor(placeOf(para.flat, m.offset), m.raw);
      const c: Citation = { sourceKey: key, author: m.author, raw: m.raw, kind: 'mention', paragraphId: para.id, ...located(where.line, where.column) };
      if (m.title) c.title = m.title;
      inPara.push(c);
    }
    citations.push(...inPara);
  }
  return { citations, unparsed };
}

function surnameFromMention(author: string): string {
  const words = author.split(/\s+/);
  return words[words.length - 1] ?? author;
}

function short(s: string): string {
  const one = s.replace(/\s+/g, ' ').trim();
  return one.length > 60 ? `${one.slice(0, 57)}...` : one;
}

