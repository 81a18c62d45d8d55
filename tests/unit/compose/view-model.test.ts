import { describe, expect, it } from 'vitest';
import { formatDate, formatNumber, listRange } from '../../../src/compose/helpers.ts';
import { matrixColumns, nameRows, paragraphRanges, topicTables, type TopicRow } from '../../../src/compose/view-model.ts';
import type { Manifest } from '../../../src/manifest/schema.ts';
import type { ReaderAnalysis } from '../../../src/analyze/types.ts';

describe('view model helpers', () => {
  it('groups paragraph numbers into ranges', () => {
    expect(paragraphRanges('t', [9, 3, 4, 5, 5])).toEqual([
      { href: '#t-p3', label: '¶ 3–5' },
      { href: '#t-p9', label: '¶ 9' },
    ]);
  });

  it('splits the topic matrix into tables that fit the page, columns spread evenly', () => {
    const texts = Array.from({ length: 13 }, (_, i) => ({ number: i + 1 }));
    const row: TopicRow = { id: 'x', title: 'X', reach: 13, cells: texts.map((t) => ({ textId: `t${t.number}`, number: t.number, count: 1 })) };
    const tables = topicTables([row], texts, matrixColumns('A5'));
    expect(tables.map((t) => [t.first, t.last])).toEqual([
      [1, 5],
      [6, 10],
      [11, 13],
    ]);
    expect(tables.map((t) => t.rows[0]!.cells.map((c) => c.number))).toEqual([
      [1, 2, 3, 4, 5],
      [6, 7, 8, 9, 10],
      [11, 12, 13],
    ]);
    expect(tables.flatMap((t) => t.texts)).toEqual(texts);
    expect(topicTables([row], texts.slice(0, 5), matrixColumns('A5'))).toHaveLength(1);
    expect(matrixColumns('A4')).toBe(10);
    expect(matrixColumns('A5', 'large-print')).toBe(3);
  });

  it('formats partial dates', () => {
    expect(formatDate('2021-12-12')).toBe('12 December 2021');
    expect(formatDate('2003-03')).toBe('March 2003');
    expect(formatDate('1991')).toBe('1991');
    expect(formatDate('spring 1921')).toBe('spring 1921');
  });

  it('formats numbers as en-GB does', () => {
    const samples = [
      0,
      -0,
      1,
      7,
      12,
      999,
      1000,
      1001,
      12345,
      999999,
      1000000,
      1234567890,
      -1,
      -1000,
      -987654321,
      Number.MAX_SAFE_INTEGER,
      -Number.MAX_SAFE_INTEGER,
      2 ** 60,
      1.5,
      1234.5678,
      -0.25,
      NaN,
      Infinity,
      -Infinity,
    ];
    for (let n = 1; n < 1e15; n = n * 7 + 3) samples.push(n, -n);
    for (const n of samples) expect(formatNumber(n), String(n)).toBe(n.toLocaleString('en-GB'));
    expect(formatNumber('12')).toBe('12');
    expect(formatNumber(undefined)).toBe('');
  });

  it('names note calls compactly', () => {
    expect(listRange([1, 2, 3, 5, 7, 8])).toBe('[1]–[3], [5] and [7]–[8]');
  });

  it("gives each entry of the index of names its own id, though two entries' keys agree", () => {
    const manifest = { texts: [{ id: 't' }] } as unknown as Manifest;
    const entry = (key: string, name: string, p: number) => ({ key, name, sortName: name, variants: [name], refs: [{ textId: 't', paragraphId: `t-p${p}` }] });
    const analysis = {
      names: [entry('page-b', 'Page, Brent Tor', 1), entry('page-b', 'Page, Buckland Abbey', 2), entry('page-b', 'Page, Bere', 3)],
    } as unknown as ReaderAnalysis;
    expect(nameRows(manifest, analysis).map((r) => r.id)).toEqual(['name-page-b', 'name-page-b-2', 'name-page-b-3']);
  });
});
