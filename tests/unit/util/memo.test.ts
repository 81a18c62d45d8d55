import { describe, expect, it } from 'vitest';
import { memoOn, storeMemo, type MemoStore } from '../../../src/util/memo.ts';

describe('memoOn', () => {
  it('makes a value once per owner, slot and key', () => {
    const owner = {};
    let made = 0;
    const make = () => ({ n: ++made });
    const first = memoOn(owner, 'article', 'k1', make);
    expect(memoOn(owner, 'article', 'k1', make)).toBe(first);
    expect(made).toBe(1);
    // Another owner (an edited text is a new document) or another slot makes its own.
    expect(memoOn({}, 'article', 'k1', make)).not.toBe(first);
    expect(memoOn(owner, 'section', 'k1', make)).not.toBe(first);
    expect(made).toBe(3);
  });

  it('makes it again when the key changes, and keeps only the latest per slot', () => {
    const owner = {};
    let made = 0;
    const make = () => ++made;
    expect(memoOn(owner, 'article', 'title A', make)).toBe(1);
    expect(memoOn(owner, 'article', 'title B', make)).toBe(2);
    // The value for 'title A' was dropped when 'title B' took the slot.
    expect(memoOn(owner, 'article', 'title A', make)).toBe(3);
    expect(memoOn(owner, 'article', 'title A', make)).toBe(3);
  });

  it('reads a stored memo once, and stores the whole memo after each new value', () => {
    const saved: Array<Record<string, { key: string; value: unknown }>> = [];
    let loads = 0;
    const store: MemoStore = {
      load: () => (loads++, { article: { key: 'k1', value: 'from disk' } }),
      save: (record) => void saved.push(record),
    };
    const owner = {};
    storeMemo(owner, store);
    const make = () => 'made';
    expect(memoOn(owner, 'article', 'k1', make)).toBe('from disk');
    expect(saved).toEqual([]);
    expect(memoOn(owner, 'markdown', '', make)).toBe('made');
    expect(memoOn(owner, 'article', 'k2', make)).toBe('made');
    expect(loads).toBe(1);
    expect(saved.at(-1)).toEqual({ article: { key: 'k2', value: 'made' }, markdown: { key: '', value: 'made' } });
    expect(saved).toHaveLength(2);
  });
});
