/**
 * Collect a text's citations from its notes, its parenthetical citations and its
 * mentions of sources, each with a source key; report what could not be parsed.
 */
import type { FootnoteDefinition, Root } from 'mdast';
import type { VFile } from 'vfile';
import type { Citation } from './types.ts';
import { flatten, placeOf, type FlatText } from './flatten.ts';
import { authorDate, parseCitation, type ParsedCitation } from './citation-parse.ts';
import { findParentheticals, isCitationLike, isImprint } from './citation-inline.ts';
import { findMentions } from './citation-mentions.ts';
import { parseReference, proseSources } from './citation-prose.ts';
import type { NameMention } from './names/mentions.ts';
import { thingHeads } from './names/lexicon.ts';
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
  /** Stretches of paragraphs that are citations, not prose (a parenthetical citation, a reference entry), and the author they name. */
  /** `authors`: the persons it names as its authors, co-authors and editors (a body that is the author is none). */
  spans: Array<{ paragraphId?: string; noteNumber?: string; start: number; end: number; authors: string[] }>;
}

/** What the prose patterns and the references list need beyond the tree. */
export interface CitationContext {
  /** The text's name mentions (names/mentions.ts), for sources in prose. */
  names?: NameMention[];
  /** Paragraphs under a `References` (`Bibliography`, …) heading. */
  references?: Set<string>;
}

/** `Smith (1999)`, `Smith and Jones (2003: 12)`, `Crawford & Marecek (1989)`: the year in brackets after a name. */
const YEAR_AFTER = /^[^().;!?]{0,60}?\((?:[^()]*?,\s*)?((?:1[5-9]\d\d|20\d\d)[a-z]?)(?=[),:;])/u;

/**
 * `The Sentencing Project`, `New York Times Editorial Staff`, `U.S. Securities and Exchange Commission`, `ProCon.org`: an
 * author that is a body (its last word heads an organisation, or it is a web address), no person.
 */
export function isBody(author: string): boolean {
  const last = author.trim().split(/\s+/).pop() ?? '';
  return /\.(?:org|com|net|gov|edu|int)$/iu.test(last) || thingHeads.has(last.toLowerCase()) || BODY_HEADS.has(last.toLowerCase());
}
const BODY_HEADS = new Set('staff project agency service network board administration organization organisation coalition initiative alliance'.split(' '));

const MONTH = /\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\b/;

