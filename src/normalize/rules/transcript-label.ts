import { defineRule } from '../rule.ts';

const id = 'transcript-label';

// The page's label over a transcript: "Transcript", "Full transcript", "Episode transcript:".
const LABEL = /^(?:(?:full|episode|show|podcast|video|interview|complete|official)\s+)?transcript(?:ion)?\s*:?$/i;
/** The banner is the text's head: its first lines of text. */
const HEAD_LINES = 6;

export const transcriptLabel = defineRule({
  id,
  switchable: true,
  description:
    'A transcript\'s banner label ("Transcript", "Full transcript", "Episode transcript") alone on a line in the first lines of the text is set aside, not kept as a heading or a paragraph; logged',
  run: {
    lines(lines, { log }) {
      let seen = 0;
      for (let i = 0; i < lines.length && seen < HEAD_LINES; i++) {
        const l = lines[i]!;
        if (!l.text) continue;
        seen++;
        if (l.text.length > 24 || !LABEL.test(l.text)) continue;
        log.log(id, l, l.text, '', `Unexpected transcript label \`${l.text}\` in the banner, set aside`);
        return [...lines.slice(0, i), ...lines.slice(i + 1)];
      }
      return lines;
    },
  },
});
