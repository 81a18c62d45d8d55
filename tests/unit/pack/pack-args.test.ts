import { describe, expect, it } from 'vitest';
import { parsePackArgs } from '../../../src/cli/pack.parser.ts';
import { isReaderError } from '../../../src/errors.ts';

function fails(argv: string[]): { message: string; hint?: string } {
  try {
    parsePackArgs(argv);
  } catch (e) {
    if (isReaderError(e)) return { message: e.message, ...(e.hint ? { hint: e.hint } : {}) };
    throw e;
  }
  throw new Error(`expected ${argv.join(' ')} to fail`);
}

describe('parsePackArgs', () => {
  it('takes topics with defaults', () => {
    expect(parsePackArgs(['kronstadt', 'bureaucracy'])).toEqual({
      topics: ['kronstadt', 'bureaucracy'],
      all: false,
      context: 1,
      config: 'reader.yaml',
      quiet: false,
      epub: false,
      help: false,
    });
  });

  it('takes every option', () => {
    expect(parsePackArgs(['--all', '--context', '3', '--out', 'x/packs', '--config', 'r.yaml', '--reader', 'x', '-q', '--epub'])).toEqual({
      topics: [],
      all: true,
      context: 3,
      config: 'r.yaml',
      out: 'x/packs',
      reader: 'x',
      quiet: true,
      epub: true,
      help: false,
    });
    expect(parsePackArgs(['-n', '0', 'kronstadt']).context).toBe(0);
    expect(parsePackArgs(['--context=2', 'kronstadt']).context).toBe(2);
  });

  it('rejects a context that is not a small whole number', () => {
    for (const bad of ['-1', '1.5', 'two', '21', '']) expect(fails(['kronstadt', `--context=${bad}`]).message).toContain('is not a whole number from 0 to 20');
  });

  it('needs topics or --all, not both and not neither', () => {
    expect(fails([]).message).toBe('No topic to pack');
    expect(fails(['--all', 'kronstadt']).message).toContain('Both `--all` and topics');
  });

  it('suggests the option meant', () => {
    const e = fails(['kronstadt', '--contxt', '2']);
    expect(e.message).toContain('Unknown option `--contxt`');
    expect(e.hint).toContain('`--context`');
  });

  it('lets --help through without topics', () => {
    expect(parsePackArgs(['--help']).help).toBe(true);
  });
});
