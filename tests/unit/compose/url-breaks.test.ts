import type { Root } from 'hast';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { breakUrls } from '../../../src/compose/url-breaks.ts';

const para = (...children: Root['children']): Root => ({
  type: 'root',
  children: [{ type: 'element', tagName: 'p', properties: {}, children: children as never }],
});
const toHtml = (tree: Root) => unified().use(rehypeStringify).stringify(tree);
const text = (value: string) => ({ type: 'text' as const, value });

describe('break opportunities in web addresses', () => {
  it('after a slash or a hyphen, before a query, a parameter, a fragment or a dot; never inside a word', () => {
    const tree = para(text('See https://lists.example.org/mailman/listinfo/labour-history?lang=en#top for more.'));
    breakUrls(tree);
    expect(toHtml(tree)).toBe(
      '<p>See https://lists<wbr>.example<wbr>.org/<wbr>mailman/<wbr>listinfo/<wbr>labour-<wbr>history<wbr>?lang<wbr>=en<wbr>#top for more.</p>',
    );
  });

  it("in a link's text, in www. addresses, and leaves the sentence's closing stop outside the address", () => {
    const tree = para(
      { type: 'element', tagName: 'a', properties: { href: 'https://example.org/a/b' }, children: [text('https://example.org/a/b')] },
      text(' and www.example.org/reports/2024.'),
    );
    breakUrls(tree);
    expect(toHtml(tree)).toBe(
      '<p><a href="https://example.org/a/b">https://example<wbr>.org/<wbr>a/<wbr>b</a> and www<wbr>.example<wbr>.org/<wbr>reports/<wbr>2024.</p>',
    );
  });

  it('leaves code, prose slashes ("and/or") and text without an address alone', () => {
    const tree = para(
      { type: 'element', tagName: 'code', properties: {}, children: [text('https://example.org/x/y')] },
      text(' members and/or delegates, 1917-1921.'),
    );
    const before = toHtml(tree);
    breakUrls(tree);
    expect(toHtml(tree)).toBe(before);
  });
});
