import { describe, expect, it } from 'vitest';
import type { Element, Root } from 'hast';
import { stackWideTables } from '../../../src/compose/stack-tables.ts';

const cell = (tag: 'th' | 'td', text: string, properties: Element['properties'] = {}): Element => ({
  type: 'element',
  tagName: tag,
  properties,
  children: [{ type: 'text', value: text }],
});
const row = (...cells: Element[]): Element => ({ type: 'element', tagName: 'tr', properties: {}, children: cells });
const table = (head: string[], ...body: string[][]): Root => ({
  type: 'root',
  children: [
    {
      type: 'element',
      tagName: 'table',
      properties: {},
      children: [
        { type: 'element', tagName: 'thead', properties: {}, children: [row(...head.map((h) => cell('th', h)))] },
        { type: 'element', tagName: 'tbody', properties: {}, children: body.map((r) => row(...r.map((c) => cell('td', c)))) },
      ],
    },
  ],
});
const A5_LARGE = { measure: 320, fontSize: 16 };
const text = (n: Element | Root): string => n.children.map((c) => (c.type === 'text' ? c.value : c.type === 'element' ? text(c) : '')).join(' ');

describe('stackWideTables', () => {
  it('sets a table whose words cannot all stay whole a record at a time, each value beside its heading', () => {
    const tree = table(['Year', 'Branch', 'Members', 'Outcome'], ['1976', 'Wolverhampton', '2,000', 'Remembered'], ['2014', 'Birmingham', '300', 'Rejected']);
    stackWideTables(tree, A5_LARGE);
    const t = tree.children[0] as Element;
    expect(t.properties.className).toEqual(['stacked']);
    const rows = (t.children[0] as Element).children as Element[];
    expect(rows).toHaveLength(8);
    expect(rows.map((r) => text(r).replace(/\s+/g, ' ').trim())).toEqual([
      'Year 1976',
      'Branch Wolverhampton',
      'Members 2,000',
      'Outcome Remembered',
      'Year 2014',
      'Branch Birmingham',
      'Members 300',
      'Outcome Rejected',
    ]);
    // Row headers, and each record's first row marked for its rule.
    expect((rows[1]!.children[0] as Element).properties).toEqual({ scope: 'row' });
    expect(rows.filter((r) => (r.properties.className as string[] | undefined)?.includes('record'))).toHaveLength(2);
  });

  it('leaves a table whose words fit, and one with spanning cells', () => {
    const narrow = table(['Item', '2023', '2024'], ['Rent', '600', '650']);
    const before = structuredClone(narrow);
    stackWideTables(narrow, A5_LARGE);
    expect(narrow).toEqual(before);
    const spanning = table(['Year', 'Branch', 'Members', 'Outcome'], ['1976', 'Wolverhampton', '2,000', 'Remembered']);
    ((((spanning.children[0] as Element).children[1] as Element).children[0] as Element).children[0] as Element).properties.colSpan = 2;
    const spanBefore = structuredClone(spanning);
    stackWideTables(spanning, A5_LARGE);
    expect(spanning).toEqual(spanBefore);
  });

  it('fits more on a wider page', () => {
    const tree = table(['Year', 'Branch', 'Members', 'Outcome'], ['1976', 'Wolverhampton', '2,000', 'Remembered']);
    stackWideTables(tree, { measure: 442, fontSize: 16 });
    expect((tree.children[0] as Element).properties.className).toBeUndefined();
  });
});
