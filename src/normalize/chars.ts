import type { SrcLine } from './block.ts';
import type { Repairs } from './repairs.ts';
import { columnCut, readColumns } from './text-columns.ts';

// Unicode spaces we print as a plain space.
const SPACES = /[\t\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g;

// Anything the control, space, mojibake or ligature rules could act on; NFC candidates are
// MAY_CHANGE_UNDER_NFC (one set, checked exhaustively by a test).
const NEEDS_CHAR_REPAIR =
  /[\u0000-\u0008\t\u000B\u000E-\u001F\u007F-\u00A0\u00AD\u00C2-\u00F4\u1680\u2000-\u200F\u202F\u205F\u2060\u3000\uFEFF\u017F\uFB00-\uFB06]/;

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
  if (value.includes('\f')) {
    const paged = inColumns(rows, r, fix);
    if (paged) return paged;
  }
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

/**
 * The lines of a paged text with pages in two columns side by side (text-columns.ts), each such
 * page read column by column; undefined when no page is (the rows are then read as they come).
 */
function inColumns(rows: string[], r: Repairs, fix: FixChars): SrcLine[] | undefined {
  // Pages as pieces of rows: a form feed ends one page and starts the next within its row.
  const pages: { row: number; at: number; text: string }[][] = [[]];
  const feeds: { line: number; column: number }[] = [];
  let wide = false;
  rows.forEach((row, i) => {
    if (row.length > 250) wide = true;
    const parts = row.split('\f');
    let at = 0;
    parts.forEach((p, k) => {
      if (k > 0) {
        feeds.push({ line: i + 1, column: at });
        pages.push([]);
      }
      if (k === 0 || p.trim()) pages[pages.length - 1]!.push({ row: i + 1, at, text: p });
      at += p.length + 1;
    });
  });
  if (wide) return undefined;
  const cuts = pages.map((pg) => columnCut(pg.map((x) => x.text)));
  if (!cuts.some((c) => c !== undefined)) return undefined;
  for (const f of feeds) r.log('page-furniture', f, '\f', '', 'Unexpected form feed, removed as a page break');
  const read: number[] = [];
  const out: SrcLine[] = [];
  pages.forEach((pg, n) => {
    const cut = cuts[n];
    const pieces =
      cut === undefined
        ? pg
        : readColumns(
            pg.map((x) => x.text),
            cut,
            0,
          ).map((x) => ({ ...pg[x.row]!, at: pg[x.row]!.at + x.at, text: x.text }));
    if (cut !== undefined) read.push(n + 1);
    let top = n > 0;
    for (const x of pieces) {
      if (!x.text.trim() && top) continue;
      const l = repairLine(x.text, x.row, fix);
      l.column += x.at;
      if (top) l.pageTop = true;
      top = false;
      out.push(l);
    }
  });
  r.info(
    'unwrap',
    { line: 1, column: 1 },
    `Read page${read.length > 1 ? 's' : ''} ${read.slice(0, 8).join(', ')}${read.length > 8 ? ` and ${read.length - 8} more` : ''} as two columns side by side, the left one first`,
  );
  return out;
}
