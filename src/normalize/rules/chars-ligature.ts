import { defineRule } from '../rule.ts';

const id = 'chars-ligature';

// The printer's sorts an OCR engine or a PDF's text layer hands over as single characters: the
// f-ligatures and st-ligatures of the Alphabetic Presentation Forms block, and the long s.
const SORTS = /[\u017F\uFB00-\uFB06]/g;
const PLAIN: Record<string, string> = {
  '\u017F': 's',
  '\uFB00': 'ff',
  '\uFB01': 'fi',
  '\uFB02': 'fl',
  '\uFB03': 'ffi',
  '\uFB04': 'ffl',
  '\uFB05': 'st',
  '\uFB06': 'st',
};

export const charsLigature = defineRule({
  id,
  switchable: true,
  description:
    'Ligatures an OCR engine or a PDF left as single characters (ﬁ ﬂ ﬀ ﬃ ﬄ ﬆ) are spelt out in their letters, and the long s (ſ) of old printing becomes s, so words are found, searched and read aloud as words',
  run: {
    text(value, at, { log }) {
      SORTS.lastIndex = 0;
      if (!SORTS.test(value)) return value;
      SORTS.lastIndex = 0;
      const first = SORTS.exec(value)!;
      const out = value.replace(SORTS, (ch) => PLAIN[ch] ?? ch);
      const kinds = [...new Set(value.match(SORTS))].join(' ');
      log.log(id, { line: at.line, column: at.column + first.index }, value, out, `Unexpected ligature or long s \`${kinds}\`, spelt out in plain letters`);
      return out;
    },
  },
});
