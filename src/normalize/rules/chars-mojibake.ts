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
        log.log(id, { line: at.line, column: at.column + h.index }, h.before, h.after, `Unexpected mojibake \`${h.before}\`, expected \`${h.after}\` (UTF-8 read as Windows-1252)`);
      }
      return text;
    },
  },
});
