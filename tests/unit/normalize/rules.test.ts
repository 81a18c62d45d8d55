import { describe, expect, it } from 'vitest';
import { doubledCaption, isTitleRepeat } from '../../../src/normalize/clutter.ts';
import { normalize, toMarkdown } from '../../../src/normalize/index.ts';
import { fixMojibake } from '../../../src/normalize/mojibake.ts';
import { decideHyphen } from '../../../src/normalize/split-words.ts';
import { textInput } from './helpers.ts';

const md = (s: string, options = {}) => toMarkdown(normalize(textInput(s), options).tree);

describe('split words across line ends', () => {
  const none = new Map<string, number>();
  it('keeps real compounds', () => {
    expect(decideHyphen('co', 'existence', none).keep).toBe(true);
    expect(decideHyphen('anti', 'Semite', none).keep).toBe(true);
    expect(decideHyphen('air', 'brushed', none).keep).toBe(true);
    expect(decideHyphen('state', 'capitalist', none).keep).toBe(true);
  });
  it('joins ordinary words broken by the typesetter', () => {
    for (const [l, r] of [
      ['revo', 'lution'],
      ['be', 'ginning'],
      ['per', 'formed'],
      ['pre', 'vented'],
      ['re', 'garding'],
      ['every', 'thing'],
      ['work', 'ers'],
    ]) {
      expect(decideHyphen(l!, r!, none).keep, `${l}-${r}`).toBe(false);
    }
  });
  it('follows the document’s own spelling first', () => {
    expect(decideHyphen('co', 'operation', new Map([['cooperation', 2]])).keep).toBe(false);
    expect(decideHyphen('every', 'thing', new Map([['every-thing', 1]])).keep).toBe(true);
  });
});

describe('web clutter helpers', () => {
  it('finds a caption repeated back to back', () => {
    expect(doubledCaption('Lenin and Stalin, 1922. Photo: Public Domain Lenin and Stalin, 1922. Photo: Public Domain')).toBe(
      'Lenin and Stalin, 1922. Photo: Public Domain',
    );
    expect(doubledCaption('A sentence that says nothing twice at all, really.')).toBeUndefined();
  });
  it('keeps a stanza from a PDF that opens with its refrain twice (there a doubled caption is only the caption, or has a credit)', () => {
    const text =
      'While whole plantations smoke and blaze! While whole plantations smoke and blaze! And we may now prevent the ruin, Ere lawless force with guilty stride Shall scatter vengeance far and wide.\n';
    const r = normalize(textInput(text), { from: 'pdf-text' });
    expect(toMarkdown(r.tree)).toContain('lawless force');
    expect(r.changes.filter((c) => c.rule === 'web-caption')).toEqual([]);
    expect(
      md(
        'Lenin and Stalin, 1922. Photo: Public Domain Lenin and Stalin, 1922. Photo: Public Domain\n\nThe text goes on here with more than a few words in it.\n',
        { from: 'pdf-text' },
      ),
    ).not.toContain('Lenin and Stalin');
  });
  it('matches a repeated title with or without a section label', () => {
    expect(
      isTitleRepeat(
        'Special | From the Republic of Soviets to the Stalinist Counter-revolution',
        'From the Republic of Soviets to the Stalinist Counter-revolution',
      ),
    ).toBe(true);
    expect(isTitleRepeat('STALIN: 50 years after the death of a tyrant!', 'Stalin: 50 years after the death of a tyrant')).toBe(true);
    expect(isTitleRepeat('Stalin in 1917', 'Stalin: 50 years after the death of a tyrant')).toBe(false);
  });
});

describe('options', () => {
  it('does not run disabled rules', () => {
    const r = normalize(textInput('In I925 the debate ended.\n'), { disable: ['ocr-digit'] });
    expect(toMarkdown(r.tree)).toContain('I925');
    expect(r.changes).toEqual([]);
  });
  it('drops lines matching per-text patterns, and reports a bad pattern', () => {
    const r = normalize(textInput('Members of the government\n\nThe text goes on here.\n'), { drop: ['^Members of', '('] });
    expect(toMarkdown(r.tree)).toBe('The text goes on here.\n');
    expect(r.changes[0]).toMatchObject({ rule: 'drop-pattern', line: 1, before: 'Members of the government' });
    expect(r.file.messages.some((m) => m.reason.includes('invalid drop pattern'))).toBe(true);
  });
  it('can force the source kind', () => {
    expect(normalize(textInput('a line\nanother line\n'), { from: 'web-text' }).kind).toBe('web-text');
    expect(md('a wrapped\nline.\n', { from: 'pdf-text' })).toBe('a wrapped line.\n');
  });
});

describe('characters', () => {
  it('undoes UTF-8 read as Windows-1252 but leaves real accents alone', () => {
    expect(fixMojibake('Leninâ€™s').text).toBe('Lenin’s');
    expect(fixMojibake('Broué, Bogotá, naïve').hits).toEqual([]);
  });
});

describe('messages', () => {
  it('use the remark-lint grammar and carry place, rule and source', () => {
    const r = normalize(textInput('A call[2] here.\n'));
    const m = r.file.messages[0]!;
    expect(m.reason).toBe('Unexpected note call `[2]`, no note 2 in this text; kept as text');
    expect([m.line, m.column, m.ruleId, m.source]).toEqual([1, 7, 'note-missing', 'reader-normalize']);
    expect(m.reason).not.toMatch(/^Error/);
  });
});

describe('detection', () => {
  it('tells hard-wrapped text, web copy and clean text apart', () => {
    const wrapped =
      'The revolution of 1917 did not end with the seizure of power. For the\nnext four years the new government fought a civil war on a dozen\nfronts, and the cities emptied as workers went back to the villages in\nsearch of bread.\n';
    expect(normalize(textInput(wrapped)).kind).toBe('pdf-text');
    expect(normalize(textInput('Tagged under:\n\nA paragraph of web copy on one line.\n\nAnother one.\n\nTagged under:\n')).kind).toBe('web-text');
    expect(normalize(textInput('A paragraph on one line.\n\nAnother one.\n')).kind).toBe('clean');
  });
});

describe('transcript time stamps', () => {
  const turns = (stamps: string[]) =>
    stamps.map((s, i) => `${s}\n\nSpeaker ${i % 2 ? 'B' : 'A'}: turn number ${i + 1} of the talk goes on here.`).join('\n\n') + '\n';
  it('sets aside bracketed stamps and stamps with seconds, counting up', () => {
    const r = normalize(textInput(turns(['[00:00:00]', '[00:01:35]', '[00:03:12]'])));
    expect(r.changes.filter((c) => c.rule === 'time-stamp').map((c) => c.before)).toEqual(['[00:00:00]', '[00:01:35]', '[00:03:12]']);
    expect(toMarkdown(r.tree)).not.toContain('00:0');
    expect(normalize(textInput(turns(['0:00:05', '0:01:35', '1:03:12']))).changes.filter((c) => c.rule === 'time-stamp')).toHaveLength(3);
  });
  it("keeps an agenda's bare hours, and stamps that do not count up", () => {
    expect(normalize(textInput(turns(['09:00', '10:30', '12:00']))).changes.filter((c) => c.rule === 'time-stamp')).toHaveLength(0);
    expect(normalize(textInput(turns(['[00:03:12]', '[00:01:35]', '[00:05:00]']))).changes.filter((c) => c.rule === 'time-stamp')).toHaveLength(0);
  });
});
