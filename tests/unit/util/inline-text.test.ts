import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { inlineText } from '../../../src/util/inline-text.ts';

const text = (html: string) => inlineText(parseHTML(`<!doctype html><html><body><div id="x">${html}</div></body></html>`).document.getElementById('x')!);

describe('inlineText', () => {
  it('sets apart two inline elements a saved page put side by side ("Carrie ArnoldNovember 15")', () => {
    expect(text('<span class="author">Carrie Arnold</span><time>November 15, 2024</time>')).toBe('Carrie Arnold November 15, 2024');
    expect(text('<a rel="author">Claire Dubois</a><span class="date">12 mars 2022</span>')).toBe('Claire Dubois 12 mars 2022');
    expect(text('<span>Issue</span><span>14</span>')).toBe('Issue 14');
  });

  it('keeps one word split over elements, a note call and text already spaced as it is', () => {
    expect(text('<b>W</b><span>ord</span>')).toBe('Word');
    expect(text('un<em>believ</em>able')).toBe('unbelievable');
    expect(text('the strike<sup>1</sup> spread')).toBe('the strike1 spread');
    expect(text('<span>Carrie Arnold</span> <time>15 November</time>')).toBe('Carrie Arnold 15 November');
    expect(text('<span>Anna</span><span>, and</span>')).toBe('Anna, and');
    expect(text('<script>var a = 1</script><span>Text</span>')).toBe('Text');
  });
});
