// Fuzzing with fast-check: random and adversarial strings through ingest + normalize (never
// throws, a valid mdast tree) and on to textToHtml (never throws, well-formed, inert).
import fc from 'fast-check';
import type { Nodes, Root } from 'mdast';
import { describe, expect, it } from 'vitest';
import { textToHtml } from '../../src/compose/markdown-to-html.ts';
import { isReaderError } from '../../src/errors.ts';
import { ingestBytes } from '../../src/ingest/index.ts';
import { normalize } from '../../src/normalize/index.ts';

// Pieces that stress parsers: Markdown and HTML syntax, template syntax, controls, bidi, surrogates.
const nasty = fc.constantFrom(
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '<a href="javascript:alert(1)">x</a>',
  '[x](javascript:alert(1))',
  '![i](https://e.com/a.png)',
  '<!--',
  '-->',
  '<![CDATA[',
  ']]>',
  '{{x}}',
  '{{> p}}',
  '{{{y}}}',
  '\u202E',
  '\u2066',
  '\u0000',
  '\uFEFF',
  '\uD800',
  '\r\n',
  '\r',
  '\t',
  '> ',
  '- ',
  '1. ',
  '[^1]',
  '[^1]: note',
  '[1]',
  '```',
  '~~~',
  '|a|b|\n|-|-|',
  '&amp;',
  '&#0;',
  '&#x110000;',
  '\\',
  '*',
  '_',
  '#',
  '<',
  '>',
  '"',
  "'",
  'â€™',
  '\u00AD',
  '   ',
  '\n\n',
);
const chunk = fc.oneof(nasty, fc.string({ maxLength: 12 }), fc.string({ unit: 'grapheme', maxLength: 6 }));
const adversarial = fc.array(chunk, { maxLength: 40 }).map((a) => a.join(''));
const anyString = fc.oneof(adversarial, fc.string({ maxLength: 300 }), fc.string({ unit: 'binary', maxLength: 200 }));
const anyBytes = fc.oneof(
  fc.uint8Array({ maxLength: 300 }),
  anyString.map((s) => new TextEncoder().encode(s)),
);

/** A tree is valid mdast: every node has a string type; parents have child arrays; literals have string values. */
function checkTree(node: Nodes): void {
  expect(typeof node.type).toBe('string');
  if ('value' in node) expect(typeof node.value).toBe('string');
  if ('children' in node) {
    expect(Array.isArray(node.children)).toBe(true);
    for (const child of node.children) checkTree(child as Nodes);
  }
}

const VOID = new Set(['br', 'hr', 'img', 'wbr', 'input', 'meta', 'link', 'col', 'area', 'base', 'embed', 'source', 'track']);

/** Well-formed: tags balance and nest; no script element, event handler, or javascript: element. */
function checkHtml(html: string): void {
  const stack: string[] = [];
  // Text holds no raw `<`: the serializer escapes it, so every `<` starts a tag.
  for (const m of html.matchAll(/<(\/?)([a-zA-Z][a-zA-Z0-9]*)((?:\s+[a-zA-Z-]+(?:="[^"]*")?)*)\s*(\/?)>|<|>/g)) {
    if (m[0] === '<') throw new Error(`unescaped < in ${JSON.stringify(html.slice(0, 200))}`);
    if (m[0] === '>') continue;
    const [, close, name, attrs] = m as unknown as [string, string, string, string];
    const tag = name.toLowerCase();
    expect(tag).not.toMatch(/^(script|iframe|object|embed|style)$/);
    expect(attrs ?? '').not.toMatch(/\son[a-z]+=/i);
    if (close) expect(stack.pop(), html).toBe(tag);
    else if (!VOID.has(tag)) stack.push(tag);
  }
  expect(stack, html).toEqual([]);
}

function ingestOrRefuse(bytes: Uint8Array, path: string) {
  try {
    return ingestBytes(bytes, path, 'fz');
  } catch (e) {
    // Refusing empty or binary input with a ReaderError is fine; any other throw is a bug.
    if (isReaderError(e) && ['SourceEmpty', 'SourceBinary', 'SourceTooDeep'].includes(e.code)) return undefined;
    throw e;
  }
}

describe('fuzz', () => {
  it('ingest + normalize never throws and gives a valid mdast tree', () => {
    fc.assert(
      fc.property(anyBytes, fc.constantFrom('a.txt', 'a.md', 'a.html'), (bytes, path) => {
        const input = ingestOrRefuse(bytes, path);
        if (!input) return;
        const doc = normalize(input);
        expect(doc.tree.type).toBe('root');
        checkTree(doc.tree as Root);
      }),
      { numRuns: 1500 },
    );
  });

  it('Markdown -> HTML never throws, is well-formed and holds nothing active', () => {
    fc.assert(
      fc.property(anyString, fc.boolean(), (s, hyphenate) => {
        const input = ingestOrRefuse(new TextEncoder().encode(s), 'a.md');
        if (!input) return;
        const { html } = textToHtml(normalize(input).tree, 'fz', { hyphenate, language: 'en' });
        checkHtml(html);
      }),
      { numRuns: 1500 },
    );
  });
});
