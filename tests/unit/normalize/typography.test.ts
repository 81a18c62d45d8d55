import { describe, expect, it } from 'vitest';
import { normalize } from '../../../src/normalize/index.ts';
import { toMarkdown } from '../../../src/normalize/index.ts';
import { applyEdits, typographyEdits } from '../../../src/normalize/typography.ts';
import { textInput } from './helpers.ts';

const set = (s: string, language?: string) => applyEdits(s, typographyEdits(s, language));

describe('typographyEdits', () => {
  it.each([
    [`He said "it's the workers' state" -- and 'they' didn't... Really?`, 'He said “it’s the workers’ state” – and ‘they’ didn’t… Really?'],
    [`"Don't," she said, "call it 'socialism'."`, '“Don’t,” she said, “call it ‘socialism’.”'],
    ["the '90s were over - or so it seemed, word--word, and---so. . . on", 'the ’90s were over – or so it seemed, word—word, and—so… on'],
    ['He wrote "in 1991" (his "best" year).', 'He wrote “in 1991” (his “best” year).'],
  ])('English: %s', (input, expected) => expect(set(input, 'en')).toBe(expected));

  it('sets each language’s marks', () => {
    expect(set('Er sagte: "Die Stadt gehört uns, \'allen\' hier."', 'de')).toBe('Er sagte: „Die Stadt gehört uns, ‚allen‘ hier.“');
    expect(set('Il dit : "L\'État, c\'est nous."', 'fr-FR')).toBe('Il dit : «\u202FL’État, c’est nous.\u202F»');
    expect(set('" texte "', 'fr')).toBe('«\u202Ftexte\u202F»');
    expect(set('Dijo "la ciudad" y \'nada\' más.', 'es')).toBe('Dijo «la ciudad» y “nada” más.');
    expect(set('"x"', 'xx')).toBe('“x”');
  });

  it('leaves URLs, addresses, `code`, primes, HTML comments and --flags alone', () => {
    const s = 'See https://example.org/a--b\'s... and `x -- "y"` or a.b--c@d.org; 5\'10" tall; <!-- x --> use --force';
    expect(set(s, 'en')).toBe('See https://example.org/a--b\'s… and `x -- "y"` or a.b--c@d.org; 5\'10" tall; <!-- x --> use --force');
  });

  it('takes out a space typed before a stop or a comma; before ; : ! ? only where the language sets none', () => {
    expect(set('toe the line . Then take place , but in the Ukraine [6] . So ? Yes ; no : maybe !', 'en')).toBe(
      'toe the line. Then take place, but in the Ukraine [6]. So? Yes; no: maybe!',
    );
    expect(set('Quoi ? Il dit : oui ! Et puis , non .', 'fr')).toBe('Quoi ? Il dit : oui ! Et puis, non.');
    expect(set('wait . . . now, it cost .50 each', 'en')).toBe('wait … now, it cost .50 each');
  });

  it('changes nothing the second time', () => {
    const once = set(`"It's" -- 'so' ... "Ja" - nein`, 'de');
    expect(typographyEdits(once, 'de')).toEqual([]);
  });
});

describe('rule typography in the normalizer', () => {
  const text = 'A title\n\nHe said "it\'s ours" -- and left...\n\nSecond paragraph, "quoted".\n';

  it('sets the text for its language and logs every word it changed, at its place', () => {
    const r = normalize(textInput(text), { from: 'clean', language: 'en' });
    expect(toMarkdown(r.tree)).toContain('He said “it’s ours” – and left…');
    const logged = r.changes.filter((c) => c.rule === 'typography');
    expect(logged.map((c) => [c.line, c.column, c.before, c.after])).toEqual([
      [3, 9, '"it\'s', '“it’s'],
      [3, 15, 'ours" -- and', 'ours” – and'],
      [3, 28, 'left...', 'left…'],
      [5, 19, '"quoted".', '“quoted”.'],
    ]);
    expect(r.file.messages.filter((m) => m.ruleId === 'typography').every((m) => m.fatal === undefined)).toBe(true);
  });

  it('is off with rules.disable, and without a language', () => {
    for (const options of [{ from: 'clean' as const, language: 'en', disable: ['typography'] }, { from: 'clean' as const }]) {
      const r = normalize(textInput(text), options);
      expect(toMarkdown(r.tree)).toContain('He said "it\'s ours"');
      expect(r.changes.some((c) => c.rule === 'typography')).toBe(false);
    }
  });

  it('keeps note calls on their words when it moves characters', () => {
    const r = normalize(textInput('Body text... with a call.[1] And "more" -- here.[2]\n\nNotes\n\n[1] First note.\n\n[2] Second note.\n'), {
      from: 'web-text',
      language: 'en',
    });
    const md = toMarkdown(r.tree);
    expect(md).toContain('Body text… with a call.[^1] And “more” – here.[^2]');
    expect(md).toContain('[^2]: Second note.');
  });

  it('in Markdown: quotes across emphasis, inline code and link targets left alone', () => {
    const md = 'He said "*this* is \'ours\'" -- see [the "site"](https://example.org/a--b) and `"code"`.\n';
    const r = normalize(textInput(md, 'md'), { language: 'en' });
    expect(toMarkdown(r.tree)).toBe('He said “_this_ is ‘ours’” – see [the “site”](https://example.org/a--b) and `"code"`.\n');
    expect(r.changes.filter((c) => c.rule === 'typography').every((c) => c.line === 1 && c.column > 0)).toBe(true);
  });
});
