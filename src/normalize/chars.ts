import type { SrcLine } from './block.ts';
import { fixMojibake } from './mojibake.ts';
import type { Repairs } from './repairs.ts';

// Stray controls and invisible marks; tab, newline and form feed are handled elsewhere.
const CONTROL = /[\u0000-\u0008\u000B\u000E-\u001F\u007F-\u009F\u200B\u200E\u200F\u2060\uFEFF\u00AD]/g;
// Unicode spaces we print as a plain space.
const SPACES = /[\t\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g;

// Anything the control, space or mojibake rules below could act on; NFC candidates are
// MAY_CHANGE_UNDER_NFC (one set, checked exhaustively by a test).
const NEEDS_CHAR_REPAIR = /[\u0000-\u0008\t\u000B\u000E-\u001F\u007F-\u00A0\u00AD\u00C2-\u00F4\u1680\u2000-\u200F\u202F\u205F\u2060\u3000\uFEFF]/;

// Characters NFC can change: every combining mark (\p{M}: Latin, Indic, Myanmar…), Hangul jamo,
// compatibility singletons (including the astral CJK compatibility ideographs), surrogates.
// A cheap test first, because normalize('NFC') copies every line it is given.
export const MAY_CHANGE_UNDER_NFC = /[\p{M}\u2ADC\u{1D15E}-\u{1D1C0}\u{2F800}-\u{2FA1D}\u0300-\u036F\u0374\u037E\u0387\u0591-\u05C7\u0610-\u065F\u0670\u06D6-\u06ED\u0900-\u0DFF\u0F00-\u0FFF\u1100-\u11FF\u1B00-\u1B7F\u1DC0-\u1DFF\u1F00-\u1FFF\u2000\u2001\u20D0-\u20FF\u2126\u212A\u212B\u2329\u232A\u3099\u309A\uAC00-\uD7FF\uF900-\uFAFF\uFB1D-\uFB4E\uD800-\uDFFF]/u;

/**
 * Repair the characters of one raw line and measure its indent. Whitespace folding is
 * not logged (it changes no word); mojibake, controls and NFC changes are.
 */
export function repairLine(raw: string, line: number, r: Repairs): SrcLine {
  // Fast path: most lines have nothing any character rule could touch.
  if (!NEEDS_CHAR_REPAIR.test(raw) && !MAY_CHANGE_UNDER_NFC.test(raw)) return finish(raw, line);
  let s = raw;
  // Mojibake first: a C1 control such as U+009D can be the last byte of a mojibake run.
  if (r.on('chars-mojibake')) {
    const { text, hits } = fixMojibake(s);
    for (const h of hits) {
      r.log('chars-mojibake', { line, column: h.index + 1 }, h.before, h.after, `Unexpected mojibake \`${h.before}\`, expected \`${h.after}\` (UTF-8 read as Windows-1252)`);
    }
    s = text;
  }
  if (r.on('chars-control')) {
    CONTROL.lastIndex = 0;
    if (CONTROL.test(s)) {
      const before = s;
      let col = 0;
      s = s.replace(CONTROL, (ch: string, i: number) => {
        col = col || i + 1;
        return '';
      });
      const codes = [...before.matchAll(CONTROL)].map((m) => `U+${m[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`);
      // The whole line goes in the log: removing a control can join two words.
      r.log('chars-control', { line, column: col }, before, s, `Unexpected control character ${codes[0]}, removed`);
    }
  }
  if (r.on('chars-nfc') && MAY_CHANGE_UNDER_NFC.test(s)) {
    const nfc = s.normalize('NFC');
    if (nfc !== s) {
      r.log('chars-nfc', { line, column: 1 }, s, nfc, 'Unexpected decomposed characters, composed to Unicode NFC');
      s = nfc;
    }
  }
  return finish(s.replace(SPACES, ' '), line);
}

/** Trim, measure the indent, fold runs of spaces. */
function finish(s: string, line: number): SrcLine {
  const trimmedStart = s.trimStart();
  const indent = s.length - trimmedStart.length;
  let text = trimmedStart.trimEnd();
  if (text.includes('  ')) text = text.replace(/ {2,}/g, ' ');
  return { text, line, column: indent + 1, indent };
}

/** Split a decoded source into repaired lines; form feeds become line breaks. */
export function toLines(value: string, r: Repairs): SrcLine[] {
  // Line numbers follow `\n` only, so a form feed does not shift later lines.
  const rows = value.includes('\r') ? value.split(/\r\n|\r|\n/) : value.split('\n');
  const out: SrcLine[] = [];
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i] ?? '';
    if (!row.includes('\f')) {
      out.push(repairLine(row, i + 1, r));
      continue;
    }
    r.log('page-furniture', { line: i + 1, column: row.indexOf('\f') + 1 }, '\f', '', 'Unexpected form feed, removed as a page break');
    // The page break itself is no line: only text around it is kept.
    row.split('\f').forEach((p, k) => {
      if (!p.trim()) return;
      const l = repairLine(p, i + 1, r);
      if (k > 0) l.pageTop = true;
      out.push(l);
    });
  }
  return out;
}
