import { fixMojibake } from '../mojibake.ts';
import { defineRule } from '../rule.ts';

const id = 'chars-mojibake';

export const charsMojibake = defineRule({
  id,
  switchable: true,
  description: 'UTF-8 read as Windows-1252 (`â€™` for `’`) is decoded again, where the bytes are valid UTF-8',
  run: {
    text(value, at, { log }) {
      const { text, hits } = fixMojibake(value);
      for (const h of hits) {
        // The whole word goes in the log: the mojibake is part of it ("Leninâ€™s").
        const from = value.lastIndexOf(' ', h.index) + 1;
        const sp = value.indexOf(' ', h.index + h.before.length);
        const word = value.slice(from, sp < 0 ? value.length : sp);
        log.log(
          id,
          { line: at.line, column: at.column + h.index },
          word,
          fixMojibake(word).text,
          `Unexpected mojibake \`${h.before}\`, expected \`${h.after}\` (UTF-8 read as Windows-1252)`,
        );
      }
      return text;
    },
  },
});
