import { describe, expect, it } from 'vitest';
import { analysisSummary } from '../../../src/cli/analysis-summary.ts';
import type { BuildMessage } from '../../../src/pipeline/index.ts';

const msg = (rule: string): BuildMessage => ({ file: 'content/a.txt', line: 3, column: 1, rule, source: 'reader-analyze', reason: 'x', severity: 'info' });

describe('analysisSummary', () => {
  it('counts the merges and the weak sources and says where each is listed', () => {
    const line = analysisSummary([msg('name-merge'), msg('name-merge'), msg('source-weak'), msg('name-setting')], 'out/build.json');
    expect(line).toBe(
      'names     2 name variants merged, 1 weak source left out: each with its place in out/build.json ("log"); name_index in reader.yaml changes them',
    );
  });

  it('counts the names left out as naming no person', () => {
    expect(analysisSummary([msg('name-merge'), msg('name-left-out')], 'out/build.json')).toMatch(
      /^names {5}1 name variant merged, 1 name of no person left out \(a work's title, a ship, a paper, a publisher\): /,
    );
  });

  it('counts the candidates taken for no person', () => {
    expect(analysisSummary([msg('name-not-person'), msg('name-not-person')], 'out/build.json')).toMatch(
      /^names {5}2 capitalized words taken for no person \(a place, a body, an office, a common word\): /,
    );
  });

  it('says nothing when the analysis decided nothing on its own', () => {
    expect(analysisSummary([msg('name-setting')], 'out/build.json')).toBeUndefined();
  });

  it('names only what happened', () => {
    expect(analysisSummary([msg('source-weak')], 'out/build.json')).toMatch(/^names {5}1 weak source left out: /);
  });
});
