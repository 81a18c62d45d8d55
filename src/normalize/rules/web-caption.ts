import type { Block } from '../block.ts';
import { placeAt } from '../block.ts';
import { doubledCaption, dropBlocks } from '../clutter.ts';
import { AGENCY_CREDIT, CAPTION_OPENER, PHOTO_CREDIT, PHOTOGRAPHER } from '../clutter-patterns.ts';
import { clip, type Repairs } from '../repairs.ts';
import { defineRule } from '../rule.ts';
import { isCapsLine, wordCount } from '../text-shape.ts';

const id = 'web-caption';

export const webCaption = defineRule({
  id,
  switchable: true,
  description:
    'Web copy: a picture caption or credit (or a caption doubled back to back, one closed by an agency\'s credit "(AP Photo/NAME)", "NAME / AP file", or opened by a gallery\'s counter "1of4" or "© NAME") is dropped: there is no picture in print',
  run: {
    blocks(blocks, { log, web, kind }) {
      if (!web) return blocks;
      // A caption followed by the standfirst in one block: only the caption goes.
      blocks = blocks.flatMap((b) => splitCaption(b, log));
      return dropBlocks(blocks, log, id, (b) => {
        const t = b.text;
        // A caption doubled back to back is what copying a page gives (the picture's alt text,
        // then its caption). In text from a PDF there is no alt text: there it must be only the
        // doubled caption, or carry a credit; a verse's refrain sung twice is neither, nor a song's
        // title in capitals or of a few words ('WE'RE COMING! WE'RE COMING!').
        const twice = doubledCaption(t);
        const captionLike = (s: string): boolean => wordCount(s, 4) >= 4 && !isCapsLine(s);
        if (twice && (kind !== 'pdf-text' || PHOTO_CREDIT.test(t) || (t.length <= twice.length * 2 + 12 && captionLike(twice))))
          return `Unexpected doubled caption \`${clip(twice)}\` with credit, dropped (no picture in print)`;
        if (t.length <= 220 && (PHOTO_CREDIT.test(t) || (t.endsWith(')') && PHOTOGRAPHER.test(t))) && wordCount(t, 41) <= 40) {
          return `Unexpected picture caption or credit \`${clip(t)}\`, dropped (no picture in print)`;
        }
        // A caption closed by an agency's or photographer's credit, or opened by a gallery's counter or a credit after ©.
        if (kind !== 'pdf-text' && t.length <= 320 && (AGENCY_CREDIT.test(t) || CAPTION_OPENER.test(t)) && wordCount(t, 61) <= 60) {
          return `Unexpected picture caption \`${clip(t)}\` with its credit, dropped (no picture in print)`;
        }
        return undefined;
      });
    },
  },
});

/**
 * Where a credit ends: the names, agencies and licences after its marker ("Photo: John Smith/
 * Reuters"), up to a capitalised word that opens a sentence (followed by a word in lower case).
 */
function creditEnd(t: string, from: number): number {
  const re = /\s*([^\s/,]+|[/,])/gy;
  re.lastIndex = from;
  let end = from;
  let n = 0;
  for (let m = re.exec(t); m && n < 8; m = re.exec(t), n++) {
    const tok = m[1]!;
    const next = /^[\s,;:]*(\S+)/.exec(t.slice(re.lastIndex))?.[1] ?? '';
    const opens = n > 0 && /^\p{Lu}/u.test(tok) && /^\p{Ll}/u.test(next);
    if (opens || !(/^[\p{Lu}\p{N}/,]/u.test(tok) || /^(?:via|and|by|of|de|van|von)$/.test(tok))) break;
    end = re.lastIndex;
    if (/[.]$/.test(tok) && !/^\p{Lu}\.$/u.test(tok)) break;
  }
  return end;
}

/**
 * A block that opens with a picture caption and its credit, then goes on with body text (the
 * author's standfirst, the first paragraph): the caption and credit are dropped and logged, the
 * rest is kept. A block that is only a caption is left to the whole-block test.
 */
function splitCaption(b: Block, log: Repairs): Block[] {
  const t = b.text;
  PHOTO_CREDIT.lastIndex = 0;
  const m = PHOTO_CREDIT.exec(t);
  if (!m || m.index > 200) return [b];
  const end = creditEnd(t, m.index + m[0].length);
  // Cut at a source line end if the caption ends its line.
  const lineCut = b.spans.find((s) => s.offset >= end && s.offset - end <= 2);
  const at = lineCut ? lineCut.offset : end;
  // Without a line end after the credit, only an explicit picture credit marks where the caption ends.
  if (!lineCut && !/^(?:photo(?:graph)?|image|picture|credit|illustration)/i.test(m[0].trim())) return [b];
  const rest = t.slice(at).trimStart();
  if (wordCount(rest, 12) < 12 || !/^["“‘(]?\p{Lu}/u.test(rest)) return [b];
  const start = t.length - rest.length;
  const caption = t.slice(0, start).trim();
  log.log(
    id,
    placeAt(b, 0),
    caption,
    '',
    `Unexpected picture caption or credit \`${clip(caption)}\` before the text, dropped (no picture in print); the text after it is kept`,
  );
  const spans = b.spans.filter((s) => s.offset >= start).map((s) => ({ ...s, offset: s.offset - start }));
  const from = placeAt(b, start);
  if (spans[0]?.offset !== 0) spans.unshift({ offset: 0, line: from.line, column: from.column });
  return [{ kind: b.kind, text: rest, spans, source: rest }];
}
