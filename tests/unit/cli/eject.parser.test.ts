import { describe, expect, it } from 'vitest';
import { ejectHelp, parseEjectArgs } from '../../../src/cli/eject.parser.ts';

describe('parseEjectArgs', () => {
  it('reads the kinds, --force and --config', () => {
    expect(parseEjectArgs(['templates'])).toEqual({ kinds: ['templates'], config: 'reader.yaml', force: false, help: false });
    expect(parseEjectArgs(['templates', 'styles', '--force', '-c', 'a.yaml'])).toEqual({
      kinds: ['templates', 'styles'],
      config: 'a.yaml',
      force: true,
      help: false,
    });
  });

  it('suggests the closest kind on a typo', () => {
    expect(() => parseEjectArgs(['style'])).toThrow(expect.objectContaining({ message: 'Cannot eject `style`', hint: expect.stringContaining('`styles`') }));
  });

  it('suggests the closest option on a typo', () => {
    expect(() => parseEjectArgs(['styles', '--forse'])).toThrow(expect.objectContaining({ hint: expect.stringContaining('`--force`') }));
  });

  it('needs a kind, except for --help', () => {
    expect(() => parseEjectArgs([])).toThrow(expect.objectContaining({ code: 'CliArgs' }));
    expect(parseEjectArgs(['--help']).help).toBe(true);
    expect(ejectHelp).toContain('Examples:');
  });
});
