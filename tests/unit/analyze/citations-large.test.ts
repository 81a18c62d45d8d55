// collectCitations on a text of very many paragraphs: no argument spread per paragraph (it overflowed the stack).
import { describe, expect, it } from 'vitest';
import { VFile } from 'vfile';
import { collectCitations, type FlatParagraph } from '../../../src/analyze/citations.ts';

describe('collectCitations on 150,000 paragraphs', () => {
  it('collects without overflowing the stack', () => {
    const paragraphs: FlatParagraph[] = [];
    for (let n = 1; n <= 150_000; n++) {
      const text = n % 1000 === 0 ? 'As he wrote (Maria Joffe, One Long Night, p. 9).' : 'A short line.';
      paragraphs.push({ id: `t-p${n}`, n, flat: { text, segments: [], emphasis: [], noteCalls: [] } });
    }
    const { citations } = collectCitations({ type: 'root', children: [] }, paragraphs, new VFile({ value: '' }));
    expect(citations).toHaveLength(150);
    expect(new Set(citations.map((c) => c.sourceKey))).toEqual(new Set(['joffe:one-long-night']));
  });
});
