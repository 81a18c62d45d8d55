/**
 * Analyze one normalized text: size, structure, notes, citations, topics and quotations.
 * Pure: reads the tree, writes only paragraph ids (via `numberParagraphs`) and messages on `doc.file`.
 */
import type { Nodes, Paragraph } from 'mdast';
import type { NormalizedText, Topic } from '../types.ts';
import type { Quotation, TextAnalysis, TopicHit } from './types.ts';
import { numberParagraphs } from './paragraphs.ts';
import { flatten } from './flatten.ts';
import { countWords, fold, readingMinutes } from './fold.ts';
import { matchFolded } from './topics.ts';
import { quotations as findQuotations } from './quotations.ts';
import { collectCitations, footnoteDefinitions, type CollectedCitations, type FlatParagraph } from './citations.ts';
import { isReferencesHeading } from './citation-prose.ts';
import { referenceParagraphs } from './reference-lists.ts';
import { resolveKeys } from './source-key.ts';
import { placeOf } from './flatten.ts';
import { capitalizesNouns, findNameMentions, placesByAdjective, lowerCaseWords, toldInDialogue, turnLabels, type NameMention } from './names/mentions.ts';

/** Quotations need this many words to count. */
const minQuotationWords = 8;

/** `[12]` or `[^12]` left as text: a note call whose note the normalizer could not pair. */
const textualNoteCall = /\[\^?\d{1,3}\]/g;

/** Paragraphs inside block quotes: quoted as a whole, without quotation marks. */
function blockQuoted(tree: Nodes): Set<Paragraph> {
  const out = new Set<Paragraph>();
  const walk = (n: Nodes, inQuote: boolean): void => {
    if (n.type === 'footnoteDefinition') return;
    if (n.type === 'paragraph') {
      if (inQuote) out.add(n);
      return;
    }
    if ('children' in n) for (const c of n.children) walk(c as Nodes, inQuote || n.type === 'blockquote');
  };
  walk(tree, false);
  return out;
}

/** Topic hits of a text: for each topic, the paragraphs scoring at least its `minScore`. */
export function topicHits(paragraphs: FlatParagraph[], topics: Topic[]): TopicHit[] {
  const out: TopicHit[] = [];
  const folded = topics.length ? paragraphs.map((p) => fold(p.flat.text)) : [];
  for (const topic of topics) {
    const hits: TopicHit['paragraphs'] = [];
    for (const [i, p] of paragraphs.entries()) {
      const { score, terms } = matchFolded(p.flat.text, folded[i]!, topic);
      if (score > 0 && score >= topic.minScore) hits.push({ id: p.id, n: p.n, score, terms });
    }
    if (hits.length) out.push({ topicId: topic.id, paragraphIds: hits.map((h) => h.id), paragraphs: hits });
  }
  return out;
}

/**
 * Analyze one text. Numbers its paragraphs (idempotent) so ids match the printed ones,
 * and reports unparsable citations as `citation-unparsed` messages on `doc.file`.
 */
export function analyzeText(doc: NormalizedText, topics: Topic[]): TextAnalysis {
  const numbered = numberParagraphs(doc.tree, doc.id);
  const paragraphs: FlatParagraph[] = numbered.map((p) => ({ id: p.id, n: p.n, flat: flatten(p.node) }));
  const body = flatten(doc.tree);

  const sections: TextAnalysis['sections'] = [];
  const firstUnder = new Map<unknown, string>();
  for (const p of numbered) if (p.section && !firstUnder.has(p.section)) firstUnder.set(p.section, p.id);
  const walk = (n: Nodes): void => {
    if (n.type === 'footnoteDefinition') return;
    if (n.type === 'heading') {
      const id = firstUnder.get(n);
      const title = flatten(n).text.trim();
      sections.push({ title, depth: n.depth, ...(id ? { paragraphId: id } : {}) });
      return;
    }
    if ('children' in n) for (const c of n.children) walk(c as Nodes);
  };
  walk(doc.tree);

  const notes = footnoteDefinitions(doc.tree).map((d) => ({
    number: d.label ?? d.identifier,
    text: flatten(d).text.trim(),
  }));
  const noteCalls = body.noteCalls.length + (body.text.match(textualNoteCall)?.length ?? 0);

  const allNames = nameMentions(doc, paragraphs);
  const references = new Set(numbered.filter((p) => p.section && isReferencesHeading(flatten(p.section).text)).map((p) => p.id));
  for (const id of referenceParagraphs(paragraphs)) references.add(id);
  const { citations, unparsed, spans } = collectCitations(doc.tree, paragraphs, doc.file, { names: allNames, references });
  const names = withoutCitedTitles(allNames, spans);
  // Merge slips and bare authors within the text; analyzeReader does it again across texts.
  const counts = new Map<string, number>();
  for (const c of citations) counts.set(c.sourceKey, (counts.get(c.sourceKey) ?? 0) + 1);
  const canon = resolveKeys(counts);
  for (const c of citations) c.sourceKey = canon.get(c.sourceKey) ?? c.sourceKey;

  const quoted = blockQuoted(doc.tree);
  const quotations: Quotation[] = [];
  for (const [i, p] of paragraphs.entries()) {
    if (quoted.has(numbered[i]!.node)) {
      const text = p.flat.text.trim();
      const words = countWords(text);
      if (words >= minQuotationWords) quotations.push({ text, words, paragraphId: p.id });
      continue;
    }
    for (const q of findQuotations(p.flat.text, minQuotationWords)) {
      quotations.push({ text: q.text, words: q.words, paragraphId: p.id });
    }
  }

  const words = countWords(body.text.replace(textualNoteCall, ' '));
  return {
    id: doc.id,
    words,
    readingMinutes: readingMinutes(words),
    sections,
    paragraphs: numbered.length,
    notes,
    noteCalls,
    citations,
    unparsedCitations: unparsed,
    topics: topicHits(paragraphs, topics),
    quotations,
    names,
  };
}

