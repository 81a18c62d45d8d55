import { MAY_CHANGE_UNDER_NFC } from '../chars.ts';
import { defineRule } from '../rule.ts';

const id = 'chars-nfc';

export const charsNfc = defineRule({
  id,
  switchable: true,
  description: 'Decomposed characters (a letter plus a combining accent) are composed to Unicode NFC',
  run: {
    text(value, at, { log }) {
      if (!MAY_CHANGE_UNDER_NFC.test(value)) return value;
      const nfc = value.normalize('NFC');
      if (nfc === value) return value;
      log.log(id, at, value, nfc, 'Unexpected decomposed characters, composed to Unicode NFC');
      return nfc;
    },
  },
});
