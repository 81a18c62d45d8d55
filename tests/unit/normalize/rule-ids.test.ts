// rules.disable is checked against SWITCHABLE_RULES: the list must be exactly the rules the
// normalizer asks about, or a valid id would be refused (or a dead one accepted).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { SWITCHABLE_RULES } from '../../../src/normalize/rule-ids.ts';

it('lists every rule the normalizer can switch off, and no other', () => {
  const dir = 'src/normalize';
  const source = readdirSync(dir).filter((f) => f.endsWith('.ts') && f !== 'rule-ids.ts').map((f) => readFileSync(join(dir, f), 'utf8')).join('\n');
  // Rules asked about by name, plus the tail rules chosen by tailRule().
  const asked = new Set([...source.matchAll(/\.on\('([a-z-]+)'\)/g)].map((m) => m[1]!));
  for (const m of source.matchAll(/'(web-(?:appeal|tags|nav))'/g)) asked.add(m[1]!);
  expect([...asked].sort()).toEqual([...SWITCHABLE_RULES].sort());
});
