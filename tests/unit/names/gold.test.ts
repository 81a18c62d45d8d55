// The sources and the index of names scored against the hand-made gold lists (tests/fixtures/names/gold):
// the five sample texts as one reader, the tune texts as another and the held-out texts as a third,
// each reported apart. The tune and held-out texts are built from git mirrors (corpus.ts); a text
// whose mirror is missing is named in the log line and left out.
import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeReader, analyzeText, type ReaderAnalysis } from '../../../src/analyze/index.ts';
import { ingestFile } from '../../../src/ingest/index.ts';
import { normalize } from '../../../src/normalize/index.ts';
import { loadSeeds, root } from '../analyze/load-seed.ts';
import { buildCorpus, type BuiltText, type CorpusText } from './corpus.ts';
import { add, emptyScore, loadGold, precision, recall, scoreNames, scoreSources, type Score } from './score.ts';

const sampleAuthors = { '000': 'Workers Solidarity', '001': 'John Westmoreland', '002': 'John Westmoreland', '003': 'Alan Woods', '004': 'Jorge Martínez' };

interface Scores {
  names: Score;
  sources: Score;
  ids: string[];
}

function score(analysis: ReaderAnalysis, ids: string[]): Scores {
  let names = emptyScore();
  let sources = emptyScore();
  for (const id of ids) {
    const gold = loadGold(id);
    names = add(names, scoreNames(analysis, id, gold));
    sources = add(sources, scoreSources(analysis, id, gold));
  }
  return { names, sources, ids };
}

async function scoreSplit(split: CorpusText['split']): Promise<{ scores: Scores; missing: string[]; changed: BuiltText[] }> {
  const { texts, missing } = buildCorpus(split);
  const docs = await Promise.all(texts.map(async (t) => normalize(await ingestFile(t.file, t.id, root), {})));
  const analysis = analyzeReader(
    docs.map((d) => analyzeText(d, [])),
    [],
    { authors: Object.fromEntries(texts.map((t) => [t.id, t.author])) },
  );
  return {
    scores: score(
      analysis,
      texts.map((t) => t.id),
    ),
    missing,
    changed: texts.filter((t) => t.changed),
  };
}

const line = (what: string, s: Score) =>
  `${what}: precision ${precision(s).toFixed(3)}, recall ${recall(s).toFixed(3)} (${s.tp} right, ${s.fp} false, ${s.fn} missed)`;

let sample: Scores;
let tune: Awaited<ReturnType<typeof scoreSplit>>;
let held: Awaited<ReturnType<typeof scoreSplit>>;
let held4: Awaited<ReturnType<typeof scoreSplit>>;
let held5: Awaited<ReturnType<typeof scoreSplit>>;
let sampleAnalysis: ReaderAnalysis;

beforeAll(async () => {
  const docs = await loadSeeds();
  sampleAnalysis = analyzeReader(
    docs.map((d) => analyzeText(d, [])),
    [],
    { authors: sampleAuthors },
  );
  sample = score(sampleAnalysis, Object.keys(sampleAuthors));
  tune = await scoreSplit('tune');
  held = await scoreSplit('heldout');
  held4 = await scoreSplit('heldout4');
  held5 = await scoreSplit('heldout5');
  // The failures of the sample and the tune texts, to work from (never those of the held-out texts).
  if (process.env.GOLD_VERBOSE)
    console.log(
      [sample.sources, sample.names, tune.scores.sources, tune.scores.names]
        .map((s) => `false: ${s.falsePositives.join('; ')}\nmissed: ${s.misses.join('; ')}`)
        .join('\n'),
    );
  const report = (what: string, r: Awaited<ReturnType<typeof scoreSplit>>) => [
    `${what} (${r.scores.ids.join(', ') || 'none built'})`,
    line('  sources', r.scores.sources),
    line('  names', r.scores.names),
    ...r.missing.map((m) => `  left out: ${m}`),
    ...r.changed.map((t) => `  changed since its gold list was written: ${t.id} (sha256 differs; the scores may not mean what they did)`),
  ];
  console.log(
    [
      'sample',
      line('  sources', sample.sources),
      line('  names', sample.names),
      ...report('tune', tune),
      ...report('held out', held),
      ...report('held out, round four', held4),
      ...report('held out, round five', held5),
    ].join('\n'),
  );
});

describe('sources and names against the gold lists', () => {
  it('sample: sources at precision ≥ 0.97 and recall ≥ 0.90 (issue 22 targets)', () => {
    expect(precision(sample.sources), sample.sources.falsePositives.join('; ')).toBeGreaterThanOrEqual(0.97);
    expect(recall(sample.sources), sample.sources.misses.join('; ')).toBeGreaterThanOrEqual(0.9);
  });

  it('sample: names at precision ≥ 0.97 and recall ≥ 0.95 (issue 22 targets)', () => {
    expect(precision(sample.names), sample.names.falsePositives.join('; ')).toBeGreaterThanOrEqual(0.97);
    expect(recall(sample.names), sample.names.misses.join('; ')).toBeGreaterThanOrEqual(0.95);
  });

  it("the sample's first text shows at least Deutscher (The Prophet Armed), Guerin and Tchernikover as its sources", () => {
    const first = sampleAnalysis.sources.filter((s) => s.citedBy.some((c) => c.textId === '000'));
    expect(first.some((s) => s.author.includes('Deutscher') && s.title === 'The Prophet Armed')).toBe(true);
    expect(first.some((s) => s.author.includes('Guerin'))).toBe(true);
    expect(first.some((s) => s.author.includes('Tchernikover'))).toBe(true);
  });

  it('tune and held-out texts: built from their mirrors and scored apart (figures in the log line above)', () => {
    for (const r of [tune, held]) {
      // No mirror here, or not every one (each missing text is named in the log line): the
      // counts below are those of the whole split.
      if (r.scores.ids.length === 0 || r.missing.length > 0) continue;
      expect(r.scores.sources.tp + r.scores.sources.fn).toBeGreaterThan(5);
      expect(r.scores.names.tp + r.scores.names.fn).toBeGreaterThan(30);
    }
    // Round four's held-out texts (an interview, a news page, a French reader) name fewer people.
    if (held4.scores.ids.length > 0 && held4.missing.length === 0) {
      expect(held4.scores.sources.tp + held4.scores.sources.fn).toBeGreaterThan(5);
      expect(held4.scores.names.tp + held4.scores.names.fn).toBeGreaterThan(20);
    }
    // Round five's (a scientific report, a novel chapter, local legends): two of them cite no source.
    if (held5.scores.ids.length > 0 && held5.missing.length === 0) {
      expect(held5.scores.sources.tp + held5.scores.sources.fn).toBeGreaterThan(5);
      expect(held5.scores.names.tp + held5.scores.names.fn).toBeGreaterThan(20);
    }
  });
});
