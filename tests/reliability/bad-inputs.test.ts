// The corpus of bad inputs in tests/fixtures/bad/: each case is `input.*` plus `expected.txt`.
// `error: <regex>` cases run through the real CLI (first stderr line, exit 2, no stack trace,
// the earlier PDF untouched); the others run ingest -> analyze through prepare() and check
// the warning (`warning: <rule> [line:col]`), the repair (`repair: <rule>`) and the text.
// `known-gap:` marks a case whose fix belongs to another module: it is expected to fail.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { toString } from 'mdast-util-to-string';
import { describe, expect, it } from 'vitest';
import { prepare } from '../../src/pipeline/index.ts';
import { textToHtml } from '../../src/compose/markdown-to-html.ts';
import { earlierOutput, firstLine, hasStack, runBuild, tinyProject } from './helpers.ts';

const ROOT = 'tests/fixtures/bad';
const PDF = '%PDF-1.4 earlier build\n';

interface Case {
  name: string;
  input: string;
  error?: RegExp;
  warning?: { rule: string; at?: string };
  repair?: string;
  contains?: string;
  knownGap?: string;
}

function load(name: string): Case {
  const dir = join(ROOT, name);
  const input = readdirSync(dir).find((f) => f.startsWith('input.'))!;
  const c: Case = { name, input };
  for (const line of readFileSync(join(dir, 'expected.txt'), 'utf8').split('\n')) {
    const m = /^([a-z-]+):\s?(.*)$/.exec(line);
    if (!m) continue;
    const [, key, value] = m as unknown as [string, string, string];
    if (key === 'error') c.error = new RegExp(value);
    if (key === 'warning') c.warning = { rule: value.split(' ')[0]!, ...(value.split(' ')[1] ? { at: value.split(' ')[1] } : {}) };
    if (key === 'repair') c.repair = value;
    if (key === 'contains') c.contains = value;
    if (key === 'known-gap') c.knownGap = value;
  }
  return c;
}

const cases = readdirSync(ROOT).sort().map(load);

function projectFor(c: Case): string {
  const ext = c.input.slice(c.input.indexOf('.'));
  return tinyProject({ [`content/input${ext}`]: readFileSync(join(ROOT, c.name, c.input)), ...earlierOutput(PDF) }, [
    { id: 'input', source: `content/input${ext}` },
  ]);
}

describe('bad inputs: errors through the real CLI', () => {
  for (const c of cases.filter((k) => k.error)) {
    it(c.name, () => {
      const dir = projectFor(c);
      const r = runBuild(dir);
      expect(r.code, r.stderr).toBe(2);
      expect(firstLine(r.stderr)).toMatch(c.error!);
      expect(r.stderr.split('\n')[1], 'a hint on the second line').toMatch(/^ {2}\S/);
      expect(hasStack(r.stderr)).toBe(false);
      expect(readFileSync(join(dir, 'out', 'reader.pdf'), 'utf8')).toBe(PDF);
    });
  }
});

describe('bad inputs: built with a warning or a repair', () => {
  for (const c of cases.filter((k) => !k.error)) {
    (c.knownGap ? it.fails : it)(c.knownGap ? `${c.name} (known gap: ${c.knownGap})` : c.name, async () => {
      const dir = projectFor(c);
      const { texts } = await prepare({ config: join(dir, 'reader.yaml') });
      const { doc } = texts[0]!;
      const messages = doc.file.messages;
      const text = toString(doc.tree);
      if (c.warning) {
        const hit = messages.find((m) => m.ruleId === c.warning!.rule);
        expect(hit, messages.map((m) => `${m.ruleId}: ${m.reason}`).join('\n')).toBeDefined();
        if (c.warning.at) expect(`${hit!.line}:${hit!.column}`).toBe(c.warning.at);
        // A warning, not a logged repair: nothing was changed at its place, so the build reports it to the editor.
        expect(doc.changes.some((ch) => ch.rule === c.warning!.rule && ch.line === hit!.line && ch.column === hit!.column && ch.before !== ch.after)).toBe(
          false,
        );
      } else if (!c.repair) {
        expect(messages.filter((m) => m.ruleId?.startsWith('encoding') || m.ruleId === 'bidi-control')).toEqual([]);
      }
      if (c.repair) expect(doc.changes.map((ch) => ch.rule)).toContain(c.repair);
      if (c.contains) expect(text).toContain(c.contains);
      // Whatever the input, the HTML of the text holds every word of the tree.
      const html = textToHtml(doc.tree, 'input', { hyphenate: false, language: 'en' }).html;
      expect(html.length).toBeGreaterThan(0);
    });
  }
});
