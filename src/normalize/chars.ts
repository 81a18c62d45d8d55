import type { SrcLine } from './block.ts';
import type { Repairs } from './repairs.ts';

// Unicode spaces we print as a plain space.
const SPACES = /[\t\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g;

// Anything the control, space or mojibake rules below could act on; NFC candidates are
// MAY_CHANGE_UNDER_NFC (one set, checked exhaustively by a test).
const NEEDS_CHAR_REPAIR = /[\u0000-\u0008\t\u000B\u000E-\u001F\u007F-\u00A0\u00AD\u00C2-\u00F4\u1680\u2000-\u200F\u202F\u205F\u2060\u3000\uFEFF]/;

// Characters NFC can change: every combining mark (\p{M}: Latin, Indic, Myanmar…), Hangul jamo,
// compatibility singletons (including the astral CJK compatibility ideographs), surrogates.
// A cheap test first, because normalize('NFC') copies every line it is given.
export const MAY_CHANGE_UNDER_NFC =
  /[\p{M}\u2ADC\u{1D15E}-\u{1D1C0}\u{2F800}-\u{2FA1D}\u0300-\u036F\u0374\u037E\u0387\u0591-\u05C7\u0610-\u065F\u0670\u06D6-\u06ED\u0900-\u0DFF\u0F00-\u0FFF\u1100-\u11FF\u1B00-\u1B7F\u1DC0-\u1DFF\u1F00-\u1FFF\u2000\u2001\u20D0-\u20FF\u2126\u212A\u212B\u2329\u232A\u3099\u309A\uAC00-\uD7FF\uF900-\uFAFF\uFB1D-\uFB4E\uD800-\uDFFF]/u;

/** The text-phase rules in registry order, as one function (set up by the engine). */
export type FixChars = (value: string, at: { line: number; column: number }) => string;

/**
 * Repair the characters of one raw line and measure its indent. Whitespace folding is
 * not logged (it changes no word); mojibake, controls and NFC changes are (text-phase rules).
 */
export function repairLine(raw: string, line: number, fix: FixChars): SrcLine {
  // Fast path: most lines have nothing any character rule could touch.
  if (!NEEDS_CHAR_REPAIR.test(raw) && !MAY_CHANGE_UNDER_NFC.test(raw)) return finish(raw, line);
  return finish(fix(raw, { line, column: 1 }).replace(SPACES, ' '), line);
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
export function toLines(value: string, r: Repairs, fix: FixChars): SrcLine[] {
  // Line numbers follow `\n` only, so a form feed does not shift later lines.
  const rows = value.includes('\r') ? value.split(/\r\n|\r|\n/) : value.split('\n');
  const out: SrcLine[] = [];
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i] ?? '';
    if (!row.includes('\f')) {
      out.push(repairLine(row, i + 1, fix));
      continue;
    }
    r.log('page-furniture', { line: i + 1, column: row.indexOf('\f') + 1 }, '\f', '', 'Unexpected form feed, removed as a page break');
    // The page break itself is no line: only text around it is kept.
    row.split('\f').forEach((p, k) => {
      if (!p.trim()) return;
      const l = repairLine(p, i + 1, fix);
      if (k > 0) l.pageTop = true;
      out.push(l);
    });
  }
  return out;
}
