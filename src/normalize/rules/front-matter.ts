import type { Block } from '../block.ts';
import { placeAt } from '../block.ts';
import { isDateline } from '../dates.ts';
import { clip } from '../repairs.ts';
import { defineRule } from '../rule.ts';
import { isCapsLine, isTitleLine, wordCount } from '../text-shape.ts';

const id = 'front-matter';

const TRANSLATOR = /^(?:(?:english\s+)?translat(?:ed|ion)\b[^.]{0,60}?\bby|trans\.\s*by|tr\.)\s+(.{2,80}?)\.?$/i;
const PUBLISHED =
  /^(?:(?:this\s+(?:article|essay|text|piece)\s+(?:was\s+)?)?(?:originally|first)\s+(?:published|appeared|printed)|published\s+(?:originally\s+)?in|reprinted\s+from)\b[\s:]*(.{2,200}?)\.?$/i;
const AFFILIATION =
  /\b(?:universit(?:y|é|ät|à|ad)|institute|institut|college|department|dept\.|school of|faculty of|centre for|center for|laborator(?:y|ies)|academy of)\b/i;
// A pamphlet's imprint on its title page: "LONDON: PRINTED AND PUBLISHED FOR THE COUNCIL BY …",
// "Published by the Socialist Labor Party", "Chicago: Charles H. Kerr & Company, 1910",
// "Copyright, 1917, by …"; and its price: "Price Twopence", "PRICE 5 CENTS", "Prix : 10 centimes".
const IMPRINT = /^(?:\p{Lu}[\p{L}.' -]{1,30}:\s+)?(?:printed|published|issued|reprinted|sold)(?:\s+and\s+(?:published|sold|printed))?\s+(?:for|by|at)\s/iu;
const CITY_PUBLISHER =
  /^\p{Lu}[\p{L}.' -]{1,25}:\s+.{2,100}\b(?:press|publishers?|publishing|printers?|books|co\.|company|verlag|éditions|editorial|editora|library|league|party|society|office)\b.{0,40}\b(?:1[5-9]\d\d|20\d\d)\.?$/iu;
const COPYRIGHT = /^(?:copyright|©|\(c\))\s*,?\s*(?:\d{4}|by)\b/i;
const PRICE =
  /^(?:price|prix|preis|precio|prezzo|preço|cena|цена)\b[\s:.,-]*(?:\p{Sc}|\d|one|two|three|four|five|six|ten|twelve|twopence|threepence|fourpence|sixpence|(?:a |one )?penny|halfpenny)/iu;
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

/** A line that this rule takes out when it stands alone: a dateline, a translator's or publication line. */
const frontLine = (t: string): boolean => isDateline(t) || TRANSLATOR.test(t) || PUBLISHED.test(t);

/**
 * A title set over its dateline or translator's line with no blank line between them comes as one
 * block of short lines (kept as set, like verse). Within the first two blocks, such a stack whose
 * lines after the first hold a front-matter line is cut into one block per line, so each is judged
 * on its own.
 */
function unstackHead(blocks: Block[]): Block[] {
  const out: Block[] = [];
  blocks.forEach((b, i) => {
    if (i > 1 || !b.lineBreaks || b.spans.length < 2 || b.spans.length > 4) {
      out.push(b);
      return;
    }
    const parts = b.spans.map((sp, k) => {
      const end = b.spans[k + 1]?.offset ?? b.text.length;
      const text = b.text.slice(sp.offset, end).trim();
      return { text, sp, src: b.source.split('\n')[k] ?? text };
    });
    if (!parts.slice(1).some((p) => frontLine(p.text))) {
      out.push(b);
      return;
    }
    for (const p of parts) {
      const line: Block = { kind: 'paragraph', text: p.text, spans: [{ offset: 0, line: p.sp.line, column: p.sp.column }], source: p.src };
      // A line alone is a heading candidate as a one-line chunk is (unwrap.ts).
      if (isCapsLine(p.text)) line.cand = 'caps';
      else if (isTitleLine(p.text)) line.cand = 'title';
      out.push(line);
    }
  });
  return out;
}

export const frontMatter = defineRule({
  id,
  switchable: true,
  description:
    'Front matter in the head of a text (the author line under the title, a dateline ("Posted on March 3, 2025", "Publié le 3 mars 2025"), "Translated by …", "Originally published in …", an affiliation, a pamphlet\'s imprint and price ("London: Printed and published by …", "Price Twopence"); in Markdown, a YAML, MultiMarkdown or pandoc metadata block at the top) is taken out as metadata for `reader init` and the introduction',
  run: {
    blocks(blocks, { log, front, kind }) {
      if (kind === 'markdown') return blocks;
      blocks = unstackHead(blocks);
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
          } else if (i > 0 && (((IMPRINT.test(t) || CITY_PUBLISHER.test(t) || COPYRIGHT.test(t)) && t.length <= 160) || (PRICE.test(t) && t.length <= 40))) {
            (front.imprint ??= []).push(t);
            what = 'imprint';
          } else if (i > 0 && !front.date && isDateline(t)) {
            front.date = t;
            what = 'date line';
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
