import { describe, expect, it } from 'vitest';
import { parsePreviewArgs, previewHelp } from '../../../src/cli/preview.parser.ts';

describe('parsePreviewArgs', () => {
  it('defaults', () => {
    expect(parsePreviewArgs([])).toEqual({ config: 'reader.yaml', help: false });
  });

  it('reads --port (0 allowed) and --config', () => {
    expect(parsePreviewArgs(['--port', '0', '-c', 'x/reader.yaml'])).toEqual({ config: 'x/reader.yaml', port: 0, help: false });
    expect(parsePreviewArgs(['-p', '8080']).port).toBe(8080);
  });

  it('refuses a bad port', () => {
    for (const bad of ['-1', '70000', 'abc', '80.5']) expect(() => parsePreviewArgs(['--port', bad])).toThrow(expect.objectContaining({ code: 'CliArgs' }));
  });

  it('suggests the closest option, and refuses positionals', () => {
    expect(() => parsePreviewArgs(['--prot', '1'])).toThrow(expect.objectContaining({ hint: expect.stringContaining('`--port`') }));
    expect(() => parsePreviewArgs(['reader.yaml'])).toThrow(expect.objectContaining({ message: 'Unexpected argument `reader.yaml`' }));
  });

  it('has help with examples', () => {
    expect(parsePreviewArgs(['-h']).help).toBe(true);
    expect(previewHelp).toContain('Examples:');
  });
});
