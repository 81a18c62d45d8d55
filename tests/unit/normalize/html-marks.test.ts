// A saved web page's italics and endnotes (html-marks.ts): kept as emphasis and footnotes, not flattened to plain text.
import { describe, expect, it } from 'vitest';
import { normalize, toMarkdown } from '../../../src/normalize/index.ts';
import { textInput } from './helpers.ts';

const run = (html: string, options = {}) => {
  const res = normalize(textInput(html, 'html'), options);
  return { md: toMarkdown(res.tree), log: res.file.messages.map((m) => `${m.line}:${m.column} ${m.reason} [${m.ruleId}]`) };
};

const page = (body: string) => `<!DOCTYPE html><html><head><title>Care</title></head><body><article>${body}</article></body></html>`;
const prose =
  '<p>Mariarosa Dalla Costa and Selma James wrote its founding text, <em>The Power of Women and the Subversion of the Community</em>.<sup id="fnref1"><a href="#fn-1">1</a></sup> The argument went from Padua to New York in a few years, carried by the women who had organised the first campaigns there.</p>' +
  '<p>Silvia Federici\'s later book, <i>Caliban and the Witch</i>, reads the witch hunts as the enclosure of bodies.<sup><a href="#fn-2" id="r2">2</a></sup> Her critics have asked whether a wage would free care or only price it, and the question is still open.</p>';
const notes =
  '<ol><li id="fn-1"><p>Mariarosa Dalla Costa and Selma James, <em>The Power of Women</em> (Bristol, 1972). <a href="#fnref1">↩</a></p></li>' +
  '<li id="fn-2">Silvia Federici, <em>Caliban and the Witch</em> (Brooklyn: Autonomedia, 2004), 61. <a href="#r2">↩︎</a></li></ol>';

