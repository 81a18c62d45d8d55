import { describe, expect, it } from 'vitest';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import { VFile } from 'vfile';
import { analyzeText, compileTopics } from '../../../src/analyze/index.ts';
import type { ManifestText } from '../../../src/manifest/schema.ts';
import { collectPack } from '../../../src/pack/collect.ts';
import type { PreparedText } from '../../../src/types.ts';
import { termMatchers, termRanges } from '../../../src/pack/highlight.ts';
import type { NormalizedText } from '../../../src/types.ts';

const topics = compileTopics([
  { id: 'kronstadt', title: 'Kronstadt', terms: ['Kronstadt', 'Makhnovist'], patterns: [], min_score: 1, questions: ['Why Kronstadt?'] },
  { id: 'pair', title: 'Pair', terms: ['Kronstadt', 'sailor'], patterns: [], min_score: 2, questions: [] },
  { id: 'nothing', title: 'Nothing', terms: ['xyzzy'], patterns: ['\\bplugh\\d+'], min_score: 1, questions: [] },
]);
const topic = (id: string) => topics.find((t) => t.id === id)!;

function prepared(id: string, markdown: string): Omit<PreparedText, 'derived'> {
  const file = new VFile({ path: `${id}.md`, value: markdown });
  const doc: NormalizedText = { id, file, tree: unified().use(remarkParse).use(remarkGfm).parse(file), kind: 'clean', changes: [] };
  const meta: ManifestText = {
    id,
    title: `Title of ${id}`,
    author: 'A. Author',
    source: `${id}.md`,
    date: undefined,
    position: 'p',
    questions: [],
    from: 'auto',
    rules: { disable: [], drop: [] },
  };
  return { meta, doc, analysis: analyzeText(doc, topics) };
}

// Ten paragraphs; 3 and 5 and 9 match, 5 calls a note, 9 has a literal call with no note.
const paras = Array.from({ length: 10 }, (_, i) => `Paragraph ${i + 1} opens here.`);
paras[2] = 'The Kronstadt sailors rose in 1921.';
paras[4] = 'The Makhnovists’ army fought on.[^7]';
paras[8] = 'Later writers called Kronstadt a plot [21].';
const one = prepared('one', `# Part one\n\n${paras.slice(0, 6).join('\n\n')}\n\n## Part two\n\n${paras.slice(6).join('\n\n')}\n\n[^7]: A note on Makhno.\n`);
const two = prepared('two', 'Nothing here about the topic.\n\nNor here.');
const anchors = Object.fromEntries(Array.from({ length: 10 }, (_, i) => [`one-p${i + 1}`, 10 + Math.floor(i / 4)]));

