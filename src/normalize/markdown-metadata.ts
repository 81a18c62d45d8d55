/**
 * A metadata block at the top of a Markdown file: YAML front matter (`---` … `---`, as Jekyll,
 * Hugo, Obsidian and pandoc write it), a MultiMarkdown block (`Title: …` / `Author: …` lines
 * up to the first blank line) or a pandoc title block (`% Title` / `% Author`). CommonMark
 * knows none of them: YAML front matter parses as a rule and a heading, the others as a
 * paragraph, and all would print. The block's lines are blanked (so every later line keeps its
 * number for the warnings) and logged under rule `front-matter`; an author given there is kept
 * as metadata.
 */
import type { FrontMatter } from '../types.ts';
import { clip, type Repairs } from './repairs.ts';

// Keys that say a MultiMarkdown block is metadata, not a first paragraph that opens with "Note: …".
const KNOWN_KEYS =
  /^(?:title|subtitle|author|authors|by|date|published|updated|lang|language|tags|keywords|categories|summary|description|slug|source|translator)$/i;
const KEY_LINE = /^([A-Za-z][\w -]{0,30}?)\s*:\s*(.*)$/;

export function stripMarkdownMetadata(value: string, r: Repairs, front: FrontMatter): string {
  const lines = value.split('\n');
  const end = blockEnd(lines);
  if (end === undefined) return value;
  const block = lines.slice(0, end + 1);
  for (const line of block) {
    const m = KEY_LINE.exec(line.replace(/^%\s*/, ''));
    const v = m?.[2]!.trim().replace(/^["']|["']$/g, '');
    if (m && /^(?:author|authors|by)$/i.test(m[1]!.trim()) && v && !front.author) front.author = v;
  }
  // A pandoc title block's second line is the author.
  if (lines[0]!.startsWith('% ') && lines[1]?.startsWith('% ') && !front.author) front.author = lines[1].slice(2).trim();
  const text = block.join('\n').trimEnd();
  r.log(
    'front-matter',
    { line: 1, column: 1 },
    text,
    '',
    `Unexpected metadata block \`${clip(text.replace(/\n/g, ' / '))}\` at the top of the Markdown, taken out as metadata`,
  );
  return [...block.map(() => ''), ...lines.slice(end + 1)].join('\n');
}

/** The index of the block's last line, or undefined if the file does not open with one. */
function blockEnd(lines: string[]): number | undefined {
  const first = lines[0]?.replace(/^\uFEFF/, '').trimEnd();
  if (first === '---') {
    let keys = 0;
    for (let i = 1; i < Math.min(lines.length, 200); i++) {
      const l = lines[i]!.trimEnd();
      if (l === '---' || l === '...') return keys > 0 ? i : undefined;
      if (KEY_LINE.test(l)) keys++;
      else if (l !== '' && !/^\s/.test(l) && !/^-\s/.test(l) && !l.startsWith('#')) return undefined;
    }
    return undefined;
  }
  if (first?.startsWith('% ')) {
    let i = 0;
    while (i + 1 < lines.length && lines[i + 1]!.startsWith('% ')) i++;
    return i;
  }
  let i = 0;
  let known = 0;
  for (; i < lines.length && lines[i]!.trim() !== ''; i++) {
    const m = KEY_LINE.exec(lines[i]!.replace(/^\uFEFF/, ''));
    if (m) {
      if (KNOWN_KEYS.test(m[1]!.trim())) known++;
    } else if (!/^\s{2,}\S/.test(lines[i]!) || i === 0) return undefined;
  }
  return i >= 2 && known >= 1 ? i - 1 : undefined;
}
