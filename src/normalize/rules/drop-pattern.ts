import type { Heading, Paragraph, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { SrcLine } from '../block.ts';
import { placeAt } from '../block.ts';
import type { Repairs } from '../repairs.ts';
import { defineRule } from '../rule.ts';
import { compileUserRegex, type UserRegex } from '../../util/user-regex.ts';

const id = 'drop-pattern';

/**
 * The manifest's `rules.drop` patterns, compiled for a linear-time engine (util/user-regex.ts);
 * an invalid one is reported and skipped (the manifest refuses it with its place first).
 */
function compile(patterns: readonly string[], log: Repairs): UserRegex[] {
  const res: UserRegex[] = [];
  for (const p of patterns) {
    try {
      res.push(compileUserRegex(p));
    } catch {
      log.note(id, { line: 1, column: 1 }, `Unexpected invalid drop pattern \`${p}\`, ignored`);
    }
  }
  return res;
}

const reason = (re: UserRegex, what: string): string => `Unexpected ${what} matching drop pattern \`${re.source}\`, dropped`;

export const dropPattern = defineRule({
  id,
  switchable: true,
  description: 'Lines (a block in HTML and Markdown) matching a `rules.drop` pattern of the manifest are dropped',
  run: {
    lines(lines, { log, options }) {
      const res = compile(options.drop ?? [], log);
      if (res.length === 0) return lines;
      return lines.filter((l: SrcLine) => {
        const hit = l.text !== '' && res.find((re) => re.test(l.text));
        if (hit) log.log(id, l, l.text, '', reason(hit, 'line'));
        return !hit;
      });
    },
    // HTML has no source lines we keep: each block element is tested as a whole.
    blocks(blocks, { log, options, kind }) {
      if (kind !== 'html') return blocks;
      const res = compile(options.drop ?? [], log);
      if (res.length === 0) return blocks;
      return blocks.filter((b) => {
        const hit = res.find((re) => re.test(b.text));
        if (hit) log.log(id, placeAt(b, 0), b.source, '', reason(hit, 'block'));
        return !hit;
      });
    },
    // Markdown: paragraphs and headings of the top level whose text matches.
    markdown(tree, { log, options }) {
      const res = compile(options.drop ?? [], log);
      if (res.length === 0) return;
      tree.children = tree.children.filter((node: RootContent) => {
        if (node.type !== 'paragraph' && node.type !== 'heading') return true;
        const text = toString(node as Paragraph | Heading);
        const hit = res.find((re) => re.test(text));
        if (hit) log.log(id, node.position?.start ?? { line: 1, column: 1 }, text, '', reason(hit, node.type));
        return !hit;
      });
    },
  },
});