describe('collectPack', () => {
  const pack = collectPack(topic('kronstadt'), [one, two], anchors, { context: 1, hyphenate: false });
  const text = pack.texts[0]!;
  const excerpts = text.items.flatMap((i) => (i.excerpt ? [i.excerpt] : []));

  it('carries the index entries of the paragraphs it prints, with their pages in the reader', () => {
    const names = [
      {
        key: 'makhno',
        name: 'Nestor Makhno',
        sortName: 'Makhno, Nestor',
        variants: ['Makhno'],
        basis: 'strong' as const,
        refs: [
          { textId: 'one', paragraphId: 'one-p5' },
          { textId: 'one', paragraphId: 'one-p7' },
        ],
      },
      { key: 'lenin', name: 'Lenin', sortName: 'Lenin', variants: ['Lenin'], basis: 'strong' as const, refs: [{ textId: 'two', paragraphId: 'two-p1' }] },
    ];
    const withNames = collectPack(topic('kronstadt'), [one, two], anchors, { context: 1, hyphenate: false, names });
    // ¶ 7 is not printed (the gap between the excerpts) and text two is not in the pack.
    expect(withNames.names).toEqual([{ name: 'Makhno, Nestor', refs: [{ textNumber: 1, label: '¶ 5', page: 11 }] }]);
  });

  it('keeps texts that take the topic up, and names the others', () => {
    expect(pack.texts.map((t) => t.id)).toEqual(['one']);
    expect(pack.silent.map((t) => t.id)).toEqual(['two']);
    expect(pack.hits).toBe(3);
    expect(text.hits).toBe(3);
  });

  it('merges overlapping context and puts an ellipsis between excerpts', () => {
    expect(text.items.map((i) => (i.gap ? `…${i.gap.skipped}` : `${i.excerpt!.from}-${i.excerpt!.to}`))).toEqual(['2-6', '…1', '8-10']);
    expect(text.passages).toBe(2);
  });

  it('gives each excerpt its ¶ numbers, section and page in the full reader', () => {
    expect(excerpts[0]).toMatchObject({ paraLabel: '¶ 2–6', pageLabel: 'pp. 10–11', page: 10, section: 'Part one' });
    expect(excerpts[1]).toMatchObject({ paraLabel: '¶ 8–10', pageLabel: 'pp. 11–12', page: 11, section: 'Part two' });
    expect(excerpts[0]!.paragraphs.map((p) => [p.id, p.page, p.hit])).toEqual([
      ['one-p2', 10, false],
      ['one-p3', 10, true],
      ['one-p4', 10, false],
      ['one-p5', 11, true],
      ['one-p6', 11, false],
    ]);
  });

  it('marks the terms in matching paragraphs only, with <mark>', () => {
    const html = excerpts[0]!.html;
    expect(html).toContain(
      '<p id="one-p3" data-para="3" class="hit"><span class="para-num" id="one-p3-n" lang="zxx">3</span>The <mark class="term">Kronstadt</mark> sailors',
    );
    expect(html).toContain('<mark class="term">Makhnovists’</mark>');
    expect(html).not.toMatch(/id="one-p2"[^>]*class="hit"/);
  });

  it('carries the notes its paragraphs call, with their own numbers, and keeps literal calls', () => {
    expect(excerpts[0]!.notes).toEqual(['7']);
    expect(excerpts[0]!.html).toMatch(
      /<a class="note-call" href="#one-x0-note-7"[^>]*>7<\/a><span class="footnote" id="one-x0-note-7"[^>]*><span class="note-num">7 <\/span>A note on Makhno/,
    );
    expect(excerpts[1]!.notes).toEqual([]);
    expect(excerpts[1]!.html).toContain('[21]');
    expect(text.missingNotes).toEqual([21]);
  });

  it('prints a section heading that begins inside an excerpt', () => {
    const pack0 = collectPack(topic('kronstadt'), [one], anchors, { context: 2, hyphenate: false });
    const only = pack0.texts[0]!.items.flatMap((i) => (i.excerpt ? [i.excerpt] : []));
    expect(only.map((e) => `${e.from}-${e.to}`)).toEqual(['1-10']);
    expect(only[0]!.html).toMatch(/<p id="one-p6"[^]*<h3>Part two<\/h3>[^]*<p id="one-p7"/);
  });

  it('keeps a list paragraph in its list, with the id on its item', () => {
    const listed = prepared('list', 'Intro.\n\n- First item.\n- Second item on Kronstadt.\n- Third item.\n\nAfter.');
    const pk = collectPack(topic('kronstadt'), [listed], { 'list-p2': 1, 'list-p3': 1, 'list-p4': 1 }, { context: 1, hyphenate: false });
    const html = pk.texts[0]!.items[0]!.excerpt!.html;
    // Each item carries the reader's paragraph number as real text, as in the reader.
    const num = (n: number) => `<span class="para-num" id="list-p${n}-n" lang="zxx">${n}<\/span>`;
    expect(html).toMatch(
      new RegExp(
        `<ul>\\s*<li id="list-p2" data-para="2">${num(2)}First item.<\\/li>\\s*<li id="list-p3" data-para="3" class="hit">${num(3)}Second item on <mark class="term">Kronstadt<\\/mark>.<\\/li>\\s*<li id="list-p4" data-para="4">${num(4)}Third item.<\\/li>\\s*<\\/ul>`,
      ),
    );
  });

  it('does not touch the reader’s own tree', () => {
    expect(JSON.stringify(one.doc.tree)).not.toContain('"mark"');
  });

  it('honours min_score and finds nothing for a topic no text takes up', () => {
    expect(collectPack(topic('pair'), [one], anchors, { context: 0 }).texts[0]!.items.map((i) => i.excerpt?.from)).toEqual([3]);
    const empty = collectPack(topic('nothing'), [one, two], anchors, { context: 1 });
    expect(empty.hits).toBe(0);
    expect(empty.texts).toEqual([]);
  });
});

describe('termRanges', () => {
  const m = termMatchers(topic('kronstadt'));
  it('finds terms case- and accent-insensitively with plurals and possessives', () => {
    const s = 'KRONSTADT, the Makhnovists’ and Kronštadt’s';
    expect(termRanges(s, m).map(([a, b]) => s.slice(a, b))).toEqual(['KRONSTADT', 'Makhnovists’', 'Kronštadt’s']);
  });
  it('finds patterns and merges overlaps', () => {
    const s = 'a plugh42 b';
    expect(termRanges(s, termMatchers(topic('nothing'))).map(([a, b]) => s.slice(a, b))).toEqual(['plugh42']);
  });
  it('keeps offsets right after characters that fold to a different length', () => {
    const s = 'İİ ﬁ Kronstadt';
    expect(termRanges(s, m).map(([a, b]) => s.slice(a, b))).toEqual(['Kronstadt']);
  });
});
