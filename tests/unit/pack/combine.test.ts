import { describe, expect, it } from 'vitest';
import { combinePacks, prefixIds } from '../../../src/pack/combine.ts';
import { shareOut } from '../../../src/util/share-out.ts';

describe('packs laid out together', () => {
  it('prefixes ids, id references and fragment links, and nothing else', () => {
    const html =
      '<h2 id="t">T</h2><table aria-labelledby="t u"><td headers="a">x</td></table><a href="#t">go</a><a href="https://x.org/#t">out</a><span class="footnote" data-note-id="n-1">1</span><p data-para="3">p</p>';
    expect(prefixIds(html, 'r1--')).toBe(
      '<h2 id="r1--t">T</h2><table aria-labelledby="r1--t r1--u"><td headers="r1--a">x</td></table><a href="#r1--t">go</a><a href="https://x.org/#t">out</a><span class="footnote" data-note-id="r1--n-1">1</span><p data-para="3">p</p>',
    );
  });

  it('keeps the first document head and puts each body in a run of its own', () => {
    const doc = (title: string, body: string) => `<!doctype html><html><head><title>${title}</title></head><body class="pack">${body}</body></html>`;
    const combined = combinePacks([doc('A', '<h1 id="x">A</h1>'), doc('B', '<h1 id="x">B</h1>')]);
    expect(combined).toContain('<title>A</title>');
    expect(combined).not.toContain('<title>B</title>');
    expect(combined).toContain('<div class="pack-run" id="pack-run-0" data-pack-run="0">\n<h1 id="r0--x">A</h1>');
    expect(combined).toContain('<div class="pack-run" id="pack-run-1" data-pack-run="1">\n<h1 id="r1--x">B</h1>');
    expect(combined.match(/<body/g)).toHaveLength(1);
  });

  it('shares packs out into documents of about equal length, largest first', () => {
    const groups = shareOut([5, 40, 7, 9, 8, 10, 12, 6], 2, (n) => n);
    expect(groups).toHaveLength(2);
    const loads = groups.map((g) => g.reduce((a, b) => a + b, 0));
    expect(Math.abs(loads[0]! - loads[1]!)).toBeLessThanOrEqual(5);
    expect(groups.flat().sort((a, b) => a - b)).toEqual([5, 6, 7, 8, 9, 10, 12, 40]);
    expect(shareOut([1], 4, (n) => n)).toEqual([[1]]);
  });
});
