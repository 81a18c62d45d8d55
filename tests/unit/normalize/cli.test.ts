import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseNormalizeArgs } from '../../../src/cli/normalize.parser.ts';
import { runNormalize } from '../../../src/cli/normalize.runner.ts';

describe('parseNormalizeArgs', () => {
  it('reads FILE with defaults', () => {
    expect(parseNormalizeArgs(['a.txt'])).toEqual({ file: 'a.txt', from: 'auto', help: false });
  });
  it('reads --from and --report', () => {
    expect(parseNormalizeArgs(['a.txt', '--from', 'pdf-text', '--report', 'r.json'])).toEqual({
      file: 'a.txt',
      from: 'pdf-text',
      report: 'r.json',
      help: false,
    });
  });
  it('rejects an unknown kind with a suggestion', () => {
    expect(() => parseNormalizeArgs(['a.txt', '--from', 'pdftext'])).toThrow(/Unknown source kind `pdftext`/);
  });
  it('rejects a missing file, extra files and unknown options', () => {
    expect(() => parseNormalizeArgs([])).toThrow(/Missing FILE/);
    expect(() => parseNormalizeArgs(['a', 'b'])).toThrow(/Expected one FILE/);
    expect(() => parseNormalizeArgs(['a', '--form', 'x'])).toThrow();
  });
  it('allows --help without a file', () => {
    expect(parseNormalizeArgs(['--help']).help).toBe(true);
  });
});

describe('runNormalize', () => {
  it('prints Markdown on stdout, diagnostics on stderr, and writes the JSON report', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'normalize-'));
    const file = join(dir, 'text.txt');
    writeFileSync(file, 'In I925 the debate ended.\n\nA call[3] with no note.\n');
    let out = '';
    let err = '';
    const report = join(dir, 'out', 'report.json');
    const code = await runNormalize({ file, from: 'auto', report, help: false }, { stdout: (s) => (out += s), stderr: (s) => (err += s) });
    expect(code).toBe(0);
    expect(out).toBe('In 1925 the debate ended.\n\nA call\\[3] with no note.\n');
    expect(err).toMatch(/text\.txt:1:4: Unexpected letter in number `I925`, read as `1925` \[ocr-digit\]/);
    expect(err).toMatch(/text\.txt:3:7: Unexpected note call `\[3\]`, no note 3 in this text; kept as text \[note-missing\]/);
    const json = JSON.parse(readFileSync(report, 'utf8')) as { changes: unknown[]; kind: string };
    expect(json.kind).toBe('web-text');
    expect(json.changes).toHaveLength(2);
  });
  it('returns 2 when the file cannot be read', async () => {
    let err = '';
    const code = await runNormalize({ file: '/nonexistent/x.txt', from: 'auto', help: false }, { stdout: () => {}, stderr: (s) => (err += s) });
    expect(code).toBe(2);
    expect(err).toMatch(/Cannot read file: ENOENT/);
  });
});
