import type { Heading, Paragraph } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { describe, expect, it } from 'vitest';
import { accountWords } from '../../../src/normalize/account.ts';
import { normalize, toMarkdown } from '../../../src/normalize/index.ts';
import { seed, textInput } from './helpers.ts';

async function run(n: number) {
  const { input, options, source } = await seed(n);
  const result = normalize(input, options);
  const md = toMarkdown(result.tree);
  const headings = result.tree.children.filter((c): c is Heading => c.type === 'heading').map((h) => toString(h));
  const paragraphs = result.tree.children.filter((c): c is Paragraph => c.type === 'paragraph').map((p) => toString(p));
  return { result, md, headings, paragraphs, source };
}

describe('seed 000: PDF text extraction', async () => {
  const { result, md, headings, paragraphs, source } = await run(0);

  it('is detected as pdf-text', () => expect(result.kind).toBe('pdf-text'));

  it('finds all nine ALL CAPS headings, stray spaces stripped', () => {
    expect(headings).toEqual([
      'SOCIALISM IN ONE COUNTRY',
      'ONE PARTY STATE',
      'ECHOES OF SPAIN',
      'THE WORKING CLASS UNDER LENIN',
      'ONE MAN MANAGEMENT',
      'WORKERS REVOLTS',
      'SLANDERS',
      'RE-WRITING HISTORY',
      'ON QUOTES AND MISQUOTES',
    ]);
  });

  it('keeps the hyphen of the three compounds split across line ends', () => {
    for (const w of ['co-existence', 'anti-Semite', 'air-brushed']) expect(md).toContain(w);
  });

  it('unwraps into real paragraphs, never one per wrapped line', () => {
    expect(paragraphs.length).toBeGreaterThanOrEqual(30);
    expect(paragraphs.length).toBeLessThanOrEqual(45);
    const wrapped = source.split('\n').filter((l) => l.trim().length > 90).length;
    expect(wrapped).toBeGreaterThan(paragraphs.length * 3);
    // No paragraph is a lone full-width wrapped line cut mid-sentence.
    for (const p of paragraphs) expect(p.length > 110 || /[.!?"”\]]$/.test(p) || p.startsWith('Taken from') || p.startsWith('From ')).toBe(true);
  });

  it('keeps a paragraph whole where a sentence merely ends at a full line', () => {
    // The libcom original has "...for 60 years now. Now however there is..." in one paragraph,
    // though the line ends after "now." and the paragraph is one of the text's longest.
    expect(paragraphs.find((p) => p.startsWith('The mythology of'))).toContain('Now however there is a proliferation');
    expect(paragraphs.find((p) => p.startsWith('Shortly afterwards the Kronstadt'))).toContain('Dissent had been silenced');
  });

  it('logs every paragraph break it infers without a trace on the line', async () => {
    // 34 paragraphs, one more than before the hidden-break rule: the 975-character Kronstadt
    // paragraph (twice the text's typical 477) is split before "This won the support", where a
    // full line ends a sentence. A judgement call (the model puts it near even odds); the
    // break is logged so an editor can switch the rule off for this text.
    const hits = result.changes.filter((c) => c.rule === 'hidden-break');
    expect(hits.map((c) => c.after)).toEqual(['parties".[17]\n\nThis']);
    const { input, options } = await seed(0);
    const off = normalize(input, { ...options, disable: ['hidden-break'] });
    expect(off.changes.some((c) => c.rule === 'hidden-break')).toBe(false);
    expect(off.tree.children.filter((c) => c.type === 'paragraph')).toHaveLength(paragraphs.length - 1);
  });

  it('keeps calls [1]-[24] visible and reports each as having no note', () => {
    const missing = result.changes.filter((c) => c.rule === 'note-missing').map((c) => c.before);
    expect(missing).toEqual(Array.from({ length: 24 }, (_, i) => `[${i + 1}]`));
    for (let i = 1; i <= 24; i++) expect(md).toContain(`\\[${i}]`);
    const msg = result.file.messages.find((m) => m.ruleId === 'note-missing');
    expect(msg?.reason).toBe('Unexpected note call `[1]`, no note 1 in this text; kept as text');
    expect(msg?.source).toBe('reader-normalize');
  });

  it('reports the OCR slip "intimidan1" without changing it', () => {
    const hit = result.changes.find((c) => c.rule === 'ocr-suspicious' && c.before === 'intimidan1');
    expect(hit).toMatchObject({ after: 'intimidan1', line: 240 });
    expect(md).toContain('intimidan1');
  });

  it('drops the libcom editor note and logs it', () => {
    expect(md).not.toContain('libcom note');
    expect(result.changes.some((c) => c.rule === 'web-editor-note' && c.before.includes('libcom note'))).toBe(true);
  });

  it('keeps the reprinting site summary as the first paragraph', () => {
    expect(paragraphs[0]).toMatch(/^Good short account/);
  });

  it('accounts for every source word', () => expect(accountWords(source, result).missing).toEqual([]));
});

describe('seeds 001 and 002: Counterfire web copy', async () => {
  const one = await run(1);
  const two = await run(2);

  it('drops the doubled photo captions and logs them', () => {
    expect(one.md).not.toContain('Photo: Public Domain');
    expect(two.md).not.toContain('Wikicommons');
    expect(one.result.changes.filter((c) => c.rule === 'web-caption')).toHaveLength(1);
    expect(two.result.changes.filter((c) => c.rule === 'web-caption')).toHaveLength(1);
  });

  it('fixes I925 to 1925 and reports it', () => {
    expect(one.md).not.toContain('I925');
    expect(one.md).toContain('1925 was the year');
    expect(one.result.changes).toContainEqual(expect.objectContaining({ rule: 'ocr-digit', before: 'I925', after: '1925', line: 50, column: 1 }));
  });

  it('drops series links, bios, tags and the donation appeal, each logged', () => {
    expect(one.md).not.toMatch(/Part One:|Part Two:|history teacher|Tagged under/);
    expect(two.md).not.toMatch(/Before you go|give generously|history teacher/);
    expect(two.paragraphs).not.toContain('John Westmoreland');
    expect(one.result.changes.filter((c) => c.rule === 'web-series-nav')).toHaveLength(2);
    expect(one.result.changes.filter((c) => c.rule === 'web-bio')).toHaveLength(2);
    expect(two.result.changes.filter((c) => c.rule === 'web-bio')).toHaveLength(2);
    expect(two.result.changes.filter((c) => c.rule === 'web-appeal')).toHaveLength(4);
  });

  it('turns short title lines into headings', () => {
    expect(one.headings).toEqual(['The strangled revolution', 'After Lenin’s death']);
    expect(two.headings).toContain('Legacy');
  });

  it('accounts for every source word', () => {
    expect(accountWords(one.source, one.result).missing).toEqual([]);
    expect(accountWords(two.source, two.result).missing).toEqual([]);
  });
});

describe('seed 003: long web essay', async () => {
  const { result, md, headings, paragraphs, source } = await run(3);

  it('drops the title line that repeats the manifest title', () => {
    expect(headings[0]).toBe('Stalin and the October revolution');
    expect(result.changes[0]).toMatchObject({ rule: 'title-repeat', line: 1 });
  });

  it('finds the section headings and keeps sentences as paragraphs', () => {
    expect(headings).toEqual(expect.arrayContaining(['Stalin in 1917', 'Soviet democracy', 'The "great war leader"', "'The Doctors' Plot'"]));
    expect(paragraphs).toContain('Free and democratic elections with right of recall for all Soviet officials.');
    expect(paragraphs).toContain('"Joseph,');
    expect(paragraphs).toContain('J. Stalin."');
  });

  it('leaves inline citations untouched', () => {
    expect(md).toContain('(Maria Joffe, One Long Night, pp. 69-70.)');
  });

  it('accounts for every source word', () => expect(accountWords(source, result).missing).toEqual([]));
});

describe('seed 004: notes, references and site navigation', async () => {
  const { result, md, headings, source } = await run(4);

  it('links calls [1]-[9] to footnote definitions', () => {
    const defs = result.tree.children.filter((c) => c.type === 'footnoteDefinition');
    expect(defs.map((d) => d.identifier)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9']);
    expect(md).toContain('[^1]: Marx, «Critique of the Gotha Program.»');
    expect(md).toContain('[^9]: Broué, El Partido Bolchevique, 213.');
    for (const n of [1, 2, 3, 5, 6, 7, 8, 9]) expect(md).toMatch(new RegExp(`\\S\\[\\^${n}\\]`));
    // Note 4 is in the list but never called in the text: reported, not lost.
    expect(result.file.messages.some((m) => m.ruleId === 'note-unused' && m.reason.includes('note 4'))).toBe(true);
  });

  it('keeps the bibliography as a list under its heading', () => {
    expect(headings).toContain('References');
    const list = result.tree.children.find((c) => c.type === 'list');
    expect(list && list.type === 'list' ? list.children.length : 0).toBe(9);
  });

  it('removes date stamps, title label, byline and end navigation, each logged', () => {
    expect(result.changes.filter((c) => c.rule === 'web-date').map((c) => c.before)).toEqual(['Sat Nov 16, 2024', 'November 16, 2024', 'December 12, 2021']);
    expect(result.changes.filter((c) => c.rule === 'web-nav').map((c) => c.before)).toEqual([
      'Check out our other content',
      'Check out other tags:',
      'Most Popular Articles',
    ]);
    expect(result.changes.some((c) => c.rule === 'title-repeat' && c.before.startsWith('Special |'))).toBe(true);
    expect(result.changes.some((c) => c.rule === 'web-byline')).toBe(true);
    expect(md).not.toMatch(/Check out|Most Popular|Sat Nov|Jorge Martínez, translated/);
  });

  it('accounts for every source word', () => expect(accountWords(source, result).missing).toEqual([]));
});

describe('all seeds', () => {
  it('give Markdown that normalizes to itself (idempotent) with no changes', async () => {
    for (const n of [0, 1, 2, 3, 4]) {
      const { md } = await run(n);
      const again = normalize(textInput(md, 'md'));
      expect(toMarkdown(again.tree)).toBe(md);
      expect(again.changes).toEqual([]);
    }
  });

  it('never cite a place outside the source', async () => {
    for (const n of [0, 1, 2, 3, 4]) {
      const { result, source } = await run(n);
      const lines = source.split('\n');
      for (const c of result.changes) {
        expect(c.line).toBeGreaterThanOrEqual(1);
        expect(c.line).toBeLessThanOrEqual(lines.length);
        expect(c.column).toBeGreaterThanOrEqual(1);
        expect(c.column).toBeLessThanOrEqual((lines[c.line - 1] ?? '').length + 1);
      }
    }
  });
});
