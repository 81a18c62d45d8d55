// The index of names on small texts: evidence, merges logged, the editor's settings and what each one changed.
import { describe, expect, it } from 'vitest';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import { VFile } from 'vfile';
import { analyzeReader, analyzeText } from '../../../src/analyze/index.ts';
import type { NameIndexSettings } from '../../../src/manifest/schema.ts';
import type { NormalizedText } from '../../../src/types.ts';

function doc(id: string, markdown: string): NormalizedText {
  const file = new VFile({ path: `${id}.md`, value: markdown });
  return { id, file, tree: unified().use(remarkParse).use(remarkGfm).parse(file), kind: 'clean', changes: [] };
}

const one = doc(
  'one',
  [
    'The historian Dmitri Volkogonov wrote that V. I. Lenin feared him. According to Volkoganov, Lenin’s illness changed everything.',
    'Vladimir Lenin met Trotski in the Kremlin. The Cheka reported to him in Moscow.',
    'Trotsky said in The Revolution Betrayed that the bureaucracy ruled. Oslo’s programme was never debated (Oslo’s programme, 1998).',
  ].join('\n\n'),
);
const settings = (s: Partial<NameIndexSettings>): NameIndexSettings => ({ add: [], hide: [], rename: {}, merge: {}, ...s });
const reader = (s?: Partial<NameIndexSettings>) => analyzeReader([analyzeText(doc('one', String(one.file.value)), [])], [], s ? { names: settings(s) } : {});

describe('the index of names', () => {
  const r = reader();
  const names = r.names.map((e) => e.name);

  it('indexes persons, merging spellings and forms, and keeps places and organisations out', () => {
    expect(names).toContain('Dmitri Volkogonov');
    // A full given name heads the entry, before initials.
    expect(names).toContain('Vladimir Lenin');
    expect(names.filter((n) => /Lenin/.test(n))).toHaveLength(1);
    expect(names.filter((n) => /Trotsk/.test(n))).toHaveLength(1);
    for (const not of ['Kremlin', 'Cheka', 'Moscow', 'Oslo']) expect(names.join(' ')).not.toContain(not);
    const lenin = r.names.find((e) => /Lenin/.test(e.name))!;
    expect(lenin.refs.map((x) => x.paragraphId)).toEqual(['one-p1', 'one-p2']);
  });

  it('logs each merge at the variant’s place', () => {
    const merges = r.log.filter((l) => l.ruleId === 'name-merge');
    expect(merges.some((l) => l.reason.includes('`Volkoganov` under `Dmitri Volkogonov`') && l.line === 1)).toBe(true);
    expect(merges.some((l) => /`Trotsk[iy]` under `Trotsk[iy]`/.test(l.reason))).toBe(true);
    expect(merges.some((l) => l.reason.includes('`V. I. Lenin` under `Vladimir Lenin`') && l.line === 1)).toBe(true);
    expect(merges.every((l) => l.line !== undefined && l.column !== undefined)).toBe(true);
  });

  it('makes no source of a place’s possession, and logs what it left out', () => {
    expect(r.sources.map((s) => `${s.author}|${s.title}`).join(' ')).not.toMatch(/Oslo/);
    const weak = r.log.filter((l) => l.ruleId === 'source-weak');
    expect(weak.some((l) => l.reason.includes('Oslo’s programme') && l.line === 5)).toBe(true);
    expect(r.sources.some((s) => s.author.includes('Trotsky') && s.title === 'The Revolution Betrayed')).toBe(true);
    expect(r.sources.some((s) => s.author.includes('Volkogonov'))).toBe(true);
  });

  it('applies the editor’s settings and reports what each one changed', () => {
    const e = reader({ add: ['Oslo'], hide: ['Trotsky'], rename: { Volkogonov: 'Dmitri A. Volkogonov' }, merge: { Lenin: ['Nobody'] } });
    expect(e.names.find((x) => x.name === 'Dmitri A. Volkogonov')?.sortName).toBe('Volkogonov, Dmitri A.');
    const n = e.names.map((x) => x.name);
    expect(n).toContain('Oslo');
    expect(n).toContain('Dmitri A. Volkogonov');
    expect(n.some((x) => /Trotsk/.test(x))).toBe(false);
    const reports = e.log.filter((l) => l.setting).map((l) => [l.ruleId, l.setting!.join('.'), l.reason]);
    expect(reports).toEqual([
      ['name-setting', 'name_index.add.0', expect.stringContaining('added an entry with 1 reference')],
      ['name-setting-unused', 'name_index.merge.Lenin.0', expect.stringContaining('nothing merged')],
      ['name-setting', 'name_index.rename.Volkogonov', expect.stringContaining('to `Dmitri A. Volkogonov`')],
      ['name-setting', 'name_index.hide.0', expect.stringContaining('left out the entry')],
    ]);
  });

  it('finds an entry by the form the index prints (surname first) as well as by the forms the texts use', () => {
    // The index prints `Lenin, Vladimir`; the texts write `V. I. Lenin`, `Lenin`, `Vladimir Lenin`.
    for (const form of ['Lenin, Vladimir', 'Lenin, V. I.', 'Lenin, V.I.', 'V.I. Lenin', 'V. I. Lenin', 'Lenin', 'Vladimir Lenin']) {
      const e = reader({ hide: [form] });
      expect(
        e.names.some((x) => /Lenin/.test(x.name)),
        form,
      ).toBe(false);
      expect(e.log.filter((l) => l.setting).map((l) => l.ruleId)).toEqual(['name-setting']);
    }
    const renamed = reader({ rename: { 'Volkogonov, Dmitri': 'Dmitri A. Volkogonov' }, merge: { 'Lenin, Vladimir': ['Trotski'] } });
    expect(renamed.names.map((x) => x.name)).toContain('Dmitri A. Volkogonov');
    expect(renamed.names.some((x) => /Trotsk/.test(x.name))).toBe(false);
    // A printed form that names no entry still changes nothing, and says so at the setting.
    const unused = reader({ hide: ['Lenin, Nadezhda'] });
    expect(unused.names.some((x) => /Lenin/.test(x.name))).toBe(true);
    expect(unused.log.filter((l) => l.setting).map((l) => [l.ruleId, l.setting!.join('.')])).toEqual([['name-setting-unused', 'name_index.hide.0']]);
  });
});