/** How sure a parsed citation is (see Citation.confidence). */
function confidenceOf(p: ParsedCitation, raw: string): { confidence: number; evidence: string } {
  if (p.author || p.ibid) return { confidence: 0.9, evidence: 'inline' };
  // A title alone is a source when it is quoted, or cited with a page or a full date; `(Oslo's programme, 1998)` is not.
  const marked = /^[«“"‘'*_]/.test(raw.replace(/^\(/, '').trim());
  const possessivePhrase = /^\p{Lu}[\p{L}\-]*['’]s\s+\p{Ll}/u.test(p.title ?? '');
  if (!possessivePhrase && (marked || p.locator || MONTH.test(raw))) return { confidence: 0.6, evidence: 'title-only' };
  return { confidence: 0.3, evidence: 'title-only' };
}

/** Split a citation group on top-level semicolons: `(Carr, vol. 1, p. 5; Deutscher, p. 9)`. */
function parts(text: string): string[] {
  return (
    text
      // `(Nazi-Soviet Relations, pp. 75-6, reproduced in Robert Black, Stalinism in Britain, p. 130.)`: two works.
      .split(/;\s+|,\s+(?=(?:reproduced|reprinted|quoted|cited)\s+in\s+\p{Lu})/u)
      .map((s) => s.trim())
      .filter(Boolean)
  );
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
  base: Omit<Citation, 'sourceKey' | 'raw' | 'confidence' | 'evidence'>,
  previous: Citation | undefined,
): Citation | undefined {
  const sure = base.kind === 'note' ? { confidence: 0.95, evidence: 'note' } : confidenceOf(p, raw);
  if (p.ibid) {
    if (!previous) return undefined;
    const c: Citation = { ...base, ...sure, sourceKey: previous.sourceKey, raw };
    if (previous.author) c.author = previous.author;
    if (previous.title) c.title = previous.title;
    if (p.locator) c.locator = p.locator;
    return c;
  }
  const c: Citation = { ...base, ...sure, sourceKey: sourceKey(p.surname, p.title), raw };
  if (p.author) c.author = p.author;
  if (p.coAuthors) c.coAuthors = p.coAuthors;
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
export function collectCitations(tree: Root, paragraphs: FlatParagraph[], file: VFile, context: CitationContext = {}): CollectedCitations {
  const citations: Citation[] = [];
  const unparsed: CollectedCitations['unparsed'] = [];
  const spans: CollectedCitations['spans'] = [];
  const source = sourceLocator(file);
  // The tree's position when it has one, else where the snippet occurs in the source text.
  // A normalizer may have rejoined or retyped the text: shorter openings of the snippet are tried next.
  const placeFor = (fromTree: { line?: number; column?: number }, snippet: string): { line?: number; column?: number } => {
    if (fromTree.line !== undefined) return fromTree;
    for (const n of [Infinity, 40, 16]) {
      const found = source.find(snippet.trim().slice(0, n));
      if (found.line !== undefined) return found;
    }
    return {};
  };
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
    const noteSpan: CollectedCitations['spans'][number] = { noteNumber: base.noteNumber, start: 0, end: flat.text.length, authors: [] };
    for (const part of parts(raw)) {
      const parsed = parseCitation(part);
      const c: Citation | undefined = parsed && toCitation(parsed, part, base, previous);
      if (c) {
        citations.push(c);
        previous = c;
        found++;
        if (c.author && isBody(c.author)) c.corporate = true;
        if (c.author && !c.corporate) noteSpan.authors.push(c.author, ...(c.coAuthors ?? []));
      }
    }
    // A note that is a citation is no prose: names in its titles are not mentions.
    if (found) spans.push(noteSpan);
    // A note of the author's own prose ("Because the wages fell.") cites nothing: only a note
    // that looks like a citation and could not be read is worth a warning.
    if (!found && isCitationLike(raw)) {
      fail(raw, `Unexpected note \`${base.noteNumber}\` \`${short(raw)}\`, expected a citation like \`Author, Title, page\``, start.line, start.column);
    }
  }

  // The works of the references list by first author (and co-author) and year, for author-date citations to meet:
  // `(Smith 1999, p. 4)` and `Smith and Jones (2003) argue` are the entries `Smith, John. 1999. …` and `Smith, John,
  // and Mary Jones. 2003. …`, however many works of Smith the list holds.
  const dated = new Map<string, string>();
  if (context.references?.size) {
    let last: string | undefined;
    for (const para of paragraphs) {
      if (!context.references.has(para.id)) continue;
      const ref = parseReference(para.flat.text, last);
      if (!ref?.author) continue;
      last = ref.author;
      if (!ref.year) continue;
      const key = sourceKey(surnameFromReference(ref.author), ref.title);
      for (const a of [ref.author, ...(ref.coAuthors ?? [])]) {
        const k = `${splitKey(sourceKey(surnameFromReference(a), undefined)).surname}|${ref.year}`;
        // Two works of one year under one name (`1999a`, `1999b` written without the letter): neither is guessed.
        dated.set(k, dated.has(k) && dated.get(k) !== key ? '' : key);
      }
    }
  }
  const datedKey = (author: string, year: string | undefined): string | undefined =>
    year ? dated.get(`${splitKey(sourceKey(surnameFromReference(author), undefined)).surname}|${year}`) || undefined : undefined;

  // 2 and 3. Parenthetical citations, then mentions, paragraph by paragraph. Mentions come
  // second so that an unmarked title (`Shostakovich's Testimony`) can be checked against
  // the works this text cites.
  previous = undefined;
  let lastReferenceAuthor: string | undefined;
  const inlineByPara: Citation[][] = [];
  for (const para of paragraphs) {
    const inPara: Citation[] = [];
    for (const group of findParentheticals(para.flat.text)) {
      // `(Marx 1867)`: a name and a year with no comma is a citation where the references list has that work.
      const listed = () =>
        dated.size > 0 &&
        parts(group.inner).every((part) => {
          const p = authorDate(part.replace(/^(?:see\s+also|see|cf\.?)\s+/iu, ''));
          return !!p && !!datedKey(p.author!, p.year);
        });
      if (!(isCitationLike(group.inner) || listed()) || isImprint(para.flat.text, para.flat.emphasis, group.offset, group.inner)) continue;
      const span: CollectedCitations['spans'][number] = { paragraphId: para.id, start: group.offset, end: group.offset + group.inner.length + 2, authors: [] };
      spans.push(span);
      const where = placeFor(placeOf(para.flat, group.offset), `(${group.inner})`);
      const base = { kind: 'inline' as const, paragraphId: para.id, ...located(where.line, where.column) };
      let found = 0;
      for (const part of parts(group.inner)) {
        const parsed = parseCitation(part);
        const c: Citation | undefined = parsed && toCitation(parsed, `(${group.inner})`, base, previous);
        if (c) {
          const entry = !c.title && parsed!.author ? datedKey(parsed!.author, parsed!.year) : undefined;
          if (entry) c.sourceKey = entry;
          inPara.push(c);
          previous = c;
          found++;
          if (c.author && isBody(c.author)) c.corporate = true;
          if (c.author && !c.corporate) span.authors.push(c.author, ...(c.coAuthors ?? []));
        }
      }
      if (!found) {
        fail(`(${group.inner})`, `Unexpected citation \`(${short(group.inner)})\`, expected \`Author, Title, page\``, where.line, where.column);
      }
    }
    // An entry of a references list: the whole paragraph cites one work.
    if (context.references?.has(para.id)) {
      const ref = parseReference(para.flat.text, lastReferenceAuthor);
      // Its co-authors and editors are named in it as much as its first author: their names stay in the index.
      const corporate = !!ref?.author && (!!ref.corporate || isBody(ref.author));
      const named = [...(ref?.author && !corporate ? [ref.author] : []), ...(ref?.coAuthors ?? []), ...(ref?.editors ?? [])];
      spans.push({ paragraphId: para.id, start: 0, end: para.flat.text.length, authors: named });
      if (ref) {
        if (ref.author) lastReferenceAuthor = ref.author;
        const where = placeFor(placeOf(para.flat, 0), para.flat.text.slice(0, 40));
        const surname = ref.author ? surnameFromReference(ref.author) : undefined;
        const c: Citation = {
          sourceKey: sourceKey(surname, ref.title),
          raw: para.flat.text.trim(),
          kind: 'reference',
          paragraphId: para.id,
          confidence: 0.95,
          evidence: 'reference',
          ...located(where.line, where.column),
        };
        if (ref.author) c.author = ref.author;
        if (corporate) c.corporate = true;
        if (ref.coAuthors) c.coAuthors = ref.coAuthors;
        if (ref.title) c.title = ref.title;
        inPara.push(c);
      }
    }
    inlineByPara.push(inPara);
  }
  // A loop, not `concat(...inlineByPara)`: spreading one argument per paragraph overflows the stack on large texts.
  const known = new Set<string>();
  for (const c of citations) known.add(c.sourceKey);
  for (const inPara of inlineByPara) for (const c of inPara) known.add(c.sourceKey);
  const isKnown = (author: string, title: string): boolean => known.has(sourceKey(surnameFromMention(author), title));
  // Indexed by paragraph once: a text may have 100,000 paragraphs.
  const namesByPara = new Map<string, NameMention[]>();
  // Pushed, not spread: 100,000 mentions in one paragraph made spreading quadratic (minutes).
  for (const n of context.names ?? []) if (n.paragraphId) pushTo(namesByPara, n.paragraphId, n);
  const spansByPara = new Map<string, CollectedCitations['spans']>();
  for (const sp of spans) if (sp.paragraphId) pushTo(spansByPara, sp.paragraphId, sp);
  for (const [i, para] of paragraphs.entries()) {
    const inPara = inlineByPara[i]!;
    const cited = new Set(inPara.map((c) => splitKey(c.sourceKey).surname));
    const seen = new Set<string>();
    if (context.references?.has(para.id)) {
      citations.push(...inPara);
      continue;
    }
    const paraSpans = spansByPara.get(para.id) ?? [];
    const inSpan = (offset: number) => paraSpans.some((sp) => sp.start <= offset && offset < sp.end);
    const found: Array<{ author: string; coAuthors?: string[]; title?: string; raw: string; offset: number; confidence: number; evidence: string }> = [];
    for (const m of findMentions(para.flat, isKnown)) {
      // A role alone (`the historian Richard Pipes`) names a person, not a source: it needs a title here.
      if (m.title && !inSpan(m.offset)) found.push({ ...m, title: m.title, confidence: 0.9, evidence: 'author-title' });
    }
    // A person renamed (`Beatrice Potter, later Beatrice Webb, argued in *T*`) cites under the first name.
    const named = namesByPara.get(para.id) ?? [];
    const mentions = named.filter((n) => !inSpan(n.offset) && !n.work && !n.leftOut).map((n) => (n.sameAs ? { ...n, name: n.sameAs } : n));
    // `The Gazette reported that …`, `Pravda on March 3rd, 1921 described it as …`: a paper that says something, a source by its title.
    for (const n of named)
      if (n.press && n.cites && !inSpan(n.offset))
        found.push({
          author: '',
          title: n.press,
          raw: para.flat.text.slice(n.offset, n.end + 30).split(/[.;:!?]/)[0]!,
          offset: n.offset,
          confidence: 0.7,
          evidence: 'press',
        });
    for (const p of proseSources(para.flat, mentions)) {
      if (!p.author) continue;
      found.push({
        author: p.author,
        ...(p.coAuthors ? { coAuthors: p.coAuthors } : {}),
        ...(p.title ? { title: p.title } : {}),
        raw: p.raw,
        offset: p.offset,
        confidence: p.strength === 'strong' ? 0.9 : 0.6,
        evidence: p.strength === 'strong' ? 'author-title' : p.role ? 'saying-role' : 'saying',
      });
    }
    found.sort((a, b) => a.offset - b.offset || Number(!!b.title) - Number(!!a.title));
    const citedKeys = new Set(inPara.map((c) => c.sourceKey));
    for (const m of found) {
      // `Westen (1998) argues`, `Smith and Jones (2003) argue`: the year in brackets after the names finds the entry.
      const year = m.title || !m.author ? undefined : YEAR_AFTER.exec(para.flat.text.slice(m.offset, m.offset + 120))?.[1];
      const entry = m.author ? datedKey(m.author, year) : undefined;
      const key = entry ?? sourceKey(surnameFromMention(m.author), m.title);
      const { surname } = splitKey(key);
      // One source per author and paragraph: a titled mention stands for the bare ones.
      if (
        entry
          ? citedKeys.has(entry) || seen.has(entry)
          : cited.has(surname) || seen.has(key) || (!m.title && [...seen].some((k) => splitKey(k).surname === surname))
      )
        continue;
      seen.add(key);
      const where = placeFor(placeOf(para.flat, m.offset), m.raw);
      const c: Citation = {
        sourceKey: key,
        ...(m.author ? { author: m.author } : {}),
        raw: m.raw,
        kind: 'mention',
        paragraphId: para.id,
        confidence: m.confidence,
        evidence: m.evidence,
        ...located(where.line, where.column),
      };
      if (m.title) c.title = m.title;
      if (m.coAuthors) c.coAuthors = m.coAuthors;
      inPara.push(c);
    }
    for (const c of inPara) citations.push(c);
  }
  return { citations, unparsed, spans };
}

function pushTo<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** `Pierre Broué` → `Broué`; `Lenin` → `Lenin`. */
function surnameFromReference(author: string): string {
  const words = author
    .trim()
    .split(/\s+/)
    .filter((w) => !/^\p{Lu}\.$/u.test(w));
  return words[words.length - 1] ?? author;
}

function surnameFromMention(author: string): string {
  const words = author.split(/\s+/);
  return words[words.length - 1] ?? author;
}

function short(s: string): string {
  const one = s.replace(/\s+/g, ' ').trim();
  return one.length > 60 ? `${one.slice(0, 57)}...` : one;
}
