import { describe, expect, it } from 'vitest';
import { buildHelp, parseBuildArgs } from '../../../src/cli/build.parser.ts';

describe('parseBuildArgs: quick mode', () => {
  it('a plain build has no files', () => {
    expect(parseBuildArgs([])).toMatchObject({ config: 'reader.yaml', files: [] });
  });

  it('takes files, with --title and --out', () => {
    expect(parseBuildArgs(['a.txt', 'b.pdf', '--title', ' Housing ', '-o', 'pdfs'])).toMatchObject({
      files: ['a.txt', 'b.pdf'],
      title: 'Housing',
      out: 'pdfs',
    });
  });

  it('refuses files with --config, files with --watch, and --title without files', () => {
    expect(() => parseBuildArgs(['a.txt', '--config', 'reader.yaml'])).toThrow(
      expect.objectContaining({ code: 'CliArgs', message: expect.stringContaining('`--config` and files') }),
    );
    expect(() => parseBuildArgs(['a.txt', '--watch'])).toThrow(expect.objectContaining({ code: 'CliArgs', hint: expect.stringContaining('reader init FILE') }));
    expect(() => parseBuildArgs(['--title', 'X'])).toThrow(expect.objectContaining({ code: 'CliArgs', message: expect.stringContaining('quick mode') }));
    expect(() => parseBuildArgs(['a.txt', '--title', '  '])).toThrow(expect.objectContaining({ code: 'CliArgs', message: '`--title` is empty' }));
  });

  it('says so in its help', () => {
    expect(buildHelp).toContain('reader build [options] FILE…');
    expect(buildHelp).toMatch(/reader build essay\.md .*# quick mode/);
  });
});