describe('a web page’s italics and endnotes', () => {
  it('keeps <em> and <i> as emphasis', () => {
    const { md } = run(page(prose));
    expect(md).toContain('_The Power of Women and the Subversion of the Community_');
    expect(md).toContain('_Caliban and the Witch_');
  });

  it('reads an <ol> of items with back-links as the notes, its calls as note references, and logs the dropped back-links', () => {
    const { md, log } = run(page(prose + notes));
    expect(md).toContain('Community_.[^1]');
    expect(md).toContain('bodies.[^2]');
    expect(md).toContain('[^1]: Mariarosa Dalla Costa and Selma James, _The Power of Women_ (Bristol, 1972).');
    expect(md).toContain('[^2]: Silvia Federici, _Caliban and the Witch_ (Brooklyn: Autonomedia, 2004), 61.');
    expect(md).not.toContain('↩');
    expect(log.filter((l) => l.includes('[note-definition]') && l.includes('2 endnotes'))).toHaveLength(1);
  });

  it("reads a blog's notes outside a list, linked both ways with their calls, as notes; a note's second paragraph stays in it", () => {
    // Calls as bare numbered links (no <sup>), notes as <div>s whose number links back to the call.
    const blog =
      '<p>Dalla Costa and James wrote its founding text in Padua, and it went from there to New York in a few years, carried by the women who had organised the first campaigns.<a id="call-1" href="#note-1">1</a> The campaigns spread.</p>' +
      '<p>Federici read the witch hunts as the enclosure of bodies, and her critics have asked whether a wage would free care or only price it.<a id="call-2" href="#note-2">2</a></p>' +
      '<div class="note"><a id="note-1" href="#call-1">1</a><div><p>Dalla Costa and James, <em>The Power of Women</em> (Bristol, 1972).</p><p>Reprinted in 1975.</p></div></div>' +
      '<div class="note"><a id="note-2" href="#call-2">2</a><div><p>Federici, <em>Caliban and the Witch</em> (2004), 61.</p></div></div>';
    const { md, log } = run(page(blog));
    expect(md).toContain('campaigns.[^1] The campaigns spread.');
    expect(md).toContain('only price it.[^2]');
    expect(md).toContain('[^1]: Dalla Costa and James, _The Power of Women_ (Bristol, 1972). Reprinted in 1975.');
    expect(md).toContain('[^2]: Federici, _Caliban and the Witch_ (2004), 61.');
    expect(log.filter((l) => l.includes('[note-definition]') && l.includes('2 notes linked'))).toHaveLength(1);
    // The back-links' numbers are accounted for by that line, not logged as page text left out.
    expect(log.filter((l) => l.includes('[html-content]'))).toEqual([]);
    // Off, the numbers stay where they were.
    const off = run(page(blog), { disable: ['note-definition'] });
    expect(off.md).not.toContain('[^1]');
  });

  it('drops a "References" heading over notes only, which would print alone once the notes go to the page feet', () => {
    const { md, log } = run(page(`${prose}<h2>References</h2>${notes}`));
    expect(md).not.toContain('References');
    expect(md).toContain('[^2]: Silvia Federici');
    expect(log.filter((l) => l.includes('`References` over 2 notes only'))).toHaveLength(1);
    // Over a reading list that is no notes, it stays.
    expect(run(page(`${prose}${notes}<h2>References</h2><ul><li>Silvia Federici, Wages against Housework (1975).</li></ul>`)).md).toContain('References');
  });

  it('leaves a number linking to a heading that does not link back as it is (a contents line)', () => {
    const { md } = run(page(`<p>Parts <a href="#p1">1</a> and <a href="#p2">2</a> of this essay.</p><h2 id="p1">One</h2>${prose}<h2 id="p2">Two</h2>${prose}`));
    expect(md).toContain('Parts 1 and 2 of this essay.');
  });

  it('leaves an ordinary numbered list alone, and the notes as a list when rule note-definition is off', () => {
    // Numbered as the page numbers it, and no notes.
    const ordinary = run(page(`${prose}<ol><li>First step</li><li>Second step</li></ol>`)).md;
    expect(ordinary).toMatch(/1\. First step\n2\. Second step/);
    expect(ordinary).not.toContain('[^1]:');
    const off = run(page(prose + notes), { disable: ['note-definition'] });
    expect(off.md).not.toContain('[^1]:');
  });

  it('leaves a word with an italic part plain (no stray underscores)', () => {
    const { md } = run(
      page('<p>This was un<em>believ</em>able, said the women who had organised the first campaigns in Padua and then in New York a few years later on.</p>'),
    );
    expect(md).toContain('unbelievable');
    expect(md).not.toContain('_');
  });

  it('leaves a short block in italics plain (a byline, a date), so the web rules still read it', () => {
    const { md, log } = run(page(`<p>By <em>Marta Lindqvist</em></p><p><em>Published 3 March 2023</em></p>${prose}`));
    expect(md).not.toContain('_Marta');
    expect(md).not.toContain('Published 3 March');
    expect(log.some((l) => l.includes('[web-date]'))).toBe(true);
    expect(md).toContain('_Caliban and the Witch_');
  });
  describe('endnotes with no back-links', () => {
    const oneWay = notes.replace(/ <a href="#[^"]+">↩︎?<\/a>/g, '');
    const unlinked = prose.replace(/<sup[^>]*><a[^>]*>(\d)<\/a><\/sup>/g, '<sup>$1</sup>');
    const plain = oneWay.replace(/ id="fn-\d"/g, '');

    it('reads an <ol> its calls link to as the notes (the notes do not link back)', () => {
      expect(oneWay).not.toContain('↩');
      const { md, log } = run(page(prose + oneWay));
      expect(md).toContain('Community_.[^1]');
      expect(md).toContain('[^2]: Silvia Federici');
      expect(log.filter((l) => l.includes('endnotes that their calls link to'))).toHaveLength(1);
    });

    it('reads an <ol> under a "Notes" heading as the notes when the text calls each of its numbers, by [n] or a superscript', () => {
      for (const body of [
        `${unlinked}<h2>Notes</h2>${plain}`,
        `${prose.replace(/<sup[^>]*><a[^>]*>(\d)<\/a><\/sup>/g, ' [$1]')}<h3>Anmerkungen</h3>${plain}`,
      ]) {
        const { md, log } = run(page(body));
        expect(md).toMatch(/Community_\. ?\[\^1\]/);
        expect(md).toContain('[^2]: Silvia Federici');
        expect(md).not.toMatch(/^#+ (Notes|Anmerkungen)/m);
        expect(log.filter((l) => l.includes('under a notes heading, each called in the text'))).toHaveLength(1);
      }
    });

    it('leaves the list as a numbered list when a number is not called, or the heading names no notes', () => {
      const one = run(page(`${unlinked.replace('<sup>2</sup>', '')}<h2>Notes</h2>${plain}`)).md;
      expect(one).not.toContain('[^1]:');
      expect(one).toMatch(/1\. Mariarosa/);
      expect(run(page(`${unlinked}<h2>Steps</h2>${plain}`)).md).not.toContain('[^1]:');
    });
  });

  it('numbers an <ol> from its start, and two lists in a row stay two lists', () => {
    const md = run(page(`${prose}<ol start="4"><li>Fourth step</li><li>Fifth step</li></ol><p>Then:</p><ol><li>Again</li></ol>`)).md;
    expect(md).toMatch(/4\. Fourth step\n5\. Fifth step/);
    expect(md).toMatch(/1\. Again/);
  });
});
