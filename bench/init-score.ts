/**
 * Scores reader init's guessers on labelled sets under tests/fixtures/init: titles, authors and
 * both, per set, as the held-out unit test counts them (an empty title in expected.json means the
 * text states none). `tsx bench/init-score.ts [--rows] [SET…]`; with no set, every set. A set
 * whose name starts with `held-out` is printed as totals only unless `--rows` is given, so that
 * scoring it at the start and the end of a session shows no single miss to tune on.
 * Where expected.json gives a `date` or `publication`, those are scored too (apart).
 * With `--ablate`, each title feature's weight is set to 0 in turn (and then to its double) and the
 * titles right over the sets are counted again: how much each weight carries on these sets.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { TITLE_FEATURES } from '../src/init/guess-title.ts';
import { guessMetadata } from '../src/init/guess.ts';
import { readSourceText } from '../src/init/source-text.ts';

interface Want {
  title: string;
  author: string;
  date?: string;
  publication?: string;
}

const ROOT = 'tests/fixtures/init';

async function scoreSet(set: string, rows: boolean): Promise<{ n: number; title: number; author: number; both: number; extra: string }> {
  const dir = join(ROOT, set);
  const expected = JSON.parse(await readFile(join(dir, 'expected.json'), 'utf8')) as Record<string, Want>;
  const files = Object.keys(expected)
    .filter((k) => !k.startsWith('_'))
    .sort();
  let title = 0;
  let author = 0;
  let both = 0;
  let dates = 0;
  let dateN = 0;
  let pubs = 0;
  let pubN = 0;
  const lines: string[] = [];
  for (const file of files) {
    const read = await readSourceText(join(dir, file));
    const g = guessMetadata(read.text, read.known, { fileLines: read.fileLines });
    const want = expected[file]!;
    const t = g.title?.value === (want.title || undefined);
    const a = g.author?.value === want.author;
    title += t ? 1 : 0;
    author += a ? 1 : 0;
    both += t && a ? 1 : 0;
    if (want.date !== undefined) {
      dateN++;
      if ((g.date?.value ?? '') === want.date) dates++;
    }
    if (want.publication !== undefined) {
      pubN++;
      if ((g.publication?.value ?? '') === want.publication) pubs++;
    }
    if (rows) {
      const show = (got: string | undefined, w: string | undefined) =>
        `${JSON.stringify(got)}${(got ?? '') === (w ?? '') ? '' : ` (want ${JSON.stringify(w)})`}`;
      const extra = [
        want.date === undefined ? '' : `, date ${show(g.date?.value, want.date)}`,
        want.publication === undefined ? '' : `, publication ${show(g.publication?.value, want.publication)}`,
      ].join('');
      lines.push(`  ${t && a ? 'ok  ' : 'MISS'} ${file}: title ${show(g.title?.value, want.title)}, author ${show(g.author?.value, want.author)}${extra}`);
    }
  }
  if (lines.length) console.log(`${set}\n${lines.join('\n')}`);
  const extra = [dateN ? ` dates ${dates}/${dateN}` : '', pubN ? ` publications ${pubs}/${pubN}` : ''].join('');
  return { n: files.length, title, author, both, extra };
}

async function titlesRight(sets: readonly string[]): Promise<number> {
  let n = 0;
  for (const set of sets) n += (await scoreSet(set, false)).title;
  return n;
}

const args = process.argv.slice(2);
if (args.includes('--ablate')) {
  const sets = args.filter((a) => !a.startsWith('--'));
  const chosen = sets.length ? sets : (await readdir(ROOT)).filter((d) => !d.startsWith('held-out')).sort();
  const base = await titlesRight(chosen);
  const rows = ['| feature | weight | titles right | with weight 0 | with weight doubled |', '|---|---|---|---|---|'];
  for (const f of TITLE_FEATURES) {
    const w = f.weight;
    f.weight = 0;
    const zero = await titlesRight(chosen);
    f.weight = 2 * w;
    const twice = await titlesRight(chosen);
    f.weight = w;
    rows.push(`| ${f.id} | ${w} | ${base} | ${zero} | ${twice} |`);
  }
  console.log(rows.join('\n'));
  process.exit(0);
}
const rows = args.includes('--rows');
const named = args.filter((a) => !a.startsWith('--'));
const sets = named.length ? named : (await readdir(ROOT)).sort();
const table: string[] = ['| set | texts | titles | authors | both |', '|---|---|---|---|---|'];
for (const set of sets) {
  const held = set.startsWith('held-out');
  const s = await scoreSet(set, rows || !held);
  table.push(`| ${set} | ${s.n} | ${s.title} | ${s.author} | ${s.both}${s.extra ? ` (${s.extra.trim()})` : ''} |`);
}
console.log(table.join('\n'));
