import { describe, expect, it } from 'vitest';
import { initHelp, parseInitArgs } from '../../../src/cli/init.parser.ts';

describe('parseInitArgs', () => {
  it('defaults to the current folder', () => {
    expect(parseInitArgs([])).toEqual({ dir: '.', files: [], eject: [], force: false, help: false });
  });

  it('reads DIR, --from, --eject and --force', () => {
    expect(parseInitArgs(['my-reader', '--from', 'texts', '--eject', 'templates,styles', '-f'])).toEqual({
      dir: 'my-reader',
      from: 'texts',
      files: [],
      eject: ['templates', 'styles'],
      force: true,
      help: false,
    });
  });

  it('suggests the closest option on a typo', () => {
    expect(() => parseInitArgs(['--form', 'texts'])).toThrow(
      expect.objectContaining({ code: 'CliArgs', message: 'Unknown option `--form`', hint: expect.stringContaining('`--from`') }),
    );
  });

  it('suggests the closest eject kind', () => {
    expect(() => parseInitArgs(['--eject', 'template'])).toThrow(expect.objectContaining({ hint: expect.stringContaining('`templates`') }));
  });

  it('refuses two folders', () => {
    expect(() => parseInitArgs(['a', 'b'])).toThrow(expect.objectContaining({ code: 'CliArgs', hint: expect.stringContaining('--from') }));
  });

  it('takes texts named one by one, by their kind, beside a folder', () => {
    expect(parseInitArgs(['essay.md', 'page.HTML', 'report.pdf'])).toMatchObject({ dir: '.', files: ['essay.md', 'page.HTML', 'report.pdf'] });
    expect(parseInitArgs(['my-reader', 'a.txt'])).toMatchObject({ dir: 'my-reader', files: ['a.txt'] });
    expect(() => parseInitArgs(['a.txt', '--from', 'texts'])).toThrow(
      expect.objectContaining({ code: 'CliArgs', message: expect.stringContaining('`--from` and texts') }),
    );
  });

  it('has help with examples', () => {
    expect(parseInitArgs(['--help']).help).toBe(true);
    expect(initHelp).toContain('Examples:');
  });
});
