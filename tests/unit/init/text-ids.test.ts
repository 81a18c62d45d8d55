import { describe, expect, it } from 'vitest';
import { slugify, uniqueIds } from '../../../src/init/text-ids.ts';

describe('slugify', () => {
  it('makes schema-valid ids that start with a letter', () => {
    expect(slugify('003-woods-stalin-50-years.txt')).toBe('woods-stalin-50-years');
    expect(slugify('Martínez — República.HTML')).toBe('martinez-republica');
    expect(slugify('002_31b2e773913ae31c.txt')).toBe('text-002-31b2e773913ae31c');
    expect(slugify('...pdf')).toBe('text');
    for (const name of ['003-x.txt', 'Ünïcödé.md', '42.txt', '-a-.pdf']) expect(slugify(name)).toMatch(/^[a-z][a-z0-9-]*$/);
  });
});

describe('uniqueIds', () => {
  it('numbers repeated slugs', () => {
    expect(uniqueIds(['a.txt', 'a.md', 'A.html', 'b.txt'])).toEqual(['a', 'a-2', 'a-3', 'b']);
  });
});
