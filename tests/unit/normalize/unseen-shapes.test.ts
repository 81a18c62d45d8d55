import { describe, expect, it } from 'vitest';
import { INSET_MARKER, TAIL_MARKER } from '../../../src/normalize/clutter-patterns.ts';
import { isDateline } from '../../../src/normalize/dates.ts';
import { isStageDirection } from '../../../src/normalize/speech.ts';
import { normalize, toMarkdown } from '../../../src/normalize/index.ts';
import { textInput } from './helpers.ts';

const run = (s: string, ext = 'txt') => {
  const res = normalize(textInput(s, ext), {});
  return { md: toMarkdown(res.tree), log: res.file.messages.map((m) => `${m.line}:${m.column} ${m.reason} [${m.ruleId}]`) };
};

describe("a browser's printed page (pdftotext of Chromium's print with headers and footers)", () => {
  const page = (n: number, body: string): string =>
    `1/9/25, 4:18 PM\n\nRent Strikes in Glasgow – Tenants' History\n\n${body}\nhttps://tenantshistory.example.net/articles/rent-strikes-in-glasgow-1915\n\n${n}/3\n`;
  const body = [
    'Rent Strikes in Glasgow\nAgnes Dollan\n\nIn the spring of 1915 the factors of Govan raised the rents of houses\nwhose men were away at the front, and the women of the tenements refused\nto pay the increase. They met in the back courts and on the stairs.\n',
    'By the autumn twenty thousand tenants were on strike. When the sheriff\nofficers came to evict a family, the women of the street held them off\nwith flour and wet clothes until the officers went away.\n',
    'In November the government passed a law that froze the rents at their\nlevel before the war, and the strike ended with its demand won.\n',
  ];
  const text = body.map((b, i) => page(i + 1, b)).join('\f');

  it('drops the date, the page address and the "1/3" numbers, and the first page\'s head above the title', () => {
    const { md, log } = run(text);
    expect(md).not.toMatch(/4:18 PM|tenantshistory|\b[123]\/3\b|Tenants' History/);
    expect(md.split('\n')[0]).toBe('Rent Strikes in Glasgow');
    expect(log.filter((l) => l.includes('[page-furniture]') && l.includes('1/3'))).toHaveLength(1);
    expect(log.some((l) => l.startsWith('1:1 ') && l.includes('4:18 PM'))).toBe(true);
    expect(log.some((l) => l.startsWith('3:1 ') && l.includes("Tenants' History"))).toBe(true);
  });

  it('keeps the title when it is all that is left of the first page head (a PDF reader took the head above it)', () => {
    const same = body
      .map((b, i) => `${i ? '1/9/25, 4:18 PM\n\nRent Strikes in Glasgow\n\n' : ''}${b}\nhttps://tenantshistory.example.net/x\n\n${i + 1}/3\n`)
      .join('\f');
    const { md, log } = run(same);
    expect(md.split('\n')[0]).toBe('Rent Strikes in Glasgow');
    expect(log.some((l) => l.startsWith('1:1 ') && l.includes('[page-furniture]'))).toBe(false);
  });

  it('reads "3/2" as no page number', () => {
    const { log } = run(text.replace('\n2/3\n', '\n3/2\n'));
    expect(log.some((l) => l.includes('`3/2`'))).toBe(false);
  });
});

describe('a page address printed once, by its page number', () => {
  it('is dropped as furniture, and the paragraphs on either side of the page break stay apart', () => {
    const text =
      'The meeting voted to stay out until the owners met the committee, and to\nsend the pickets back to the gates at six the next morning.\n' +
      'https://example.org/history/strike.html\n\n1/4\n\f' +
      'The owners refused to meet anyone who was not one of their own workers,\nand the committee sent three weavers to the office.\n';
    const { md, log } = run(text);
    expect(md).not.toMatch(/example\.org|1\/4/);
    expect(log.some((l) => l.includes('page address') && l.includes('[page-furniture]'))).toBe(true);
  });
});

describe('"read also" link sets in other languages: one list for the tail and for sets inside the text', () => {
  const openers = [
    'Read more',
    'Lire aussi',
    'À lire également',
    'Czytaj też',
    'Читайте также',
    'Lees ook',
    'Läs också',
    'Leia também',
    'Leggi anche',
    'Lee también',
  ];

  it('reads each opener as a tail marker and as a set inside the text alike', () => {
    for (const o of openers) {
      expect(TAIL_MARKER.test(o), o).toBe(true);
      expect(INSET_MARKER.test(o), o).toBe(true);
    }
    // A whole word only: "Lees ookal" or "Read moreover" opens no link set.
    expect(INSET_MARKER.test('Read moreover the next day')).toBe(false);
    expect(TAIL_MARKER.test('Lees ookal')).toBe(false);
  });

  it('drops a Russian "read also" set after the text, and a Dutch one inside it with its headline', () => {
    const prose = (n: number) =>
      `Het verhaal van de coöperatie begint in ${1990 + n}, toen twaalf gezinnen besloten om samen een stuk grond te kopen aan de rand van de stad en daar hun eigen huizen te bouwen, zonder projectontwikkelaar en zonder winst voor iemand anders.`;
    const text = [
      'Samen bouwen aan de rand van de stad',
      prose(1),
      prose(2),
      prose(3),
      'Lees ook',
      'Huurders winnen rechtszaak tegen verhuurder',
      prose(4),
      prose(5),
      'Читайте также',
      'Как устроен жилищный кооператив',
    ].join('\n');
    const { md, log } = run(text);
    expect(md).not.toMatch(/Lees ook|Huurders winnen|Читайте|Как устроен/);
    expect(md).toContain('begint in 1995');
    expect(log.filter((l) => l.includes('[web-link-set]'))).toHaveLength(2);
    expect(log.filter((l) => l.includes('[web-nav]'))).toHaveLength(2);
  });
});

describe('datelines ("Posted on …", "Publié le …") are the text\'s date, never a heading', () => {
  it('reads a date after the words that announce it, in several languages, with or without a time', () => {
    for (const t of [
      'Posted on March 3, 2025',
      'Published: 12 May 2021',
      'Publié le 3 mars 2025 à 14h32',
      'Mis à jour le 05/03/2025',
      'Veröffentlicht am 3. März 2025, 9:30 Uhr',
      'Publicado el 3 de marzo de 2025',
      'Pubblicato il 3 marzo 2025',
      'Updated at 2025-03-03 18:05 CET',
    ])
      expect(isDateline(t), t).toBe(true);
    for (const t of ['Posted on the wall of the factory', 'Published in March', 'Publié le livre de ma mère', '3 mars 2025'])
      expect(isDateline(t), t).toBe(false);
  });

  const wrapped = [
    'THE SHORTER WORKING DAY',
    'Posted on March 3, 2025',
    '',
    'The campaign for the eight-hour day began long before anyone now living was',
    'born, and it was won, where it was won, by strikes and not by petitions to the',
    'government or by the kindness of employers.',
    '',
    'Updated on March 5, 2025',
    '',
    'The union has since asked its members to send in their own stories of the',
    'campaign, and this page will print them as they come in over the spring.',
    '',
  ].join('\n');

  it('takes a dateline under the title of a plain text out as front matter, logged', () => {
    const res = normalize(textInput(wrapped), {});
    expect(res.front?.date).toBe('Posted on March 3, 2025');
    expect(toMarkdown(res.tree)).not.toContain('Posted on');
    expect(res.file.messages.some((m) => m.ruleId === 'front-matter' && m.line === 2)).toBe(true);
  });

  it('keeps a dateline further down as a paragraph, not a heading', () => {
    const { md } = run(wrapped);
    expect(md).toMatch(/^Updated on March 5, 2025$/m);
    expect(md).not.toMatch(/^#+ Updated/m);
  });
});

describe('stage directions in a transcript ("(Applause.)") stand alone', () => {
  it('tells a stage direction from a parenthesis', () => {
    for (const t of ['(Applause.)', '[Laughter and cheers.]', '(Stormy, prolonged applause. All rise.)', '(Rires.)', '(Beifall.)', '(A voice: "Never!")'])
      expect(isStageDirection(t), t).toBe(true);
    for (const t of [
      '(see the table on page 12)',
      '(Marx, Capital, vol. 1, p. 342.)',
      'Applause.',
      '(the applause of the crowd went on for a long time, and the chairman rang his bell)',
    ])
      expect(isStageDirection(t), t).toBe(false);
  });

  it('does not run a stage direction into the full line before it in a hard-wrapped speech', () => {
    const text = [
      'We met in a cold hall in the first year, forty of us, and the police waited at the',
      'door to take the names of everyone who left, and we gave them the wrong names.',
      '(Laughter and applause.)',
      'Today there are four hundred delegates in this hall, and the police are elsewhere.',
      'But the work is not done, and it will not be done until every mill is organised.',
      '(Applause.)',
    ].join('\n');
    const { md } = run(text);
    expect(md.split('\n\n').map((p) => p.trim())).toEqual([
      'We met in a cold hall in the first year, forty of us, and the police waited at the door to take the names of everyone who left, and we gave them the wrong names.',
      '(Laughter and applause.)',
      'Today there are four hundred delegates in this hall, and the police are elsewhere. But the work is not done, and it will not be done until every mill is organised.',
      '(Applause.)',
    ]);
  });
});

describe("a pamphlet's title page: the imprint and the price are front matter", () => {
  const page = (imprint: string[]) =>
    [
      'THE LAND QUESTION',
      '',
      'BY MARY MACARTHUR',
      '',
      ...imprint.flatMap((l) => [l, '']),
      'The land of this country belongs to fewer people than the land of any other country in Europe, and the rents they take from it are paid in the end by every family that buys bread.',
      '',
      'Published by the union in 1909, this lecture was read in every branch before the year was out, and the price of a penny put it within reach of the poorest member.',
      '',
    ].join('\n');

  it('takes the imprint and the price out of the head, logged, into front.imprint', () => {
    const res = normalize(textInput(page(['GLASGOW: PRINTED AND PUBLISHED FOR THE LEAGUE BY J. SMITH & SONS, 1909', 'PRICE ONE PENNY.'])), {});
    expect(res.front?.imprint).toEqual(['GLASGOW: PRINTED AND PUBLISHED FOR THE LEAGUE BY J. SMITH & SONS, 1909', 'PRICE ONE PENNY.']);
    const md = toMarkdown(res.tree);
    expect(md).not.toMatch(/GLASGOW|PRICE ONE/);
    expect(md).toContain('Published by the union in 1909');
    expect(res.file.messages.filter((m) => m.ruleId === 'front-matter' && m.reason.includes('imprint'))).toHaveLength(2);
  });

  it('reads a "City: Publisher, year" imprint and a copyright line, and leaves a title with a colon alone', () => {
    const res = normalize(
      textInput(page(['Chicago: Charles H. Kerr & Company, 1910', 'Copyright, 1910, by Charles H. Kerr & Company', 'Paris: The Commune of 1871'])),
      {},
    );
    expect(res.front?.imprint).toEqual(['Chicago: Charles H. Kerr & Company, 1910', 'Copyright, 1910, by Charles H. Kerr & Company']);
    expect(toMarkdown(res.tree)).toContain('Paris: The Commune of 1871');
  });
});

describe('a stage direction where indents mark the paragraphs', () => {
  it('goes on the paragraph when its line has no indent', () => {
    const text = [
      '    The delegates from the northern districts had waited two years to hear these words',
      'spoken from the platform, and when at last they came the whole hall was on its feet at once.',
      '(Loud and prolonged applause)',
      '    The chairman waited for the noise to die down before he called the next speaker, a',
      'young weaver from the valley who had never spoken at a congress before that morning.',
      '    She began quietly, and by the end of her speech the hall was silent and listening to',
      'every word she said about the mills, the hours and the children who worked in them.',
      '    Then the vote was taken, and the resolution was carried without one voice against.',
      '    The congress rose at six, and the delegates went out into the rain to find their trains.',
    ].join('\n');
    // Without hidden-break, whose line model would end the paragraph at the stop in so short a text.
    const md = toMarkdown(normalize(textInput(text), { disable: ['hidden-break'] }).tree);
    expect(md).toContain('on its feet at once. (Loud and prolonged applause)');
  });
});

describe('a whole page copied: a share bar or a newsletter box above the article starts no tail', () => {
  const nav = Array.from({ length: 60 }, (_, k) => `Section ${k + 1}`);
  const article = Array.from(
    { length: 6 },
    (_, k) =>
      `In the ${k + 1}th week of the lockout the carters' union paid out its last strike fund, and the women of the district opened a kitchen in the chapel hall that fed four hundred children every day until the owners gave way.`,
  );
  const foot = ['About us', 'Contact us', 'Careers', 'Privacy policy', 'Cookie settings', 'Accessibility', '© 2024 The Courier'];

  for (const marker of ['Share This Article', 'Sign up for our newsletter']) {
    it(`keeps the article under "${marker}", dropping the marker alone, logged`, () => {
      const { md, log } = run([...nav, 'The Carters’ Lockout', marker, ...article, 'Most read', ...foot].join('\n'));
      expect(md).toContain('In the 1th week');
      expect(md).toContain('In the 6th week');
      expect(md).not.toContain(marker);
      expect(log.some((l) => l.includes(`\`${marker}\` inside the text`))).toBe(true);
      expect(md).not.toContain('Cookie settings');
    });
  }

  it('still drops a real tail that holds less prose than the text', () => {
    const { md } = run([...nav.slice(0, 5), 'The Carters’ Lockout', ...article, 'Share This Article', article[0]!, ...foot].join('\n'));
    expect(md.match(/In the 1th week/g)).toHaveLength(1);
  });
});

describe("an editor's bracketed insert ([Sidenote: …]) in a hard-wrapped text", () => {
  it('is a block of its own, from its opening line to the closing bracket, and no verse', () => {
    const text = [
      'The strings are the foundation of the orchestra, and a band of the first',
      'rank will have sixteen first violins and fourteen second violins in it.',
      '[Sidenote: The wood-winds.]',
      'The wood-winds come next in the score. There are two flutes, two oboes,',
      'two clarinets and two bassoons, and to these a large work adds others.',
      '[Sidenote: The brass, and where',
      'it sits.]',
      'The brass and the drums stand at the back of the platform, where their',
      'sound can pass over the heads of the strings without drowning them.',
    ].join('\n');
    const { md } = run(text);
    const blocks = md.split('\n\n').map((b) => b.trim());
    expect(blocks).toContain('\\[Sidenote: The wood-winds.]');
    expect(blocks).toContain('\\[Sidenote: The brass, and where it sits.]');
    expect(blocks.filter((b) => b.startsWith('The '))).toHaveLength(3);
  });
});

describe('"Further reading" over books is the text\'s own list, over headlines the site\'s', () => {
  const article =
    '<p>The dock strike of 1889 began over a dispute about the plus money on a single ship, and within days the whole port of London had stopped work.</p>' +
    '<p>The strikers won their tanner after five weeks, helped by money sent from the wharves of Brisbane and Sydney, and the new unions grew from it.</p>' +
    '<p>Ben Tillett and Tom Mann spoke at the gates every morning, and the processions through the City kept the public on the side of the men.</p>' +
    '<p>The employers gave way in September, and the agreement they signed set the terms of work on the river for a generation after.</p>' +
    '<p>Historians still argue over how much the strike owed to the weather, to the money from Australia, and to the patience of the men.</p>';
  const page = (list: string) =>
    `<!doctype html><html><head><title>1889</title></head><body><article><h1>The dock strike</h1>${article}<h2>Further reading</h2><ul>${list}</ul></article></body></html>`;

  it('keeps a list of works (author, title, year, publisher)', () => {
    const { md, log } = run(
      page(
        '<li>E. P. Thompson, The Making of the English Working Class.</li><li>Eric Hobsbawm, Labouring Men (1964).</li><li>John Lovell, Stevedores and Dockers, London: Macmillan Press, 1969.</li>',
      ),
      'html',
    );
    expect(md).toContain('## Further reading');
    expect(md).toContain('Eric Hobsbawm, Labouring Men (1964).');
    expect(log.filter((l) => l.includes('[web-nav]'))).toEqual([]);
  });

  it("drops a list of the site's other articles, logged", () => {
    const { md, log } = run(
      page(
        '<li><a href="/a">Why the ports still matter</a></li><li><a href="/b">Ten years of the living wage campaign</a></li><li><a href="/c">Our guide to the 2024 strikes</a></li>',
      ),
      'html',
    );
    expect(md).not.toMatch(/Further reading|living wage campaign/);
    expect(log.filter((l) => l.includes('[web-nav]'))).toHaveLength(4);
  });
});
