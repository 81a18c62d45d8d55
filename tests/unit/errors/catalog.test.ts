import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ERRORS, ReaderError, type ErrorCode } from '../../../src/errors.ts';

const README = 'README.md';
const START = '<!-- errors:start -->';
const END = '<!-- errors:end -->';

/** The README table of errors, made from the catalog (internal signals left out). */
function table(): string {
  const rows = Object.entries(ERRORS)
    .filter(([, e]) => !('internal' in e))
    .map(([name, e]) => `| \`${name}\` | ${'exit' in e ? e.exit : 2} | ${e.title.replace(/\|/g, '\\|')} | ${e.hint.replace(/\|/g, '\\|')} |`);
  return ['| error | exit | what went wrong | what to do |', '|---|---|---|---|', ...rows].join('\n');
}

describe('error catalog', () => {
  it('names each error once, in PascalCase, with a title and a hint', () => {
    for (const [name, e] of Object.entries(ERRORS)) {
      expect(name).toMatch(/^[A-Z][A-Za-z]+$/);
      expect(e.title.length, name).toBeGreaterThan(10);
      expect(e.hint.length, name).toBeGreaterThan(10);
    }
  });

  it("gives a thrown error the catalog's hint and exit code unless the throw is more precise", () => {
    const plain = new ReaderError('SourceEmpty', 'Source is empty', undefined, { file: 'content/a.txt', line: 1, column: 1 });
    expect(plain.hint).toBe(ERRORS.SourceEmpty.hint);
    expect(plain.exitCode).toBe(2);
    expect(plain.line).toBe('content/a.txt:1:1: Source is empty');
    expect(plain.title).toBe(ERRORS.SourceEmpty.title);
    const precise = new ReaderError('CliArgs', 'Unknown flag', 'Did you mean `--out`?');
    expect(precise.hint).toBe('Did you mean `--out`?');
    expect(new ReaderError('Interrupted', 'Build interrupted').exitCode).toBe(130);
    // A name outside the catalog does not compile: the catalog is the one list.
    // @ts-expect-error 'NoSuchError' is not an ErrorCode
    const code: ErrorCode = 'NoSuchError';
    expect(code in ERRORS).toBe(false);
  });

  it('is the source of the README table of errors', () => {
    const readme = readFileSync(README, 'utf8');
    const at = readme.indexOf(START);
    const end = readme.indexOf(END);
    expect(at).toBeGreaterThan(0);
    const want = `${START}\n${table()}\n${END}`;
    if (process.env.UPDATE === '1') writeFileSync(README, readme.slice(0, at) + want + readme.slice(end + END.length));
    const now = readFileSync(README, 'utf8');
    expect(now.slice(at, now.indexOf(END) + END.length)).toBe(want);
  });
});
