import type { Root } from 'mdast';
import { describe, expect, it } from 'vitest';
import { normalize, toMarkdown } from '../../../src/normalize/index.ts';
import { autolinkReadsBack } from '../../../src/normalize/markdown-links.ts';
import type { SourceFormat } from '../../../src/types.ts';
import { textInput } from './helpers.ts';

/** Normalize, print, read the Markdown back: the second print must equal the first. */
function roundTrip(s: string, from: SourceFormat = 'auto') {
  const md = toMarkdown(normalize(textInput(s), { from }).tree);
  const again = normalize(textInput(md, 'md'));
  return { md, md2: toMarkdown(again.tree), changes: again.changes, tree: again.tree };
}

const linkTree = (url: string, text: string): Root => ({
  type: 'root',
  children: [{ type: 'paragraph', children: [{ type: 'link', url, children: [{ type: 'text', value: text }] }] }],
});

describe('links in the Markdown output', () => {
  // Property-test counterexample (FC_SEED=2): garbage was linked as an address and printed
  // `<+@-.->`, which CommonMark reads as plain text with angle brackets.
  it('keeps `+@-.-` as text, and normalizing the output again changes nothing', () => {
    const { md, md2, changes } = roundTrip('+@-.-');
    expect(md).toBe('+\\@-.-\n');
    expect(md2).toBe(md);
    expect(changes).toEqual([]);
  });

  it('links an address only where remark-gfm would (the domain ends in a letter)', () => {
    expect(roundTrip('write to jo.x+y@mail.example.org.').md).toBe('write to <jo.x+y@mail.example.org>.\n');
    for (const s of ['x@y.z_', 'a.b@c.d1', 'a@b.c-']) {
      const { md, md2 } = roundTrip(s);
      expect(md, s).not.toContain('mailto:');
      expect(md2, s).toBe(md);
    }
  });

  it('prints `[text](url)` when `<text>` would not read back as the link', () => {
    expect(toMarkdown(linkTree('mailto:+@-.-', '+@-.-'))).toBe('[+@-.-](mailto:+@-.-)\n');
    // remark-gfm links `a@b_c.com` on reading, but `<a@b_c.com>` is no CommonMark autolink.
    const { md, md2 } = roundTrip('a@b_c.com');
    expect(md).toBe('[a@b_c.com](mailto:a@b_c.com)\n');
    expect(md2).toBe(md);
  });

  it('keeps the `<…>` form for links that read back', () => {
    expect(toMarkdown(linkTree('mailto:a@b.co', 'a@b.co'))).toBe('<a@b.co>\n');
    expect(toMarkdown(linkTree('http://x.org/a_b', 'http://x.org/a_b'))).toBe('<http://x.org/a_b>\n');
  });

  it('does not change the tree it prints', () => {
    const tree = linkTree('mailto:+@-.-', '+@-.-');
    const before = structuredClone(tree);
    toMarkdown(tree);
    expect(tree).toEqual(before);
  });

  it('knows the CommonMark autolink grammar', () => {
    expect(autolinkReadsBack('mailto:a@b.co', 'a@b.co')).toBe(true);
    expect(autolinkReadsBack('http://x', 'http://x')).toBe(true);
    expect(autolinkReadsBack('mailto:+@-.-', '+@-.-')).toBe(false);
    expect(autolinkReadsBack('mailto:a@b_c.com', 'a@b_c.com')).toBe(false);
    expect(autolinkReadsBack('x:y', 'x:y')).toBe(false); // a scheme has two characters at least
  });
});

describe('note calls in the Markdown output', () => {
  // Property-test counterexample (FC_SEED=18): a call followed by a colon at the start of a
  // paragraph printed as `[^2]:`, which reads back as a note definition.
  it('escape a colon right after a call', () => {
    const { md, md2, changes } = roundTrip('[2]:\n[2]!!');
    expect(md).toBe('[^2]\\:\n\n[^2]: !!\n');
    expect(md2).toBe(md);
    expect(changes).toEqual([]);
  });
});
