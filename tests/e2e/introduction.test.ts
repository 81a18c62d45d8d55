// The introduction and concordance in the built sample: their page numbers land on the right pages.
import { describe, expect, inject, it } from 'vitest';
import { pdftotextPages } from './pdf-read.ts';

const sample = inject('sample');
/** Tables read row by row only in layout mode. */
const layoutPages = pdftotextPages(sample.pdf, true).map((p) => p.replace(/\u00AD/g, ''));
const pages = pdftotextPages(sample.pdf).map((p) =>
  p
    .replace(/\u00AD/g, '')
    .replace(/-\n/g, '-')
    .replace(/\s+/g, ' '),
);
const find = (re: RegExp) => pages.findIndex((p) => re.test(p));

describe('introduction and concordance', () => {
  const intro = find(/^ ?Introduction This reader puts one question/);
  const concordance = find(/^ ?Concordance References are/);
  const backMatter = pages.slice(concordance).join(' ');

  it('the introduction opens the reader and the concordance closes it', () => {
    expect(intro).toBeGreaterThan(0);
    expect(intro).toBeLessThan(sample.anchors['ws-1991']!);
    expect(concordance).toBeGreaterThan(sample.anchors['martinez-2021']!);
    for (const part of ['Sources cited', 'Shared quotations', 'Topic index']) expect(backMatter).toContain(part);
  });

  it('introduction: the side-by-side table, the positions grouped by answer, the topic matrix', () => {
    const text = pages.slice(intro, sample.anchors['ws-1991']).join(' ');
    expect(text).toMatch(/Workers Solidarity No 33.*1991\s+2,\d{3}\s+\d+\s+24/);
    expect(text).toMatch(/Yes\s+1 Workers Solidarity/i);
    expect(text).toMatch(/No\s+2 John Westmoreland/i);
    expect(text).toMatch(/In part\s+5 Jorge Martínez/i);
    expect(text).toContain('Where the texts meet');
  });

  it('each topic-matrix page number is a page where that text takes the topic up', () => {
    const text = layoutPages
      .slice(intro, sample.anchors['ws-1991'])
      .join('\n')
      .replace(/[ \t]+/g, ' ');
    const row = /Kronstadt and the Makhnovists (\d+) ×(\d+)/.exec(text);
    expect(row).not.toBeNull();
    // The page given is where the first matching paragraph starts; the term may fall on the next.
    const from = (p: string) => `${pages[Number(p)]} ${pages[Number(p) + 1]}`.toLowerCase();
    expect(from(row![1]!)).toMatch(/kronstadt|makhno/);
    const soc = /Socialism in one country (\d+) ×\d+ (\d+) ×\d+ – (\d+) ×\d+ (\d+) ×\d+/.exec(text);
    expect(soc, 'socialism in one country touches texts 1, 2, 4 and 5 and not 3').not.toBeNull();
    for (const p of soc!.slice(1)) expect(from(p)).toContain('socialism in one country');
  });

  it('sources cited: inline citations and notes point at their pages', () => {
    const joffe = /Maria Joffe, One Long Night: 4 ¶ \d+, p\. (\d+)/.exec(backMatter);
    expect(joffe).not.toBeNull();
    expect(pages[Number(joffe![1])]).toContain('Joffe');
    const broue = /Broué, El Partido Bolchevique: 5 note 5, p\. (\d+); 5 note 9, p\. (\d+)/.exec(backMatter);
    expect(broue).not.toBeNull();
    expect(pages[Number(broue![1])]).toMatch(/5 Broué, El Partido Bolchevique, 67/);
    expect(pages[Number(broue![2])]).toMatch(/9 Broué, El Partido Bolchevique, 213/);
    // Pipes: the book text 2 names (`His The Russian Revolution, published in 1990`, in three paragraphs
    // since sources in prose are read, issue 22) and its Spanish edition, cited by text 5 in note 6 (and in
    // its references list). Two works, neither shared by two texts: no `*`.
    const russian = /(?<!\* )(?:Richard )?Pipes, The Russian Revolution: 2 ¶ \d+, p\. (\d+); 2 ¶ \d+, p\. (\d+); 2 ¶ \d+, p\. (\d+)/.exec(backMatter);
    expect(russian).not.toBeNull();
    for (const p of russian!.slice(1)) expect(pages[Number(p)]).toContain('Pipes');
    const spanish = /(?<!\* )(?:Richard )?Pipes, La revolución rusa: 5 note 6, p\. (\d+)/.exec(backMatter);
    expect(spanish).not.toBeNull();
    expect(pages[Number(spanish![1])]).toMatch(/Pipes/);
  });

  it('topic index: every page given holds the topic', () => {
    const m = /Kronstadt and the Makhnovists 1 (.*?) The ban on factions/.exec(backMatter);
    expect(m).not.toBeNull();
    const refs = [...m![1]!.matchAll(/¶ (\d+)(?:–(\d+))?, p\. (\d+)/g)];
    expect(refs.length).toBeGreaterThan(2);
    for (const r of refs) expect(`${pages[Number(r[3])]} ${pages[Number(r[3]) + 1]}`, `page ${r[3]}`).toMatch(/Kronstadt|Makhno/);
  });
});
