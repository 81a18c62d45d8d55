// Acceptance tests on the sample reader's five real seeds, through ingest -> normalize -> analyze.
import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeReader, analyzeText, compileTopics, type ReaderAnalysis, type TextAnalysis } from '../../../src/analyze/index.ts';
import { sampleTopics } from '../../fixtures/analyze/topics.ts';
import { loadSeeds } from './load-seed.ts';

const topics = compileTopics(sampleTopics);
let reader: ReaderAnalysis;
const text = (id: string): TextAnalysis => reader.texts.find((t) => t.id === id)!;

beforeAll(async () => {
  const docs = await loadSeeds();
  reader = analyzeReader(
    docs.map((d) => analyzeText(d, topics)),
    topics,
  );
});

describe('the sample seeds', () => {
  it("resolves 004's nine notes to Marx, Lenin ×3, Broué ×2, Pipes, Trotsky ×2", () => {
    const notes = text('004').citations.filter((c) => c.kind === 'note');
    expect(notes.map((c) => c.noteNumber)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9']);
    const surnames = notes.map((c) => c.sourceKey.split(':')[0]);
    expect(surnames).toEqual(['marx', 'lenin', 'lenin', 'lenin', 'broue', 'pipes', 'trotsky', 'trotsky', 'broue']);
    expect(new Set(notes.map((c) => c.sourceKey)).size).toBe(8); // Broué's two notes cite one book
    expect(text('004').unparsedCitations).toEqual([]);
  });

  it("finds at least 25 of 003's inline citations", () => {
    const inline = text('003').citations.filter((c) => c.kind === 'inline');
    expect(inline.length).toBeGreaterThanOrEqual(25);
    const keys = new Set(inline.map((c) => c.sourceKey));
    expect(keys).toContain('joffe:one-long-night');
    expect(keys).toContain(':izvestiya-ts-kom');
    expect(keys).toContain('shostakovich:testimony');
    expect(keys).toContain('medvedev:let-history-judge');
    // "(See Volkoganov, p. 463.)": a slip and no title, still Volkogonov's Trotsky.
    expect(inline.filter((c) => c.sourceKey === 'volkogonov:trotsky')).toHaveLength(3);
  });

  it('places citations in the source, line and column', () => {
    const first = text('003').citations[0]!;
    expect([first.raw, first.line, first.column]).toEqual(['(Trotsky, The Stalin School of Falsification.)', 3, 476]);
    expect(text('003').citations.every((c) => c.line !== undefined)).toBe(true);
    // 004's notes, one a line; its prose and its references list are cited too (issue 22), each with its own line.
    expect(
      text('004')
        .citations.filter((c) => c.kind === 'note')
        .map((c) => c.line),
    ).toEqual([105, 106, 107, 108, 109, 110, 111, 112, 113]);
    expect(text('004').citations.every((c) => c.line !== undefined)).toBe(true);
  });

  it('leaves ordinary parenthetical remarks alone', () => {
    const raws = text('003').citations.map((c) => c.raw);
    expect(raws).not.toContain('(Zinoviev, AW)');
    expect(raws).not.toContain('(or plain bullying)');
    expect(raws.some((r) => r.startsWith('(on'))).toBe(false);
  });

  it('gives Pipes the work each text names: The Russian Revolution in 001, its Spanish edition in 004', () => {
    const pipes = reader.sources.filter((s) => s.key.startsWith('pipes'));
    expect(pipes.map((s) => s.author)).toEqual(['Richard Pipes', 'Richard Pipes']);
    // 001 names the book behind a pronoun (`His The Russian Revolution, published in 1990`) and Pipes twice
    // more (`Pipes’ work`, `According to Pipes`); 004 cites the Spanish edition in note 6 and in its
    // references list. Two titles, two works: the editor can merge them in reader.yaml.
    const work = (title: string) => pipes.find((s) => s.title === title)!.citedBy.map((c) => [c.textId, c.kind]);
    expect(work('The Russian Revolution')).toEqual([
      ['001', 'mention'],
      ['001', 'mention'],
      ['001', 'mention'],
    ]);
    expect(work('La revolución rusa')).toEqual([
      ['004', 'note'],
      ['004', 'reference'],
    ]);
  });

  it('counts note calls and notes', () => {
    expect(text('000').notes).toEqual([]);
    expect(text('000').noteCalls).toBe(24);
    expect(text('004').notes).toHaveLength(9);
  });

  it('indexes topics across texts', () => {
    const texts = (id: string): string[] => reader.topics.find((t) => t.topicId === id)!.texts.map((t) => t.textId);
    expect(texts('socialism-in-one-country')).toEqual(['000', '001', '003', '004']);
    expect(texts('kronstadt')).toEqual(['000']);
    expect(texts('lenin-testament')).toEqual(['002', '003']);
    expect(texts('georgian-affair')).toEqual(['002', '003']);
    expect(texts('bureaucracy')).toEqual(['001', '002', '003', '004']);
  });

  it('gives paragraph ids that exist in the text', () => {
    for (const t of reader.texts) {
      for (const hit of t.topics) {
        for (const p of hit.paragraphs) {
          expect(p.id).toBe(`${t.id}-p${p.n}`);
          expect(p.n).toBeLessThanOrEqual(t.paragraphs);
        }
      }
    }
  });

  it('measures size and reading time', () => {
    expect(text('003').words).toBeGreaterThan(25_000);
    expect(text('003').readingMinutes).toBe(Math.ceil(text('003').words / 230));
    expect(text('003').quotations.length).toBeGreaterThan(50);
  });
});
