import type { Paragraph } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { endsParagraphToken, opensParagraphToken } from '../../../src/normalize/hidden-breaks.ts';
import { normalize } from '../../../src/normalize/index.ts';
import { textInput } from './helpers.ts';

// Twelve paragraphs wrapped at 72 with a blank line after every line (seed 000's shape).
// Two paragraphs end on a full line ("...for a decade." before "Type", "...in a different
// hand." before "News"), so nothing on the line marks those breaks.
const HIDDEN = readFileSync('tests/fixtures/normalize/hidden-paragraph-break/input.txt', 'utf8');

const paragraphs = (s: string, disable: string[] = []) => {
  const r = normalize(textInput(s), { disable });
  return { r, ps: r.tree.children.filter((c): c is Paragraph => c.type === 'paragraph').map((p) => toString(p)) };
};

describe('hidden paragraph breaks', () => {
  it('splits paragraphs far longer than the text’s own, at a full line that ends a sentence', () => {
    const { r, ps } = paragraphs(HIDDEN);
    expect(ps).toHaveLength(12);
    expect(ps[2]).toMatch(/^The ledger also shows who paid\..*for a decade\.$/);
    expect(ps[3]).toMatch(/^Type was the largest cost\./);
    expect(ps[5]).toMatch(/^News was never the main business\./);
    const hits = r.changes.filter((c) => c.rule === 'hidden-break');
    expect(hits).toEqual([
      { rule: 'hidden-break', line: 29, column: 1, before: 'decade. Type', after: 'decade.\n\nType' },
      { rule: 'hidden-break', line: 47, column: 1, before: 'hand. News', after: 'hand.\n\nNews' },
    ]);
    expect(r.file.messages.find((m) => m.ruleId === 'hidden-break')?.reason).toBe(
      'Unexpected paragraph of 582 characters, long for this text (typically 296); split after the full line ending `decade.`, likelier two paragraphs',
    );
  });

  it('leaves a paragraph of ordinary length whole, even where a line ends a sentence', () => {
    const { ps } = paragraphs(HIDDEN);
    // Two of its lines end a sentence before a capital ("cholera years." / "The count").
    expect(ps).toContainEqual(expect.stringMatching(/^Historians have used the cards .* whole households\.$/));
  });

  it('can be switched off per text', () => {
    const { r, ps } = paragraphs(HIDDEN, ['hidden-break']);
    expect(ps).toHaveLength(10);
    expect(r.changes.filter((c) => c.rule === 'hidden-break')).toEqual([]);
  });

  it('needs enough paragraphs to learn their lengths from', () => {
    // The first four paragraphs only (the third and fourth run together): left as they are.
    const short = HIDDEN.split('\n').slice(0, 37).join('\n');
    const { r, ps } = paragraphs(short);
    expect(ps).toHaveLength(3);
    expect(r.changes).toEqual([]);
  });

  it('works the same on wrapped text without blank lines', () => {
    const bare = HIDDEN.split('\n').filter(Boolean).join('\n');
    expect(paragraphs(bare).ps).toHaveLength(12);
  });

  it('trusts blank lines where they mark paragraphs', () => {
    // Blank lines after the short last lines only: the two full-line breaks look like lost
    // blank lines, and a text that marks paragraphs with blanks is not second-guessed.
    const marked = HIDDEN.split('\n')
      .filter(Boolean)
      .map((l) => (l.length < 60 ? `${l}\n` : l))
      .join('\n');
    const { r, ps } = paragraphs(marked);
    expect(ps).toHaveLength(10);
    expect(r.changes.filter((c) => c.rule === 'hidden-break')).toEqual([]);
  });
});

describe('sentence ends and paragraph openings', () => {
  it('take closing quotes and note calls after the stop', () => {
    for (const t of ['decade.', 'parties".[17]', 'proved".', '[21].', 'existence".', 'said:', 'why?', 'now!"', 'it.)', 'us.'])
      expect(endsParagraphToken(t), t).toBe(true);
  });
  it('skip initials, abbreviations and mid-sentence marks', () => {
    for (const t of ['M.', 'Mr.', 'p.', 'pp.', 'e.g.', 'No.', 'and', 'however,', '[3],', 'revo-']) expect(endsParagraphToken(t), t).toBe(false);
  });
  it('open on a capital or a digit, maybe after an opening quote', () => {
    for (const t of ['The', '1925', '“Comrades,', '‘It', '(The', '[In']) expect(opensParagraphToken(t), t).toBe(true);
    for (const t of ['the', '-', '—and', '']) expect(opensParagraphToken(t), t).toBe(false);
  });
});
