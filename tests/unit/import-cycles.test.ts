import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findCycles, importGraph } from '../../scripts/import-cycles.mjs';

describe('import cycles', () => {
  it('src/ has none (type imports, re-exports and import() count too)', () => {
    expect(findCycles(importGraph('src')).map((c) => c.join(' ⇄ '))).toEqual([]);
  });

  it('finds a cycle that runs through a type import', () => {
    const dir = mkdtempSync(join(tmpdir(), 'reader-cycles-'));
    mkdirSync(join(dir, 'a'));
    writeFileSync(join(dir, 'a', 'one.ts'), "import type { Two } from './two.ts';\nexport type One = Two;\n");
    writeFileSync(join(dir, 'a', 'two.ts'), "export { type One } from './one.ts';\nexport type Two = number;\n");
    writeFileSync(join(dir, 'three.ts'), "export const three = () => import('./a/one.ts');\n");
    expect(findCycles(importGraph(dir))).toHaveLength(1);
  });
});
