import type { Root } from 'mdast';
import { describe, expect, it } from 'vitest';
import { checkMarkdownLimits } from '../../../src/ingest/markdown-limits.ts';
import { parseMarkdown } from '../../../src/normalize/markdown.ts';

const count = (tree: Root, type: string): number => {
  let n = 0;
  const walk = (node: { type: string; children?: unknown[] }) => {
    if (node.type === type) n++;
    for (const c of node.children ?? []) walk(c as { type: string; children?: unknown[] });
  };
  walk(tree);
  return n;
};

describe('footnote ids (looked up in a Set)', () => {
  it('resolves calls to definitions anywhere, the first line included', () => {
    const tree = parseMarkdown('[^a]: First note.\n\nText[^a] and[^b], not[^c].\n\n[^b]: Second note.\n');
    expect(count(tree, 'footnoteDefinition')).toBe(2);
    expect(count(tree, 'footnoteReference')).toBe(2);
    // A call with no definition stays text.
    expect(JSON.stringify(tree)).toContain('[^c]');
  });

  it('resolves 500 notes in their order', () => {
    const n = 500;
    const md = `${Array.from({ length: n }, (_, i) => `Word.[^${i + 1}]`).join('\n\n')}\n\n${Array.from({ length: n }, (_, i) => `[^${i + 1}]: Note ${i + 1}.`).join('\n\n')}\n`;
    const tree = parseMarkdown(md);
    expect(count(tree, 'footnoteDefinition')).toBe(n);
    expect(count(tree, 'footnoteReference')).toBe(n);
  });
});

describe('checkMarkdownLimits', () => {
  const limits = { blocks: 5, notes: 2, emphasis: 4 };
  const at = (text: string) => {
    try {
      checkMarkdownLimits(text, 'a.md', limits);
      return 'ok';
    } catch (e) {
      return `${(e as { line: string }).line}`;
    }
  };

  it('refuses the block past the limit, at its line', () => {
    expect(at('a\n\nb\n\nc\n\nd\n\ne\n')).toBe('ok');
    expect(at('a\n\nb\n\nc\n\nd\n\ne\n\nf\n')).toMatch(/^a\.md:11:1: Markdown source has more than 5 blocks/);
  });

  it('refuses the footnote definition past the limit, at its line and column', () => {
    expect(at('x\n[^1]: a\n[^2]: b\n')).toBe('ok');
    expect(at('x\n[^1]: a\n[^2]: b\n  [^3]: c\n')).toMatch(/^a\.md:4:3: Markdown source has more than 2 footnote definitions/);
  });

  it('counts runs of * and _ per paragraph, not list or heading markers, not in code fences', () => {
    expect(at('*a* **b**\n\n_c_ d\n')).toBe('ok');
    expect(at('x\n\n*a* *b* *c\n')).toMatch(/^a\.md:3:1: A paragraph with more than 4 emphasis marks/);
    expect(at('* a\n* b\n* c\n* d\n* e\n* f\n')).toBe('ok');
    expect(at('# *a* *b*\n*c* *d* *e*\n')).toMatch(/^a\.md:2:1: /);
    expect(at('```\n*a* *b* *c*\n```\n')).toBe('ok');
  });
});
