import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RULE_IDS, RULES, SWITCHABLE_RULES } from '../../../src/normalize/rules/index.ts';
import { normalize } from '../../../src/normalize/index.ts';
import { textInput } from './helpers.ts';

const README = 'README.md';
const START = '<!-- rules:start -->';
const END = '<!-- rules:end -->';

/** The README table of rules, made from the registry. */
function table(): string {
  const rows = RULES.map((r) => `| \`${r.id}\` | ${r.switchable ? 'yes' : 'no'} | ${r.description.replace(/\|/g, '\\|')} |`);
  return ['| rule | `rules.disable` | what it does |', '|---|---|---|', ...rows].join('\n');
}

describe('rule registry', () => {
  it('gives every rule its own kebab-case id, in a file of that name', () => {
    expect(RULE_IDS.size).toBe(RULES.length);
    for (const r of RULES) {
      expect(r.id).toMatch(/^[a-z]+(?:-[a-z]+)*$/);
      expect(existsSync(`src/normalize/rules/${r.id}.ts`), r.id).toBe(true);
      expect(r.description.length).toBeGreaterThan(20);
    }
  });

  it('lets only rules with a function be switched off', () => {
    for (const r of RULES) if (r.switchable) expect(Object.keys(r.run).length, r.id).toBeGreaterThan(0);
    expect(SWITCHABLE_RULES).toContain('hidden-break');
    expect(SWITCHABLE_RULES).not.toContain('unwrap');
  });

  it('turns a disabled rule off: no message of it, and its repair not made', () => {
    const text = 'Lenin and Stalin, 1922. Photo: Public Domain\n\nThe text of the article goes on here with enough words to be a body paragraph of its own.\n';
    const on = normalize(textInput(text), { from: 'web-text' });
    const off = normalize(textInput(text), { from: 'web-text', disable: ['web-caption'] });
    expect(on.changes.map((c) => c.rule)).toContain('web-caption');
    expect(off.changes.map((c) => c.rule)).not.toContain('web-caption');
    expect(off.tree.children).toHaveLength(2);
  });

  it('logs repairs as info and findings as warnings', () => {
    const r = normalize(textInput('I925 was a year.\n\nSee [3] here, intimidan1 there.\n'), { from: 'web-text' });
    const fatal = (rule: string) => r.file.messages.find((m) => m.ruleId === rule)?.fatal;
    expect(fatal('ocr-digit')).toBeUndefined();
    expect(fatal('note-missing')).toBe(false);
    expect(fatal('ocr-suspicious')).toBe(false);
  });

  it('is the source of the README table', () => {
    const readme = readFileSync(README, 'utf8');
    const at = readme.indexOf(START);
    const end = readme.indexOf(END);
    expect(at).toBeGreaterThan(0);
    const want = `${START}\n${table()}\n${END}`;
    if (process.env.UPDATE === '1') writeFileSync(README, readme.slice(0, at) + want + readme.slice(end + END.length));
    expect(readFileSync(README, 'utf8').slice(at, readFileSync(README, 'utf8').indexOf(END) + END.length)).toBe(want);
  });
});
