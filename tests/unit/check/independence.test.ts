import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// The checker shares no code with the writer: not src/pdf or src/accessibility, and not the
// writer's PDF library either, so that a fault in how the writer reads or writes a PDF is not
// repeated in the reading that judges it (issue #20).
describe('src/check', () => {
  it('imports only its own files, Node and an HTML parser: no writer code, no pdf-lib', () => {
    const dir = 'src/check';
    const imports = readdirSync(dir)
      .filter((f) => f.endsWith('.ts'))
      .flatMap((f) =>
        [...readFileSync(join(dir, f), 'utf8').matchAll(/(?:import|export)[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]/g)].map(
          (m) => `${f}: ${m[1] ?? m[2]}`,
        ),
      );
    expect(imports.length).toBeGreaterThan(10);
    const foreign = imports.filter((i) => !/: (?:\.\/[\w-]+\.ts|node:\w+|htmlparser2)$/.test(i));
    expect(foreign).toEqual([]);
  });
});
