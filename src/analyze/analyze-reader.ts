/**
 * Bring the texts of a reader together: one bibliography entry per work across texts,
 * quotations shared between texts, and a topic → text → paragraphs index.
 */
import type { Topic } from '../types.ts';
import type { Citation, ReaderAnalysis, SourceEntry, TextAnalysis } from './types.ts';
import { resolveKeys, splitKey } from './source-key.ts';
import { sharedQuotations, type QuoteUnit } from './shared-quotations.ts';
import { indexNames, type NameEntry, type NameLog } from './names/index-names.ts';
import { applySettings } from './names/settings.ts';
import type { NameIndexSettings } from '../manifest/schema.ts';
import { surnameKey } from './source-key.ts';

/** What the reader-wide analysis takes beyond the texts. */
export interface ReaderOptions {
  /** The editor's corrections to the index of names (`name_index` in reader.yaml). */
  names?: NameIndexSettings;
  /** Each text's author, by text id: a text is not its own source. */
  authors?: Record<string, string>;
}

const lastWord = (name: string): string => name.trim().split(/\s+/).pop() ?? name;

/** The most frequent of some strings; ties go to the longer (fuller) one. */
function mostCommon(values: string[]): string | undefined {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: string | undefined;
  for (const [v, n] of counts) {
    const b = best === undefined ? -1 : counts.get(best)!;
    if (n > b || (n === b && v.length > best!.length)) best = v;
  }
  return best;
}

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** `R. Pipes` or `Pipes`, as the index of names knows the person: `Richard Pipes`. */
function fullerName(author: string, key: string, names: NameEntry[]): string {
  const surname = splitKey(key).surname;
  const words = author.trim().split(/\s+/);
  const given = words.length > 1 ? words[0]!.replace(/\.$/, '').toLowerCase() : '';
  const person = names.find(
    (n) => n.key.replace(/-\w$/, '') === surname && n.name.length > author.length && (!given || n.name.toLowerCase().startsWith(given)),
  );
  return person ? person.name : author;
}

/** Bibliography entries from citations whose keys are already canonical. */
function sourceEntries(texts: TextAnalysis[], names: NameEntry[] = []): SourceEntry[] {
  const byKey = new Map<string, Array<{ textId: string; c: Citation }>>();
  for (const t of texts) {
    for (const c of t.citations) {
      const list = byKey.get(c.sourceKey) ?? [];
      list.push({ textId: t.id, c });
      byKey.set(c.sourceKey, list);
    }
  }
  const out: SourceEntry[] = [];
  for (const [key, list] of byKey) {
    // The fullest author name (`Richard Pipes` over `Pipes`) and the most cited title spelling.
    const authors = list.map((x) => x.c.author).filter((a): a is string => !!a);
    const author = fullerName(authors.reduce((a, b) => (b.length > a.length ? b : a), '') || capitalize(splitKey(key).surname), key, names);
    const title = mostCommon(list.map((x) => x.c.title).filter((t): t is string => !!t)) ?? '';
    out.push({
      key,
      author,
      title,
      citedBy: list.map(({ textId, c }) => ({
        textId,
        kind: c.kind,
        ...(c.noteNumber ? { noteNumber: c.noteNumber } : {}),
        ...(c.paragraphId ? { paragraphId: c.paragraphId } : {}),
        confidence: c.confidence,
      })),
    });
  }
  return out.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

/**
 * Analyze a reader from its analyzed texts. Source keys are merged across texts (spelling
 * slips, transliterations, bare authors); the returned texts carry the merged keys.
 */
export function analyzeReader(texts: TextAnalysis[], topics: Topic[], options: ReaderOptions = {}): ReaderAnalysis {
  const names = indexNames(
    texts.map((t) => ({
      textId: t.id,
      mentions: t.names,
      citedAuthors: t.citations
        .filter((c) => c.author && !c.corporate && (c.kind !== 'mention' || c.evidence === 'author-title'))
        .flatMap((c) => [splitKey(c.sourceKey).surname, ...(c.coAuthors ?? []).map((a) => surnameKey(lastWord(a)))]),
    })),
  );
  const settled = applySettings(names, texts, options.names);
  // Every surname spelling the index merged counts (`Volkoganov` as well as `Volkogonov`).
  const persons = new Set(
    settled.entries.flatMap((e) => [e.key.replace(/-\w$/, ''), ...e.variants.map((v) => surnameKey(lastWord(v.replace(/['’]s?$/u, ''))))]),
  );
  const log: NameLog[] = [...names.logs, ...settled.logs];
  // A verb of saying makes a source of a person the index knows; anything else it says is left out, and logged.
  const judged = texts.map((t) => {
    const own = options.authors?.[t.id] ? surnameKey(lastWord(options.authors[t.id]!)) : '';
    const citations = t.citations.map((c) => {
      if (c.evidence !== 'saying' && c.evidence !== 'saying-role') return c;
      const surname = splitKey(c.sourceKey).surname;
      if (own && surname === own) return { ...c, confidence: 0 };
      // A role in apposition (`the historian X says`) makes a stronger source than a verb alone.
      return { ...c, confidence: persons.has(surname) ? (c.evidence === 'saying-role' ? 0.8 : 0.7) : 0.3 };
    });
    for (const c of citations) {
      if (c.confidence >= 0.5) continue;
      const what = c.title ? (c.author ? `${c.author}, ${c.title}` : c.title) : (c.author ?? c.raw);
      const why =
        c.confidence === 0
          ? 'the text’s own author'
          : c.evidence.startsWith('saying')
            ? 'a verb of saying after a name the index does not take for a person'
            : 'a title alone, neither quoted nor with a page';
      log.push({
        ruleId: 'source-weak',
        reason: `Left out \`${what}\` as a source: found only by a weak pattern (${why}); the editor's call`,
        textId: t.id,
        ...(c.line !== undefined ? { line: c.line } : {}),
        ...(c.column !== undefined ? { column: c.column } : {}),
      });
    }
    return { ...t, citations: citations.filter((c) => c.confidence >= 0.5) };
  });
  const counts = new Map<string, number>();
  for (const t of judged) for (const c of t.citations) counts.set(c.sourceKey, (counts.get(c.sourceKey) ?? 0) + 1);
  const canon = resolveKeys(counts);
  const merged = judged.map((t) => ({
    ...t,
    citations: t.citations.map((c) => ({ ...c, sourceKey: canon.get(c.sourceKey) ?? c.sourceKey })),
  }));

  const units: QuoteUnit[] = merged.flatMap((t) => t.quotations.map((q) => ({ textId: t.id, paragraphId: q.paragraphId, text: q.text })));

  const order = new Map(topics.map((t, i) => [t.id, i]));
  const topicIds = [...new Set([...topics.map((t) => t.id), ...merged.flatMap((t) => t.topics.map((h) => h.topicId))])];
  topicIds.sort((a, b) => (order.get(a) ?? Infinity) - (order.get(b) ?? Infinity));
  const topicIndex = topicIds.map((topicId) => ({
    topicId,
    texts: merged.flatMap((t) => {
      const hit = t.topics.find((h) => h.topicId === topicId);
      return hit ? [{ textId: t.id, paragraphIds: [...hit.paragraphIds] }] : [];
    }),
  }));

  return {
    texts: merged,
    sources: sourceEntries(merged, settled.entries),
    sharedQuotations: sharedQuotations(units),
    topics: topicIndex,
    names: settled.entries,
    log,
  };
}