/**
 * Names inside a citation (`Rosa Luxemburg Speaks`, a reference's title, `Clifford R.` of `Shaw, Clifford R.`) are not
 * mentions, unless they are one of its authors (or co-authors, or editors) with the surname: each is left out of the
 * index and logged where it stands.
 */
function withoutCitedTitles(names: NameMention[], spans: CollectedCitations['spans']): NameMention[] {
  if (!spans.length) return names;
  const byPlace = new Map<string, CollectedCitations['spans']>();
  const placeKey = (x: { paragraphId?: string; noteNumber?: string }) => x.paragraphId ?? `note:${x.noteNumber}`;
  for (const sp of spans) byPlace.set(placeKey(sp), [...(byPlace.get(placeKey(sp)) ?? []), sp]);
  const lastName = (words: string[]): string => words.filter((w) => !/^(?:\p{L}\.)+$/u.test(w)).pop() ?? '';
  return names.map((n) => {
    // A paper or a publisher set aside goes on to be logged where it is left out of the index.
    if (n.leftOut) return n;
    const sp = byPlace.get(placeKey(n))?.find((x) => x.start <= n.offset && n.offset < x.end);
    if (!sp) return n;
    const words = fold(n.name).split(/\s+/);
    const surname = lastName(words);
    const author = sp.authors.some((a) => {
      const folded = fold(a);
      return lastName(folded.split(/\s+/)) === surname && words.every((w) => folded.includes(w));
    });
    return author ? n : { ...n, leftOut: 'it stands in a citation (a title, an imprint, a given name after the surname), not as one of its authors' };
  });
}

/** Name mentions in the body paragraphs and in the notes, placed in the source. */
function nameMentions(doc: NormalizedText, paragraphs: FlatParagraph[]): NameMention[] {
  const out: NameMention[] = [];
  const counter = { list: 0 };
  const texts = paragraphs.map((p) => p.flat.text);
  // Read from the text: whether its language capitalizes nouns (German), and who speaks in its turn labels.
  const nounsCapitalized = capitalizesNouns(texts);
  const speakers = turnLabels(texts);
  const dialogue = toldInDialogue(texts);
  const capitalizedPlurals = new Set<string>();
  const lowerWords = lowerCaseWords(texts, capitalizedPlurals);
  const lang = {
    ...(nounsCapitalized ? { nounsCapitalized } : {}),
    ...(speakers.size ? { speakers } : {}),
    ...(dialogue ? { dialogue } : {}),
    lowerWords,
    capitalizedPlurals,
    works: new Set<string>(),
  };
  for (const p of paragraphs) out.push(...findNameMentions(p.flat, { paragraphId: p.id, place: (o) => placeOf(p.flat, o), ...lang }, counter));
  for (const def of footnoteDefinitions(doc.tree)) {
    const flat = flatten(def);
    out.push(...findNameMentions(flat, { noteNumber: def.label ?? def.identifier, place: (o) => placeOf(flat, o), ...lang }, counter));
  }
  placesByAdjective(out, texts);
  return out;
}
