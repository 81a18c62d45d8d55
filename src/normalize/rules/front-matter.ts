import type { Block } from '../block.ts';
import { placeAt } from '../block.ts';
import { clip } from '../repairs.ts';
import { defineRule } from '../rule.ts';
import { wordCount } from '../text-shape.ts';

const id = 'front-matter';

const TRANSLATOR = /^(?:(?:english\s+)?translat(?:ed|ion)\b[^.]{0,60}?\bby|trans\.\s*by|tr\.)\s+(.{2,80}?)\.?$/i;
const PUBLISHED =
  /^(?:(?:this\s+(?:article|essay|text|piece)\s+(?:was\s+)?)?(?:originally|first)\s+(?:published|appeared|printed)|published\s+(?:originally\s+)?in|reprinted\s+from)\b[\s:]*(.{2,200}?)\.?$/i;
const AFFILIATION =
  /\b(?:universit(?:y|é|ät|à|ad)|institute|institut|college|department|dept\.|school of|faculty of|centre for|center for|laborator(?:y|ies)|academy of)\b/i;
// "Jane Doe", "J. R. Smith", "Anna de la Cruz and Li Wei": a name line, no sentence.
const NAME = /^(?:by\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+(?:\p{Lu}[\p{L}'’.-]*|de|del|della|la|van|von|der|da|du|and|&|,))*\s*\p{Lu}[\p{L}'’-]+$/u;
// A heading in capitals ("THE MUSIC OF GREECE") passes NAME: a name has no such small words.
const NOT_NAME = /\b(?:the|of|in|on|for|from|to|with|at|an|a)\s/i;
// A chapter's title comes under its number ("CHAPTER VII" over "VICTORY FROM DEFEAT"), not an author's name.
const DIVISION = /^(?:chapter|book|part|lecture|canto|letter|essay)\s+(?:[ivxlcdm]+|\d{1,3}|[a-z]+)\b/i;

/** The head of a text: blocks before its first paragraph of body text, at most six. */
function headOf(blocks: Block[]): number {
  let n = 0;
  while (n < Math.min(blocks.length, 6) && wordCount(blocks[n]!.text, 16) < 16) n++;
  return n;
}

export const frontMatter = defineRule({
  id,
  switchable: true,
  description:
    'Front matter in the head of a text (the author line under the title, "Translated by …", "Originally published in …", an affiliation; in Markdown, a YAML, MultiMarkdown or pandoc metadata block at the top) is taken out as metadata for `reader init` and the introduction',
  run: {
    blocks(blocks, { log, front, kind }) {
      if (kind === 'markdown') return blocks;
      const head = headOf(blocks);
      const out: Block[] = [];
      for (let i = 0; i < blocks.length; i++) {
        const b = blocks[i]!;
        const t = b.text.trim();
        let what = '';
        let m: RegExpExecArray | null;
        if (i < head && t.length <= 200) {
          if ((m = TRANSLATOR.exec(t)) && !front.translator) {
            front.translator = m[1]!.trim();
            what = 'translator line';
          } else if ((m = PUBLISHED.exec(t)) && !front.published) {
            front.published = m[1]!.trim();
            what = 'publication line';
          } else if (AFFILIATION.test(t) && t.length <= 140 && wordCount(t, 20) <= 18 && i > 0) {
            (front.affiliation ??= []).push(t);
            what = 'affiliation';
            // The author's name comes before the title's first body text, right under the title.
          } else if (
            i > 0 &&
            i <= 2 &&
            !front.author &&
            t.length <= 70 &&
            wordCount(t, 9) >= 2 &&
            wordCount(t, 9) <= 8 &&
            NAME.test(t) &&
            !DIVISION.test(blocks[i - 1]!.text) &&
            !NOT_NAME.test(t.replace(/^by\s+/i, ''))
          ) {
            front.author = t.replace(/^by\s+/i, '');
            what = 'author line';
          }
        }
        if (!what) {
          out.push(b);
          continue;
        }
        log.log(id, placeAt(b, 0), b.source, '', `Unexpected ${what} \`${clip(t)}\` in the text's head, taken out as metadata`);
      }
      return out;
    },
  },
});
