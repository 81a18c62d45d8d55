// Precision shapes of round five (issue 22), on texts written for this test (not taken from any
// scored text): places named like persons (`Douglas Head`), places after a word of going
// (`the road runs from Carlisle`), a novel's dialogue (its characters speak, they are no sources),
// and verbs of speech that tell an act (`asked for money`, `said nothing`), not words the text uses.
import { describe, expect, it } from 'vitest';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import { VFile } from 'vfile';
import { analyzeReader, analyzeText } from '../../../src/analyze/index.ts';
import type { NormalizedText } from '../../../src/types.ts';

function analyze(markdown: string): { names: string[]; sources: string[] } {
  const file = new VFile({ path: 't.md', value: markdown });
  const doc: NormalizedText = { id: 't', file, tree: unified().use(remarkParse).use(remarkGfm).parse(file), kind: 'clean', changes: [] };
  const a = analyzeReader([analyzeText(doc, [])], [], {});
  return { names: a.names.map((e) => e.name), sources: a.sources.map((s) => `${s.author}|${s.title ?? ''}`) };
}

describe('names and sources: round five’s shapes', () => {
  it('a place whose last word is a landform, a water, a building or a street is no person, though its first is a given name', () => {
    const { names } = analyze(
      [
        'Douglas Head looks over the harbour, and Jackson Hole lies beyond the pass. Morecambe Bay is dangerous at low tide.',
        'The coach stops at Florence Terrace and at the Stanley Arms Hotel; Regent Row is a short walk away.',
        'The poet Southey settled at Greta Hall, and Coleridge came to stay there often. He wrote little that year.',
      ].join('\n\n'),
    );
    expect(names.join(' | ')).not.toMatch(/Douglas|Jackson|Morecambe|Florence|Stanley|Regent/);
    expect(names).toEqual(expect.arrayContaining(['Southey', 'Coleridge']));
  });

  it('a name after a word of going and `from` is a place; a letter from a person is still theirs', () => {
    const { names } = analyze(
      [
        'From Carlisle the road runs south; the train from Milton Keynes is slow, and the coach goes on to Martin Lydgate, six miles from Sidney Weston.',
        'A letter from Okonkwo, the mayor, arrived that week. Okonkwo wrote that the bridge would be mended.',
      ].join('\n\n'),
    );
    expect(names.join(' | ')).not.toMatch(/Milton|Keynes|Martin|Lydgate|Sidney|Weston/);
    expect(names).toContain('Okonkwo');
  });

  it('in a text told in dialogue, the characters are persons and no sources', () => {
    const { names, sources } = analyze(
      [
        '"Good evening, Mr. Harland," said the clerk. "You are late tonight."',
        '"Late!" cried Harland. "Pshaw! I am never late. Where is Martha?"',
        '"Upstairs, Sir," replied the clerk. "She has been waiting this hour."',
        'Martha came down with a candle. "Hush," said she. "The child is asleep."',
        '"Nonsense," returned Harland; "a little rain never hurt anybody."',
        '"Better, thank God," answered Martha. "Doctor Pell came at noon and said the fever had broken."',
      ].join('\n\n'),
    );
    expect(names).toEqual(expect.arrayContaining(['Harland', 'Martha', 'Pell']));
    expect(names.join(' | ')).not.toMatch(/Pshaw|Nonsense|Hush|Late|Upstairs/);
    expect(sources).toEqual([]);
  });

  it('a verb of speech that tells an act is no citation; one that reports words is', () => {
    const { sources } = analyze(
      [
        'King Henry asked for money, and the barons refused. Bolingbroke told his men to wait. Cromwell answered with cannon.',
        'Elizabeth said nothing for a week. Napoleon complained of the cold.',
        'Mr. Hollowell states that the guilds never recovered. Basil Ormerod tells us that the masters fought back.',
        'Varnell asked whether the masters would pay, and Marsden answered that they would not.',
      ].join('\n\n'),
    );
    const authors = sources.map((s) => s.split('|')[0]);
    expect(authors.join(' | ')).not.toMatch(/Henry|Bolingbroke|Cromwell|Elizabeth|Napoleon|Varnell/);
    expect(authors).toEqual(expect.arrayContaining(['Hollowell', 'Basil Ormerod', 'Marsden']));
  });

  it('a company that speaks of itself (`said it`, `, which`), a brand with a capital inside it, a place a person went to: no persons', () => {
    const { names, sources } = analyze(
      [
        'Brightline said it would appeal. Quorvex, which makes the chips, said its sales had doubled; Quorvex argued that the rules were unfair.',
        'Fans of YouTube and ChatGPT were unhappy, and PayPal lost a case. Ellen McNiel, the analyst, wrote that the market would recover.',
        'The parson rode on to Dawlish. He was tired, and the bishop was dying. The clerk went with him to Haldon. He said nothing.',
      ].join('\n\n'),
    );
    expect(names.join(' | ')).not.toMatch(/Brightline|Quorvex|YouTube|ChatGPT|PayPal|Dawlish|Haldon/);
    expect(names).toContain('Ellen McNiel');
    expect(sources.join(' | ')).not.toMatch(/Brightline|Quorvex/);
  });

  it('a reference in running text (`See also X, *Title*`), a word between a name and its verb, an imprint after a title', () => {
    const { names, sources } = analyze(
      [
        'Jevons had seen the difficulty.[^1] See also Pigou, *Wealth and Welfare* (1912), chap. iv. Cf. Hollowell, "The Long Decline", p. 4.',
        'The Polish general Rydzewski afterwards revealed that his position had been hopeless.',
        'Adam Smith thought that wages would follow the price of corn. Douglas Head looks over the harbour.',
        '[^1]: W. S. Jevons, *Investigations in Currency and Finance* (London, 1884), p. 17.',
      ].join('\n\n'),
    );
    expect(sources).toEqual(
      expect.arrayContaining(['Pigou|Wealth and Welfare', 'Hollowell|The Long Decline', 'Rydzewski|', 'W. S. Jevons|Investigations in Currency and Finance']),
    );
    expect(names).toContain('Adam Smith');
    expect(names.join(' | ')).not.toMatch(/Douglas/);
  });

  it('kings by their regnal number, persons spoken to, an order is no given name, a place after `the town of`, Mr. and Mrs. apart', () => {
    const { names } = analyze(
      [
        'The town of Florence lay quiet, and the city of Lincoln slept. In the county of Kent the harvest was in.',
        'Charles the First lost his head, and William III landed at Torbay. Louis XIV built a palace.',
        '"Come here, Margaret," said her mother. "And you too, Arthur."',
        '"Yes, Mrs. Pennock," said the boy. Mr. Pennock laughed. "Tell Dobbs to saddle the mare," said Mr. Pennock.',
        'Mrs. Pennock sighed. "Oh, Jonathan, you spoil them."',
      ].join('\n\n'),
    );
    expect(names).toEqual(expect.arrayContaining(['Charles', 'William', 'Louis', 'Margaret', 'Arthur', 'Jonathan', 'Pennock', 'Mrs Pennock']));
    expect(names.join(' | ')).not.toMatch(/Florence|Lincoln|Kent|Tell/);
  });

  it('a chapter where most paragraphs open with a quotation is dialogue: a character who speaks is no source', () => {
    const turns = [
      '"We must go," said Hobbes.',
      '"Not yet," said Annick. "The rain."',
      '"The rain will stop," said Hobbes.',
      '"It never stops here," said Annick.',
      'They waited by the door.',
      '"Now," said Hobbes at last.',
      '"Now," said Annick.',
    ];
    const { names, sources } = analyze(turns.join('\n\n'));
    expect(names).toEqual(expect.arrayContaining(['Hobbes', 'Annick']));
    expect(sources).toEqual([]);
  });

  it('a work behind a pronoun goes to the person named last before it: `His Title, published in 1990`, `In *Title*, he argues`', () => {
    const { sources } = analyze(
      [
        'Rupert Hallam had already written the standard account. His The Long Peace, published in 1990, became the official history.',
        'Tobias Lindqvist thinks the opposite. In *Clusters Are Fine*, he argues that the tooling has matured.',
        'Mara Vennet went home. In Leeds, he said, the rain never stops.',
      ].join('\n\n'),
    );
    expect(sources).toEqual(expect.arrayContaining(['Rupert Hallam|The Long Peace', 'Tobias Lindqvist|Clusters Are Fine']));
    expect(sources.join(' | ')).not.toMatch(/Leeds/);
  });

  it('a place after an office held over it (`the King of Castile`, `the vicar of Marden Hallow`), a church’s bell', () => {
    const { names } = analyze(
      [
        'The King of Castile sent envoys, and the Bishop of Ely received them. Later the vicar of Marden Hallow wrote to the Earl of Radnor.',
        'The dismal tolling of St. Aldhelm’s bell woke the town. Lady Radnor, who disliked the bishop, said nothing.',
      ].join('\n\n'),
    );
    expect(names.join(' | ')).not.toMatch(/Castile|Ely|Marden|Aldhelm/);
    expect(names).toContain('Radnor');
  });

  it('a country that speaks, where the text also names its people (`Prussia argued`, `Prussian troops`), is no person and no source', () => {
    const { names, sources } = analyze(
      [
        'Prussian troops crossed the river. Prussia argued that the treaty was void, and Bavaria warned the court; the Bavarian army waited.',
        'Italy hoped for peace, but Italian opinion was divided. Otto Vance, a Prussian officer, wrote that the war was lost.',
      ].join('\n\n'),
    );
    expect(names).toEqual(['Otto Vance']);
    expect(sources).toEqual(['Otto Vance|']);
  });
});
