import { describe, expect, it } from 'vitest';
import { VFile } from 'vfile';
import { normalize, toMarkdown } from '../../../src/normalize/index.ts';

const input = (value: string, extension: string) => ({ id: 't', file: new VFile({ path: `t.${extension}`, value }), encoding: 'utf-8' as const, extension });

describe('Unicode NFC', () => {
  // Found by the idempotency property: U+1025 + U+102E composes to U+1026 (Myanmar).
  it('composes decomposed characters of any script, in plain text as in Markdown', () => {
    // And U+2F800, a CJK compatibility ideograph, is the singleton U+4E3D under NFC.
    const decomposed = 'A line with \u1025\u102E, \u{2F800} and cafe\u0301.\n';
    for (const ext of ['txt', 'md']) {
      const md = toMarkdown(normalize(input(decomposed, ext)).tree);
      expect(md, ext).toContain('\u1026');
      expect(md, ext).toContain('caf\u00e9');
      expect(md, ext).toContain('\u4E3D');
      expect(md, ext).toBe(md.normalize('NFC'));
    }
  });
});

describe('the NFC prefilter', () => {
  it('lets through every code point that NFC changes', async () => {
    const { MAY_CHANGE_UNDER_NFC } = await import('../../../src/normalize/chars.ts');
    const missed: string[] = [];
    for (let c = 0; c < 0x30000; c++) {
      if (c >= 0xd800 && c <= 0xdfff) continue;
      const s = String.fromCodePoint(c);
      if (s.normalize('NFC') !== s && !MAY_CHANGE_UNDER_NFC.test(s)) missed.push(c.toString(16));
    }
    expect(missed).toEqual([]);
  });
});
