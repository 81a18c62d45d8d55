/**
 * What the introduction and concordance templates show, derived from the analysis.
 * Page numbers are never computed here: every reference is a link whose page number
 * the layout fills in (`data-page`, see render/paged-hooks.ts), so they are right whatever the pagination.
 */
import type { Manifest } from '../manifest/schema.ts';
import type { ReaderAnalysis, SourceEntry } from '../analyze/index.ts';
import { callId } from './markdown-to-html.ts';

/** A link to a run of consecutive paragraphs: "¶ 12–14", printed with its page. */
export interface ParagraphRange {
  href: string;
  label: string;
}

export interface TopicRow {
  id: string;
  title: string;
  cells: Array<{ textId: string; number: number; count: number; first?: string }>;
  /** How many texts take the topic up. */
  reach: number;
}

export interface SourceRow {
  author: string;
  title: string;
  refs: Array<{ textNumber: number; textId: string; label: string; href: string; confidence: number }>;
  /** Cited by two or more texts. */
  shared: boolean;
}

export interface IndexEntry {
  id: string;
  title: string;
  texts: Array<{ number: number; title: string; ranges: ParagraphRange[] }>;
}

/** Group sorted paragraph numbers into runs: [3,4,5,9] -> ¶ 3–5, ¶ 9. */
export function paragraphRanges(textId: string, numbers: number[]): ParagraphRange[] {
  const sorted = [...new Set(numbers)].sort((a, b) => a - b);
  const out: ParagraphRange[] = [];
  for (let i = 0; i < sorted.length;) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j++;
    const a = sorted[i]!;
    const b = sorted[j]!;
    out.push({ href: `#${textId}-p${a}`, label: a === b ? `¶ ${a}` : `¶ ${a}–${b}` });
    i = j + 1;
  }
  return out;
}

const pNumber = (id: string) => Number(/-p(\d+)$/.exec(id)?.[1] ?? NaN);

export function topicMatrix(manifest: Manifest, analysis: ReaderAnalysis): TopicRow[] {
  return manifest.topics.map((topic) => {
    const hits = analysis.topics.find((t) => t.topicId === topic.id);
    const cells = manifest.texts.map((text, i) => {
      const ids = hits?.texts.find((t) => t.textId === text.id)?.paragraphIds ?? [];
      const nums = ids
        .map(pNumber)
        .filter(Number.isFinite)
        .sort((a, b) => a - b);
      return { textId: text.id, number: i + 1, count: nums.length, ...(nums.length ? { first: `#${text.id}-p${nums[0]}` } : {}) };
    });
    return { id: topic.id, title: topic.title, cells, reach: cells.filter((c) => c.count > 0).length };
  });
}

/** One table of the topic matrix: a slice of the texts as columns, every topic as a row. */
export interface TopicTable<T> {
  /** Text numbers the table covers, 1-based and inclusive. */
  first: number;
  last: number;
  /** The texts of its columns. */
  texts: T[];
  rows: TopicRow[];
}

/**
 * The matrix as tables of at most `perTable` text columns: a reader of many texts would
 * otherwise print a table wider than the page, and the layout would cut its right-hand cells.
 */
export function topicTables<T>(rows: TopicRow[], texts: T[], perTable: number): Array<TopicTable<T>> {
  const textCount = texts.length;
  const tables: Array<TopicTable<T>> = [];
  // Spread the columns evenly: 7 texts at 6 per table make 4 + 3, not 6 + 1.
  const count = Math.max(1, Math.ceil(textCount / perTable));
  const size = Math.ceil(textCount / count);
  for (let from = 0; from < textCount; from += size) {
    const to = Math.min(textCount, from + size);
    tables.push({ first: from + 1, last: to, texts: texts.slice(from, to), rows: rows.map((r) => ({ ...r, cells: r.cells.slice(from, to) })) });
  }
  return tables;
}

/** Text columns that fit across the measure: A5 and half-letter hold 6, A4 and letter 10; large print half as many. */
export function matrixColumns(pageSize: string, profile?: string): number {
  const wide = pageSize === 'A4' || pageSize === 'letter' ? 10 : 6;
  return profile === 'large-print' ? Math.floor(wide / 2) : wide;
}

export function topicIndex(manifest: Manifest, analysis: ReaderAnalysis): IndexEntry[] {
  return manifest.topics.map((topic) => {
    const hits = analysis.topics.find((t) => t.topicId === topic.id);
    const texts = manifest.texts.flatMap((text, i) => {
      const ids = hits?.texts.find((t) => t.textId === text.id)?.paragraphIds ?? [];
      return ids.length ? [{ number: i + 1, title: text.title, ranges: paragraphRanges(text.id, ids.map(pNumber).filter(Number.isFinite)) }] : [];
    });
    return { id: topic.id, title: topic.title, texts };
  });
}

