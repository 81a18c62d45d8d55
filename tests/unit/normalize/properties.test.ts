import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { accountWords } from '../../../src/normalize/account.ts';
import { normalize, toMarkdown } from '../../../src/normalize/index.ts';
import type { SourceFormat } from '../../../src/types.ts';
import { fixtureInput, textInput } from './helpers.ts';

// Text that looks like the sources: words, punctuation, note calls, hyphens, blank and indented lines.
const token = fc.oneof(
  fc.constantFrom(
    'the',
    'Lenin',
    'state',
    'co-',
    'existence',
    'revo-',
    'lution',
    'I925',
    'intimidan1',
    '[1]',
    '[2]',
    '¹',
    'â€™',
    'Photo:',
    'Part One:',
    'Tagged under:',
    'SOCIALISM',
    '*',
    '_',
    '#',
    '>',
    '-',
    '1.',
    '|',
    '\\',
    '`',
    '<b>',
    '&amp;',
    'http://x.org/a_b',
  ),
  fc.string({ minLength: 1, maxLength: 8 }),
  fc.string({ unit: 'grapheme', minLength: 1, maxLength: 6 }),
);
const line = fc
  .tuple(fc.constantFrom('', ' ', '    ', '\t'), fc.array(token, { maxLength: 14 }), fc.constantFrom('', '.', '?', ' ', ':', '-', '!!'))
  .map(([i, ws, e]) => i + ws.join(' ') + e);
const doc = fc.array(line, { maxLength: 30 }).map((ls) => ls.join('\n'));
const anyText = fc.oneof(doc, fc.string({ maxLength: 400 }), fc.string({ unit: 'binary', maxLength: 200 }));
const kinds: SourceFormat[] = ['auto', 'pdf-text', 'web-text', 'clean'];

describe('normalize properties', () => {
  it('never throws, on any string, for any source kind or extension', () => {
    fc.assert(
      fc.property(anyText, fc.constantFrom(...kinds), fc.constantFrom('txt', 'md', 'html'), fc.string({ maxLength: 20 }), (s, from, ext, title) => {
        const r = normalize(textInput(s, ext), { from, title, drop: ['[', 'x+'] });
        toMarkdown(r.tree);
        expect(r.file.messages.every((m) => m.ruleId !== 'normalize-failed')).toBe(true);
      }),
      { numRuns: 1500 },
    );
  });

  it('is idempotent: normalizing its own Markdown again changes nothing', () => {
    fc.assert(
      fc.property(doc, fc.constantFrom(...kinds), (s, from) => {
        const md1 = toMarkdown(normalize(textInput(s, 'txt'), { from }).tree);
        const again = normalize(textInput(md1, 'md'));
        expect(toMarkdown(again.tree)).toBe(md1);
        expect(again.changes).toEqual([]);
      }),
      { numRuns: 800 },
    );
  });

  it('accounts for every source word (output or a change log entry)', () => {
    fc.assert(
      fc.property(fc.oneof(doc, fc.string({ maxLength: 300 })), fc.constantFrom(...kinds), (s, from) => {
        const r = normalize(textInput(s, 'txt'), { from });
        expect(accountWords(s, r).missing).toEqual([]);
      }),
      { numRuns: 1000 },
    );
  });
});

// Nothing lost, over every fixture and over Markdown and HTML too: each word of the source is in
// the output or quoted in a logged change. Fixed seed, so a failure replays.
describe('nothing lost', () => {
  const visibleText = (html: string): string =>
    html
      .replace(/<(script|style|head)\b[\s\S]*?<\/\1>/gi, ' ')
      .replace(/<[^>]+>/g, ' ')
      .replace(/&[#\w]+;/g, ' ');

  it('over every fixture', () => {
    const root = 'tests/fixtures/normalize';
    for (const name of readdirSync(root)) {
      const input = fixtureInput(root, name);
      if (!input) continue;
      const { ext } = input;
      const value = readFileSync(input.path, 'utf8');
      const optPath = join(root, name, 'options.json');
      const options = existsSync(optPath) ? (JSON.parse(readFileSync(optPath, 'utf8')) as object) : {};
      const r = normalize(textInput(value, ext), options);
      expect(accountWords(ext === 'html' ? visibleText(value) : value, r).missing, name).toEqual([]);
    }
  });

  const para = fc
    .array(fc.constantFrom('Lenin', 'state', 'Photo:', 'Topics:', 'Advertisement:', 'by', 'Jane', 'Doe', 'the', '_word_', '[1]', 'Home'), {
      minLength: 1,
      maxLength: 12,
    })
    .map((ws) => ws.join(' '));
  it('over generated Markdown', () => {
    fc.assert(
      fc.property(fc.array(para, { maxLength: 12 }), (ps) => {
        const s = ps.join('\n\n');
        const r = normalize(textInput(s, 'md'), { drop: ['^Advertisement'], title: 'Lenin state' });
        expect(accountWords(s, r).missing).toEqual([]);
      }),
      { numRuns: 300, seed: 18 },
    );
  });

  it('over generated HTML pages (what Readability leaves out is logged)', () => {
    const tag = fc.constantFrom('p', 'h2', 'li', 'nav', 'footer', 'div', 'aside');
    fc.assert(
      fc.property(fc.array(fc.tuple(tag, para), { maxLength: 14 }), (els) => {
        const body = els.map(([t, p]) => (t === 'li' ? `<ul><li>${p}</li></ul>` : `<${t}>${p}</${t}>`)).join('\n');
        const html = `<!doctype html><html><head><title>T</title></head><body>${body}</body></html>`;
        const r = normalize(textInput(html, 'html'), { drop: ['^Advertisement'] });
        expect(accountWords(visibleText(html), r).missing).toEqual([]);
      }),
      { numRuns: 150, seed: 18 },
    );
  });
});
