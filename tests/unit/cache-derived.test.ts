import { describe, expect, it } from 'vitest';
import { Derived, type DerivedStore } from '../../src/cache/derived.ts';

describe('Derived', () => {
  it('makes a value once per text, slot and key', () => {
    const derived = new Derived();
    let made = 0;
    const make = () => ({ n: ++made });
    const first = derived.get('article', 'k1', make);
    expect(derived.get('article', 'k1', make)).toBe(first);
    expect(made).toBe(1);
    // Another text's record (an edited text is a new prepared text) or another slot makes its own.
    expect(new Derived().get('article', 'k1', make)).not.toBe(first);
    expect(derived.get('section', 'k1', make)).not.toBe(first);
    expect(made).toBe(3);
  });

  it('makes it again when the key changes, and keeps only the latest per slot', () => {
    const derived = new Derived();
    let made = 0;
    const make = () => ++made;
    expect(derived.get('article', 'title A', make)).toBe(1);
    expect(derived.get('article', 'title B', make)).toBe(2);
    // The value for 'title A' was dropped when 'title B' took the slot.
    expect(derived.get('article', 'title A', make)).toBe(3);
    expect(derived.get('article', 'title A', make)).toBe(3);
  });

  it('reads a stored record once, and stores the whole record after each new value', () => {
    const saved: Array<Record<string, { key: string; value: unknown }>> = [];
    let loads = 0;
    const store: DerivedStore = {
      load: () => (loads++, { article: { key: 'k1', value: 'from disk' } }),
      save: (record) => void saved.push(record),
    };
    const derived = new Derived(store);
    const make = () => 'made';
    expect(derived.get('article', 'k1', make)).toBe('from disk');
    expect(saved).toEqual([]);
    expect(derived.get('markdown', '', make)).toBe('made');
    expect(derived.get('article', 'k2', make)).toBe('made');
    expect(loads).toBe(1);
    expect(saved.at(-1)).toEqual({ article: { key: 'k2', value: 'made' }, markdown: { key: '', value: 'made' } });
    expect(saved).toHaveLength(2);
  });

  it('writes to the store it was last given', () => {
    const a: unknown[] = [];
    const b: unknown[] = [];
    const derived = new Derived({ load: () => undefined, save: (r) => void a.push(r) });
    derived.get('x', '1', () => 1);
    derived.keepIn({ load: () => undefined, save: (r) => void b.push(r) });
    derived.get('y', '1', () => 2);
    expect(a).toHaveLength(1);
    expect(b).toEqual([{ x: { key: '1', value: 1 }, y: { key: '1', value: 2 } }]);
  });
});
