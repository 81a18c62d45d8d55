import { describe, expect, it } from 'vitest';
import { renderNormalizeReport } from '../../../src/normalize/report.ts';

describe('renderNormalizeReport', () => {
  it('escapes everything and counts changes per rule', () => {
    const html = renderNormalizeReport([
      {
        id: 'a<b>',
        source: '<script>alert(1)</script>\nI925',
        result: 'x & y',
        changes: [{ rule: 'ocr-digit', line: 2, column: 1, before: 'I925', after: '1925' }],
      },
    ]);
    expect(html).not.toContain('<script>alert');
    expect(html).toContain('&lt;script&gt;');
    expect(html).toContain('x &amp; y');
    expect(html).toContain('ocr-digit: 1');
    expect(html).toMatch(/class="hit ocr-digit"/);
    expect(html.startsWith('<!doctype html>')).toBe(true);
  });
});
