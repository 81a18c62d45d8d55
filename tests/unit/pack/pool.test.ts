import { describe, expect, it } from 'vitest';
import { mapPool } from '../../../src/pack/pool.ts';

describe('mapPool', () => {
  it('runs at most `limit` at once and keeps results in input order', async () => {
    let running = 0;
    let peak = 0;
    const out = await mapPool([30, 10, 20, 5, 1], 2, async (ms, i) => {
      peak = Math.max(peak, ++running);
      await new Promise((r) => setTimeout(r, ms));
      running--;
      return i;
    });
    expect(out).toEqual([0, 1, 2, 3, 4]);
    expect(peak).toBe(2);
  });

  it('stops starting work after a failure and rethrows it', async () => {
    const started: number[] = [];
    await expect(
      mapPool([1, 2, 3, 4], 1, async (n) => {
        started.push(n);
        if (n === 2) throw new Error('boom');
        return n;
      }),
    ).rejects.toThrow('boom');
    expect(started).toEqual([1, 2]);
  });
});
