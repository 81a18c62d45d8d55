/**
 * `npx tsx bench/names-gold.ts DIR [--verbose]`: score the sources and the index of names on a
 * folder of texts, each beside a gold list of the same name (`a.md` + `a.yaml`, the format of
 * tests/fixtures/names/gold/README.md), the texts read as one reader. An optional `authors.yaml`
 * maps a text's file name (without extension) to its own author. Besides precision and recall it
 * counts wrong merges: an index entry that stands, in two texts, for two different gold persons
 * (a person is the same across texts when the gold lists give the same `name`).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, extname, join, resolve } from 'node:path';
import { parse } from 'yaml';
import { analyzeReader, analyzeText } from '../src/analyze/index.ts';
import { fold } from '../src/analyze/fold.ts';
import { ingestFile } from '../src/ingest/index.ts';
import { normalize } from '../src/normalize/index.ts';
import { add, emptyScore, precision, recall, scoreNames, scoreSources, type Gold, type Score } from '../tests/unit/names/score.ts';

const args = process.argv.slice(2);
const dir = resolve(args.find((a) => !a.startsWith('--')) ?? '.');
const verbose = args.includes('--verbose');
const files = readdirSync(dir)
  .filter((f) => /\.(?:txt|md|html?|pdf)$/.test(f) && existsSync(join(dir, `${basename(f, extname(f))}.yaml`)))
  .sort();
const authorsFile = join(dir, 'authors.yaml');
const authors = existsSync(authorsFile) ? (parse(readFileSync(authorsFile, 'utf8')) as Record<string, string>) : {};
const ids = files.map((f) => basename(f, extname(f)));
const docs = await Promise.all(files.map(async (f, i) => normalize(await ingestFile(join(dir, f), ids[i]!, dir), {})));
const analysis = analyzeReader(
  docs.map((d) => analyzeText(d, [])),
  [],
  { authors },
);
let names = emptyScore();
let sources = emptyScore();
const golds = new Map<string, Gold>();
for (const id of ids) {
  const gold = parse(readFileSync(join(dir, `${id}.yaml`), 'utf8')) as Gold;
  golds.set(id, gold);
  names = add(names, scoreNames(analysis, id, gold));
  sources = add(sources, scoreSources(analysis, id, gold));
}
// Wrong merges: one entry, two gold persons of different names in two texts.
const form = (s: string): string =>
  fold(s.replace(/['’]s?$/u, ''))
    .replace(/\s+/g, ' ')
    .trim();
const wrongMerges: string[] = [];
for (const e of analysis.names) {
  const mine = new Set([e.name, ...e.variants].map(form));
  const persons = new Map<string, string>();
  for (const id of new Set(e.refs.map((r) => r.textId))) {
    const p = golds.get(id)?.persons.find((g) => [g.name, ...(g.variants ?? [])].map(form).some((f) => mine.has(f)));
    if (p) persons.set(p.name, id);
  }
  if (persons.size > 1) wrongMerges.push(`${e.name}: ${[...persons].map(([n, id]) => `${n} (${id})`).join(' + ')}`);
}
const line = (what: string, s: Score) =>
  `${what}: precision ${precision(s).toFixed(3)}, recall ${recall(s).toFixed(3)} (${s.tp} right, ${s.fp} false, ${s.fn} missed)`;
console.log([`${dir} (${ids.length} texts)`, line('  sources', sources), line('  names', names), `  wrong merges: ${wrongMerges.length}`].join('\n'));
if (verbose)
  console.log(
    [
      `sources false: ${sources.falsePositives.join('; ')}`,
      `sources missed: ${sources.misses.join('; ')}`,
      `names false: ${names.falsePositives.join('; ')}`,
      `names missed: ${names.misses.join('; ')}`,
      `wrong merges: ${wrongMerges.join('; ')}`,
    ].join('\n'),
  );
