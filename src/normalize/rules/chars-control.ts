import { defineRule } from '../rule.ts';

const id = 'chars-control';
// Stray controls and invisible marks; tab, newline and form feed are handled elsewhere.
const CONTROL = /[\u0000-\u0008\u000B\u000E-\u001F\u007F-\u009F\u200B\u200E\u200F\u2060\uFEFF\u00AD]/g;

export const charsControl = defineRule({
  id,
  switchable: true,
  description: 'Control characters, zero-width marks and soft hyphens are removed',
  run: {
    text(value, at, { log }) {
      CONTROL.lastIndex = 0;
      if (!CONTROL.test(value)) return value;
      let col = 0;
      const out = value.replace(CONTROL, (_ch: string, i: number) => {
        col = col || i + 1;
        return '';
      });
      const first = [...value.matchAll(CONTROL)][0]![0].charCodeAt(0);
      // The whole text goes in the log: removing a control can join two words.
      log.log(
        id,
        { line: at.line, column: at.column + col - 1 },
        value,
        out,
        `Unexpected control character U+${first.toString(16).toUpperCase().padStart(4, '0')}, removed`,
      );
      return out;
    },
  },
});
