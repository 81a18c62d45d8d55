import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { normalize, toMarkdown } from '../../../src/normalize/index.ts';
import type { NormalizeOptions } from '../../../src/types.ts';
import { fixtureInput, textInput } from './helpers.ts';

const ROOT = 'tests/fixtures/normalize';
const UPDATE = process.env.UPDATE === '1';

/** Make whitespace visible so a failing diff shows where line breaks and spaces differ. */
function visible(s: string): string {
  return s
    .replace(/ +$/gm, (m) => '·'.repeat(m.length))
    .replace(/\t/g, '→')
    .replace(/\n/g, '⏎\n');
}

/**
 * Each folder holds `input.<ext>` (+ optional `options.json`), `expected.md` and `messages.txt`; a
 * `<name>-disabled` folder may leave out the input and read `<name>`'s (helpers.ts).
 * Missing expectations are written on first run; `UPDATE=1` rewrites them.
 */
describe('normalize fixtures', () => {
  for (const name of readdirSync(ROOT).sort()) {
    const dir = join(ROOT, name);
    const input = fixtureInput(ROOT, name);
    if (!input) continue;
    it(name, () => {
      const { ext } = input;
      const value = readFileSync(input.path, 'utf8');
      const optPath = join(dir, 'options.json');
      const options = (existsSync(optPath) ? JSON.parse(readFileSync(optPath, 'utf8')) : {}) as NormalizeOptions;
      const result = normalize(textInput(value, ext, `${name}/input.${ext}`), options);
      const md = toMarkdown(result.tree);
      const messages = result.file.messages.map((m) => `${m.line}:${m.column}: ${m.reason} [${m.ruleId}]`).join('\n') + '\n';
      const mdPath = join(dir, 'expected.md');
      const msgPath = join(dir, 'messages.txt');
      if (UPDATE || !existsSync(mdPath)) writeFileSync(mdPath, md);
      if (UPDATE || !existsSync(msgPath)) writeFileSync(msgPath, messages);
      expect(visible(md)).toBe(visible(readFileSync(mdPath, 'utf8')));
      expect(messages).toBe(readFileSync(msgPath, 'utf8'));
    });
  }
});