/** Sources cited, sorted by author, each with every text, note or paragraph that cites it. */
export function sourceRows(manifest: Manifest, analysis: ReaderAnalysis): SourceRow[] {
  const numberOf = new Map(manifest.texts.map((t, i) => [t.id, i + 1]));
  const rows = analysis.sources.map((s: SourceEntry) => {
    const refs = s.citedBy.flatMap((c) => {
      const textNumber = numberOf.get(c.textId);
      if (!textNumber) return [];
      const confidence = c.confidence ?? 1;
      if (c.kind === 'note' && c.noteNumber)
        return [{ textNumber, textId: c.textId, label: `note ${c.noteNumber}`, href: `#${callId(c.textId, c.noteNumber)}`, confidence }];
      if (c.paragraphId) return [{ textNumber, textId: c.textId, label: `¶ ${pNumber(c.paragraphId)}`, href: `#${c.paragraphId}`, confidence }];
      return [];
    });
    const unique = refs
      .filter((r, i) => refs.findIndex((o) => o.href === r.href) === i)
      .map((r) => ({ ...r, confidence: Math.max(...refs.filter((o) => o.href === r.href).map((o) => o.confidence)) }))
      .sort((a, b) => a.textNumber - b.textNumber);
    return { author: s.author || '', title: s.title || '', refs: unique, shared: new Set(unique.map((r) => r.textId)).size > 1 };
  });
  const sortKey = (r: SourceRow) =>
    (surname(r.author) || r.title)
      .toLowerCase()
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '');
  return rows.filter((r) => r.refs.length > 0).sort((a, b) => sortKey(a).localeCompare(sortKey(b)));
}

function surname(author: string): string {
  const a = author.trim();
  if (a.includes(',')) return a.split(',')[0]!;
  return a.split(/\s+/).at(-1) ?? a;
}

/**
 * The sources a text leans on most, for the introduction: "Deutscher, Tchernikover, Guerin (2)".
 * The strongest first: a source's best citation (a note or an author with a title before an
 * author with a verb of saying), then how often the text cites it.
 */
export function mainSources(textId: string, rows: SourceRow[], limit = 4): string[] {
  // One author with several works counts once, with all their references.
  const byName = new Map<string, { n: number; best: number }>();
  for (const r of rows) {
    const mine = r.refs.filter((x) => x.textId === textId);
    if (!mine.length) continue;
    const name = surname(r.author) || r.title;
    const had = byName.get(name) ?? { n: 0, best: 0 };
    byName.set(name, { n: had.n + mine.length, best: Math.max(had.best, ...mine.map((x) => x.confidence)) });
  }
  return [...byName]
    .sort((a, b) => b[1].best - a[1].best || b[1].n - a[1].n || a[0].localeCompare(b[0]))
    .slice(0, limit)
    .map(([name, { n }]) => `${name}${n > 1 ? ` (${n})` : ''}`);
}

/** One entry of the index of names: `Deutscher, Isaac`, then each text's paragraphs and notes. */
export interface NameRow {
  id: string;
  /** As sorted and printed: `Deutscher, Isaac`. */
  name: string;
  texts: Array<{ number: number; refs: Array<{ label: string; href: string }> }>;
}

/** The index of names as the template prints it: texts in reading order, runs of paragraphs joined (¶ 3–5). */
export function nameRows(manifest: Manifest, analysis: ReaderAnalysis): NameRow[] {
  // An entry's key is its surname and, where two persons share it, an initial: "Brent Tor Page" and
  // "Page, Buckland Abbey" may still share both, and an id is given once (the EPUB refuses a repeat).
  const used = new Set<string>();
  const unique = (base: string): string => {
    let id = base;
    for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
    used.add(id);
    return id;
  };
  return analysis.names.flatMap((entry) => {
    const texts = manifest.texts.flatMap((text, i) => {
      const mine = entry.refs.filter((r) => r.textId === text.id);
      if (!mine.length) return [];
      const paras = paragraphRanges(text.id, mine.flatMap((r) => (r.paragraphId ? [pNumber(r.paragraphId)] : [])).filter(Number.isFinite));
      const notes = [...new Set(mine.flatMap((r) => (r.noteNumber ? [r.noteNumber] : [])))].map((n) => ({
        label: `note ${n}`,
        href: `#${callId(text.id, n)}`,
      }));
      return [{ number: i + 1, refs: [...paras, ...notes] }];
    });
    return texts.length ? [{ id: unique(`name-${entry.key}`), name: entry.sortName, texts }] : [];
  });
}
