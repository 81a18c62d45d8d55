import { describe, expect, it } from 'vitest';
import { parseCheckArgs } from '../../../src/cli/check.parser.ts';
import { runCheck } from '../../../src/cli/check.runner.ts';
import { samplePdf } from '../accessibility/fixtures.ts';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

describe('reader check', () => {
  it('parses one FILE and --json', () => {
    expect(parseCheckArgs(['out/reader.pdf', '--json'])).toEqual({ file: 'out/reader.pdf', json: true, help: false });
    expect(() => parseCheckArgs([])).toThrow(/Missing FILE/);
    expect(() => parseCheckArgs(['a.pdf', 'b.pdf'])).toThrow(/one FILE/);
    expect(() => parseCheckArgs(['a.pdf', '--jsn'])).toThrow();
  });

  it('prints one line per check and exits 1 when one fails', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'reader-check-'));
    const good = join(dir, 'good.pdf');
    const bad = join(dir, 'bad.pdf');
    await writeFile(good, await samplePdf());
    await writeFile(bad, await samplePdf('linkcontents'));
    let out = '';
    const io = { stdout: (s: string) => void (out += s), stderr: () => {}, isTTY: false };
    expect(await runCheck({ file: good, json: false, help: false }, io)).toBe(0);
    expect(out).toMatch(/^PASS {2}7\.1-3 /m);
    out = '';
    expect(await runCheck({ file: bad, json: false, help: false }, io)).toBe(1);
    expect(out).toMatch(/^FAIL {2}7\.18\.5-2 /m);
  });
});
