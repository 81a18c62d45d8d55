import { describe, expect, it } from 'vitest';
import { compileTopics } from '../../../src/analyze/index.ts';
import { isReaderError, type ReaderError } from '../../../src/errors.ts';
import { resolveTopics, slugify } from '../../../src/pack/resolve-topics.ts';

const topics = compileTopics([
  { id: 'socialism-in-one-country', title: 'Socialism in one country', terms: ['socialism in one country'], patterns: [], min_score: 1, questions: [] },
  { id: 'kronstadt', title: 'Kronstadt and the Makhnovists', terms: ['Kronstadt'], patterns: [], min_score: 1, questions: [] },
  { id: 'bureaucracy', title: 'Bureaucracy', terms: ['bureaucracy'], patterns: [], min_score: 1, questions: [] },
]);

function error(fn: () => unknown): ReaderError {
  try {
    fn();
  } catch (e) {
    if (isReaderError(e)) return e;
    throw e;
  }
  throw new Error('expected a ReaderError');
}

describe('resolveTopics', () => {
  it('finds topics by id, in the order asked, once each', () => {
    expect(resolveTopics(['kronstadt', 'bureaucracy', 'kronstadt'], topics, false).map((t) => t.id)).toEqual(['kronstadt', 'bureaucracy']);
  });

  it('accepts a title or a spaced name for the id', () => {
    expect(resolveTopics(['socialism in one country'], topics, false)[0]!.id).toBe('socialism-in-one-country');
    expect(resolveTopics(['Kronstadt and the Makhnovists'], topics, false)[0]!.id).toBe('kronstadt');
  });

  it('gives every topic with --all', () => {
    expect(resolveTopics([], topics, true).map((t) => t.id)).toEqual(['socialism-in-one-country', 'kronstadt', 'bureaucracy']);
  });

  it('rejects an unknown topic, suggesting the closest and listing the known ids', () => {
    const e = error(() => resolveTopics(['kronstad'], topics, false, { file: 'reader.yaml', line: 60, column: 1 }));
    expect(e.code).toBe('PackUnknownTopic');
    expect(e.message).toBe('Unknown topic `kronstad`');
    expect(e.hint).toContain('Did you mean `kronstadt`?');
    expect(e.hint).toContain('Known topics: socialism-in-one-country, kronstadt, bureaucracy.');
    expect(e.line).toBe('reader.yaml:60:1: Unknown topic `kronstad`');
    expect(e.exitCode).toBe(2);
  });

  it('lists the known ids without a guess when nothing is close', () => {
    const e = error(() => resolveTopics(['zzzzzzzzzzzz'], topics, false));
    expect(e.hint).not.toContain('Did you mean');
    expect(e.hint).toContain('Known topics:');
  });

  it('says so when the manifest has no topics', () => {
    expect(error(() => resolveTopics(['x'], [], false)).code).toBe('PackNoTopics');
  });
});

describe('slugify', () => {
  it('turns a title into an id', () => {
    expect(slugify("Lenin's Testament")).toBe('lenins-testament');
    expect(slugify('  Socialism in One Country ')).toBe('socialism-in-one-country');
    expect(slugify('Martínez')).toBe('martinez');
  });
});
