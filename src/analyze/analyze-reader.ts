/**
 * Bring the texts of a reader together: one bibliography entry per work across texts,
 * quotations shared between texts, and a topic → text → paragraphs index.
 */
import type { Topic } from '../types.ts';
import type { Citation, ReaderAnalysis, SourceEntry, TextAnalysis } from './types.ts';
import { resolveKeys, splitKey } from './source-key.ts';
import { sharedQuotations, type QuoteUnit } from './shared-quotations.ts';

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

/** Bibliography entries from citations whose keys are already canonical. */
function sourceEntries(texts: TextAnalysis[]): SourceEntry[] {
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
    const author = authors.reduce((a, b) => (b.length > a.length ? b : a), '') || capitalize(splitKey(key).surname);
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
      })),
    });
  }
  return out.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

/**
 * Analyze a reader from its analyzed texts. Source keys are merged across texts (spelling
 * slips, transliterations, bare authors); the returned texts carry the merged keys.
 */
export function analyzeReader(texts: TextAnalysis[], topics: Topic[]): ReaderAnalysis {
  const counts = new Map<string, number>();
  for (const t of texts) for (const c of t.citations) counts.set(c.sourceKey, (counts.get(c.sourceKey) ?? 0) + 1);
  const canon = resolveKeys(counts);
  const merged = texts.map((t) => ({
    ...t,
    citations: t.citations.map((c) => ({ ...c, sourceKey: canon.get(c.sourceKey) ?? c.sourceKey })),
  }));

  const units: QuoteUnit[] = merged.flatMap((t) =>
    t.quotations.map((q) => ({ textId: t.id, paragraphId: q.paragraphId, text: q.text })),
  );

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
    sources: sourceEntries(merged),
    sharedQuotations: sharedQuotations(units),
    topics: topicIndex,
  };
}
