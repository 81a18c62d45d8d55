import { describe, expect, it } from 'vitest';
import { sourceText } from '../../../src/check/source.ts';
import { compareWords, words } from '../../../src/check/words.ts';

describe('words', () => {
  it('are letters, lower-cased, soft hyphens out; numbers are not words', () => {
    expect(words('Lenin’s foun\u00addations, 1918–21: “Stalin”')).toEqual(["lenin's", 'foundations', 'stalin']);
  });
});

describe('compareWords', () => {
  const source = words('the revolution has been betrayed by the bureaucracy');
  it('passes the same words', () => {
    expect(compareWords(source, source)).toMatchObject({ recall: 1, precision: 1, broken: [], joined: [], order: 1 });
  });
  it('finds a word read in two pieces, and two words read as one', () => {
    const c = compareWords(words('the revo lution hasbeen betrayed by the bureaucracy'), source);
    expect(c.broken).toEqual(['revo|lution']);
    expect(c.joined).toEqual(['hasbeen']);
    expect(c.recall).toBeLessThan(1);
  });
  it('finds words out of order', () => {
    const long = words('one two three four five six seven eight nine ten eleven twelve');
    const moved = [...long.slice(6), ...long.slice(0, 6)];
    expect(compareWords(moved, long).order).toBeLessThan(0.99);
    expect(compareWords(moved, long).recall).toBe(1);
  });
});

describe('sourceText', () => {
  it('reads blocks apart and inline text together, images as their alt, and no aria-hidden part', () => {
    const text = sourceText(
      '<!doctype html><html><body><h1>Title</h1><p>Some <em>em</em>phasis<span aria-hidden="true">hidden</span></p><img alt="A map"><p>Next</p></body></html>',
    );
    expect(words(text)).toEqual(['title', 'some', 'emphasis', 'a', 'map', 'next']);
  });
  it('reads a footnote after the block that calls it, where the tags put its Note', () => {
    const text = sourceText(
      '<!doctype html><html><body><p>Before<a class="note-call">1</a><span class="footnote"><span class="note-num">1</span> The note.</span> after.</p><p>Next</p></body></html>',
    );
    expect(words(text)).toEqual(['before', 'after', 'the', 'note', 'next']);
  });
  it('reads two footnotes of one block in the order they are called', () => {
    const text = sourceText(
      '<!doctype html><html><body><p>One<span class="footnote">First note.</span> two<span class="footnote">Second note.</span></p><p>Next</p></body></html>',
    );
    expect(words(text)).toEqual(['one', 'two', 'first', 'note', 'second', 'note', 'next']);
  });
  // As the DOM (linkedom) read these before sourceText built its own light tree from htmlparser2's events.
  it('reads a note inside a note after the notes of its block, a note under a hidden inline after its block', () => {
    const nested = sourceText(
      '<html><body><p>One<span class="footnote">First <span class="footnote">inner</span> note.</span> two<span class="footnote">Second note.</span></p><p>Next</p></body></html>',
    );
    expect(words(nested)).toEqual(['one', 'two', 'first', 'note', 'second', 'note', 'inner', 'next']);
    const hidden = sourceText(
      '<html><body><p>a<span aria-hidden="true">hid<span class="footnote">escaped note</span></span>b</p><div hidden>gone<span class="footnote">n2</span></div></body></html>',
    );
    expect(words(hidden)).toEqual(['ab', 'escaped', 'note', 'n']);
  });
  it("leaves out a template's content and an svg's style, and reads nothing where the document has no body after its head", () => {
    const text = sourceText(
      '<html><body><p>a<template><p class="footnote">tpl</p></template>b</p><svg><style>.x{}</style><text>svg text</text></svg></body></html>',
    );
    expect(words(text)).toEqual(['ab', 'svg', 'text']);
    expect(words(sourceText('<html><head><title>t</title></head><div>between</div><body><p>x</p></body></html>'))).toEqual([]);
  });
});
