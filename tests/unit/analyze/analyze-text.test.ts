import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import { VFile } from 'vfile';
import { analyzeReader, analyzeText, compileTopics } from '../../../src/analyze/index.ts';
import type { NormalizedText } from '../../../src/types.ts';
import { sampleTopics } from '../../fixtures/analyze/topics.ts';

const topics = compileTopics(sampleTopics);

function doc(id: string, markdown: string): NormalizedText {
  const file = new VFile({ path: `${id}.md`, value: markdown });
  return { id, file, tree: unified().use(remarkParse).use(remarkGfm).parse(file), kind: 'clean', changes: [] };
}

const small = readFileSync(new URL('../../fixtures/analyze/small.md', import.meta.url), 'utf8');

describe('analyzeText on a small fixture', () => {
  const d = doc('small', small);
  const a = analyzeText(d, topics);

  it('counts words, paragraphs and reading time', () => {
    expect(a.paragraphs).toBe(3);
    expect(a.words).toBeGreaterThan(60);
    expect(a.readingMinutes).toBe(1);
  });

  it('lists sections with their first paragraph', () => {
    expect(a.sections).toEqual([
      { title: 'The Georgian affair', depth: 1, paragraphId: 'small-p1' },
      { title: 'Kronstadt', depth: 2, paragraphId: 'small-p2' },
    ]);
  });

  it('lists notes and note calls', () => {
    expect(a.notes.map((n) => n.number)).toEqual(['1', '2', '3']);
    expect(a.noteCalls).toBe(3);
  });

  it('finds note, inline and mention citations, resolving ibid', () => {
    const summary = a.citations.map((c) => [c.kind, c.sourceKey, c.locator ?? '', c.paragraphId ?? c.noteNumber]);
    expect(summary).toEqual([
      ['note', 'trotsky:problems-soviet-regime', '12', '1'],
      ['inline', 'joffe:one-long-night', 'pp. 69-70', 'small-p1'],
      ['inline', 'joffe:one-long-night', 'p. 71', 'small-p1'],
      ['mention', 'pipes', '', 'small-p1'],
      // `Trotsky wrote “…”`: an author with a verb of saying is a source in prose (issue 22), here his one cited work.
      ['mention', 'trotsky:problems-soviet-regime', '', 'small-p1'],
      // An unmarked title counts when the text cites that work elsewhere.
      ['mention', 'joffe:one-long-night', '', 'small-p2'],
    ]);
    const joffe = a.citations[1]!;
    expect([joffe.line, joffe.column]).toEqual([3, 84]);
  });

  it('reports what looks like a citation and could not be parsed, as VFile messages; a note of prose is no citation', () => {
    expect(a.unparsedCitations).toEqual([
      { raw: 'Vol. 3, p. 45.', line: 15, column: 1 },
      { raw: '(Vol. 3, p. 45)', line: 7, column: 118 },
    ]);
    const messages = d.file.messages.map((m) => [m.ruleId, m.source, m.line, m.column]);
    expect(messages).toEqual([
      ['citation-unparsed', 'reader-analyze', 15, 1],
      ['citation-unparsed', 'reader-analyze', 7, 118],
    ]);
    expect(d.file.messages[1]!.reason).toBe('Unexpected citation `(Vol. 3, p. 45)`, expected `Author, Title, page`');
  });

  it('matches topics per paragraph', () => {
    const byTopic = Object.fromEntries(a.topics.map((t) => [t.topicId, t.paragraphIds]));
    expect(byTopic).toEqual({
      bureaucracy: ['small-p1', 'small-p2'],
      'georgian-affair': ['small-p1'],
      kronstadt: ['small-p2'],
      historians: ['small-p1'],
    });
    const p1 = a.topics.find((t) => t.topicId === 'historians')!.paragraphs[0]!;
    expect(p1).toEqual({ id: 'small-p1', n: 1, score: 3, terms: ['Pipes', 'Richard Pipes', 'historian'] });
  });

  it('takes quotations from quotation marks and block quotes', () => {
    expect(a.quotations).toEqual([
      { text: 'the bureaucracy is not a class but a caste of officials', words: 11, paragraphId: 'small-p1' },
      { text: 'Stalin is too rude and this defect becomes intolerable in a Secretary-General.', words: 12, paragraphId: 'small-p3' },
    ]);
  });

  it('is idempotent: a second run gives the same result', () => {
    const again = analyzeText(doc('small', small), topics);
    expect(again).toEqual(a);
  });
});

describe('analyzeReader on small fixtures', () => {
  const one = analyzeText(doc('one', small), topics);
  const two = analyzeText(
    doc(
      'two',
      'Trotsky, in his «Problems of the Soviet Regim» (Trotsky, Problems of the Soviet Regim, p. 3), said: “Stalin is too rude and this defect becomes intolerable”.\n',
    ),
    topics,
  );
  const r = analyzeReader([one, two], topics);

  it('merges one work cited in two texts, with a slip, into one source', () => {
    const trotsky = r.sources.filter((s) => s.key.startsWith('trotsky'));
    expect(trotsky).toHaveLength(1);
    // Text one cites it twice: note 1, and `Trotsky wrote “…”` in its prose (a source in prose since issue 22).
    expect(trotsky[0]!.citedBy.map((c) => c.textId)).toEqual(['one', 'one', 'two']);
    expect(r.texts[1]!.citations[0]!.sourceKey).toBe(trotsky[0]!.key);
  });

  it('finds the quotation the two texts share', () => {
    expect(r.sharedQuotations).toHaveLength(1);
    expect(r.sharedQuotations[0]!.occurrences.map((o) => o.textId)).toEqual(['one', 'two']);
  });

  it('indexes topics by text, in manifest order', () => {
    expect(r.topics.map((t) => t.topicId)).toEqual(sampleTopics.map((t) => t.id));
    expect(r.topics.find((t) => t.topicId === 'kronstadt')!.texts).toEqual([{ textId: 'one', paragraphIds: ['one-p2'] }]);
  });
});
