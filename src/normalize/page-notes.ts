import type { SrcLine } from './block.ts';
import { foliatedHead } from './furniture.ts';
import { clip, type Repairs } from './repairs.ts';
import { endsSentence } from './text-shape.ts';

/**
 * Footnotes at the page foot of a PDF's text. An extractor gives a page's notes after its last
 * line of body text, so without repair a note lands in the middle of the sentence that runs on
 * to the next page ("… our history of ¶ 1 ¶ Excepting in the fifth … ¶ development are …").
 *
 * A note starts at a line holding only its number (or its number and its first words), where
 * the same number stands as a call glued to a word or a stop a little before (`theme.1`,
 * `bass),3`); the notes that follow it are numbered on; the foot ends at a blank line or a page
 * break. Each note is set aside to the end of the text as `[k] text`, numbered through the
 * text, and its call becomes `[k]`: rule `note-definition` and `note-call` make footnotes of them.
 */

const MARKER = /^([1-9]\d{0,2})(?:\s+(\S.*))?$/;
/** A note marked with a symbol (`* Email: …`, `† Translated by …`), its text on the same line. */
const SYMBOL = /^([*∗†‡§‖]{1,3})\s*(["“'(\p{L}\p{N}].*)$/u;
/** How far before its note a call may stand (a page of lines). */
const REACH = 70;

/** The call `n` in a line: glued to a letter or a stop, not part of a number. */
function callPattern(n: string): RegExp {
  return new RegExp(`(?<=[\\p{L}.,;:!?)\\]”’"'])${n.replace(/[*]/g, '\\*')}(?=$|[\\s.,;:!?)”’–—-])`, 'gu');
}

/** Where the last call matching `re` stands in a line, or -1. */
function callAt(text: string, re: RegExp): number {
  re.lastIndex = 0;
  let at = -1;
  for (let m = re.exec(text); m; m = re.exec(text)) at = m.index;
  return at;
}

interface Call {
  line: number;
  at: number;
}

/** The nearest call `n` before line `i`, after line `floor`. */
function findCall(lines: SrcLine[], i: number, n: string, floor: number, used: Set<string>): Call | undefined {
  const re = callPattern(n);
  for (let k = i - 1; k >= Math.max(floor, i - REACH); k--) {
    const t = lines[k]!.text;
    if (!t || !t.includes(n)) continue;
    const at = callAt(t, re);
    if (at >= 0 && !used.has(`${k}:${at}`)) return { line: k, at };
  }
  return undefined;
}

export function setAsideFootNotes(lines: SrcLine[], r: Repairs, rule: string): SrcLine[] {
  const symbols = setAsideSymbolNotes(lines, r, rule);
  return setAsideNumberedNotes(numbersBesideNotes(symbols.lines), r, rule, symbols.count);
}

/** More lines than a page-foot note runs to, in a column of text. */
const LONGEST_NOTE = 15;
/** At most this many lines in a note whose number was read apart from it. */
const NOTE_APART = 6;

/**
 * A note's number set raised over its text at a two-column page's foot: pdftotext may read the
 * number apart, before the other column (`2` ¶ the right column's 50 lines ¶ `Paris and the Social
 * Revolution.` ¶ the folio), and the number would take the column for its note. Where a number
 * alone (a call with it stands before) is followed by more lines than a note runs to, and the
 * page ends after a short chunk further on, the number is moved to that chunk, which the notes
 * pass then sets aside; nothing else moves. The move is logged with the note (its place is the
 * number's own line).
 */
function numbersBesideNotes(lines: SrcLine[]): SrcLine[] {
  let out: SrcLine[] | undefined;
  for (let i = 1; i < lines.length; i++) {
    const l = (out ?? lines)[i]!;
    if (l.pageTop || l.text.length > 3 || !/^[1-9]\d{0,2}$/.test(l.text)) continue;
    const cur = out ?? lines;
    let j = i + 1;
    if (j < cur.length && !cur[j]!.text) j++;
    let run = j;
    while (run < cur.length && cur[run]!.text && !cur[run]!.pageTop) run++;
    // Not a folio at the page's top, nor a number whose own note stands right after the run
    // (the run then ends with the note's number: `5` ¶ its text).
    if (run - j <= LONGEST_NOTE || cur[run - 1]!.text === l.text || cur.slice(Math.max(0, i - 3), i + 1).some((x) => x.pageTop)) continue;
    // The short chunk the page ends with: the note's text.
    let a = run;
    while (a < cur.length && !cur[a]!.text && !cur[a]!.pageTop) a++;
    let b = a;
    while (b < cur.length && cur[b]!.text && !cur[b]!.pageTop) b++;
    if (a >= cur.length || cur[a]!.pageTop || b - a > NOTE_APART || /^\p{Ll}/u.test(cur[a]!.text) || MARKER.test(cur[a]!.text)) continue;
    // Its call must stand within reach of the note's new place, as the notes pass looks for it there.
    if (!pageEndsAfter(cur, b) || !findCall(cur, a, l.text, 0, new Set())) continue;
    const moved = cur.slice();
    moved.splice(i, 1);
    moved.splice(a - 1, 0, l, { text: '', line: l.line, column: 1, indent: 0 });
    out = moved;
  }
  return out ?? lines;
}

function setAsideNumberedNotes(lines: SrcLine[], r: Repairs, rule: string, first: number): SrcLine[] {
  const out = lines.map((l) => ({ ...l }));
  const drop = new Uint8Array(lines.length);
  const notes: { k: number; lines: SrcLine[] }[] = [];
  const used = new Set<string>();
  let count = first;
  // Calls are looked for after the previous foot, so one call is never claimed twice.
  let floor = 0;
  for (let i = 1; i < lines.length; i++) {
    const m = MARKER.exec(lines[i]!.text);
    if (!m || lines[i]!.pageTop) continue;
    const call = findCall(lines, i, m[1]!, floor, used);
    if (!call) continue;
    // A number alone must be followed by its note's text on the same page (pdftotext may put a
    // blank line between them).
    const gap = !m[2] && !lines[i + 1]?.text ? 1 : 0;
    const next = lines[i + 1 + gap];
    if (!m[2] && (!next || !next.text || next.pageTop || MARKER.test(next.text))) continue;
    // The foot: this note and the ones numbered on after it, to a blank line or a page break.
    // A blank line between two notes goes on with the foot when the next note is numbered on
    // and its call stands before (a PDF's layout sets each note as a paragraph of its own).
    let j = i;
    let want = Number(m[1]);
    const foot: { n: string; call: Call; first: number; lines: SrcLine[] }[] = [];
    const nextNote = (b: number): boolean => {
      const after = lines[b + 1];
      const mm = after?.text ? MARKER.exec(after.text) : null;
      return !!after && !after.pageTop && !!mm && Number(mm[1]) === want && !!findCall(lines, i, mm[1]!, floor, used);
    };
    while (j < lines.length && (lines[j]!.text || (j === i + 1 && gap) || (j > i && nextNote(j))) && !(j > i && lines[j]!.pageTop)) {
      if (!lines[j]!.text) {
        j++;
        continue;
      }
      const mm = MARKER.exec(lines[j]!.text);
      if (mm && Number(mm[1]) === want) {
        const c = j === i ? call : findCall(lines, i, mm[1]!, floor, used);
        if (c) {
          used.add(`${c.line}:${c.at}`);
          foot.push({
            n: mm[1]!,
            call: c,
            first: j,
            lines: mm[2] ? [{ ...lines[j]!, text: mm[2], column: lines[j]!.column + lines[j]!.text.length - mm[2].length }] : [],
          });
          want++;
          j++;
          continue;
        }
      }
      foot.at(-1)!.lines.push(lines[j]!);
      j++;
    }
    // Calls are rewritten from the end of each line back, so that a rewrite does not move the
    // place of another call on the same line ("ing.2 … poetry.3").
    const numbered = foot.filter((f) => f.lines.length > 0).map((f) => ({ f, k: ++count }));
    for (const { f, k } of [...numbered].sort((a, b) => b.f.call.line - a.f.call.line || b.f.call.at - a.f.call.at)) {
      const callLine = out[f.call.line]!;
      callLine.text = `${callLine.text.slice(0, f.call.at)}[${k}]${callLine.text.slice(f.call.at + f.n.length)}`;
    }
    for (const { f, k } of numbered) {
      const text = f.lines.map((l) => l.text).join(' ');
      r.log(rule, lines[f.first]!, `${f.n} ${text}`, `[${k}] ${text}`, `Unexpected footnote ${f.n} \`${clip(text)}\` at the page foot, set aside as note ${k}`);
      const at = lines[f.call.line]!;
      r.log(
        rule,
        { line: at.line, column: at.column + f.call.at },
        f.n,
        `[${k}]`,
        `Unexpected note call \`${f.n}\` glued to the text, set as \`[${k}]\` (note ${k})`,
      );
      notes.push({ k, lines: f.lines });
    }
    for (let d = i; d < j; d++) drop[d] = 1;
    floor = j;
    i = j - 1;
  }
  if (notes.length === 0) return lines;
  const kept = out.filter((_, i) => !drop[i]);
  const last = lines[lines.length - 1]!;
  for (const note of notes) {
    // Two blank lines: a break even where one blank is part of the wrapping (unwrap.ts).
    kept.push({ text: '', line: last.line, column: 1, indent: 0 }, { text: '', line: last.line, column: 1, indent: 0 });
    note.lines.forEach((l, x) => kept.push({ ...l, indent: 0, pageTop: false, text: x === 0 ? `[${note.k}] ${l.text}` : l.text }));
  }
  return kept;
}

/** A page ends within the next few lines after `j`: a page break, or a folio alone on its line. */
function pageEndsAfter(lines: SrcLine[], j: number): boolean {
  for (let k = j; k < Math.min(lines.length, j + 4); k++) {
    const l = lines[k]!;
    if (l.pageTop || /^\d{1,3}$/.test(l.text) || foliatedHead(l.text)) return true;
  }
  return j >= lines.length;
}

/** The first line of body text after `j` (past blank lines and short page furniture). */
function textAfter(lines: SrcLine[], j: number): string {
  for (let k = j; k < Math.min(lines.length, j + 6); k++) if (lines[k]!.text.length > 40) return lines[k]!.text;
  return '';
}

/**
 * Notes marked with a symbol at a page foot (`* Email: …`, `† Translated by …`): a note ends at
 * a blank line or a page break, and the page must end right after it. With its call glued to a
 * word before it (`Morris*`), it becomes note k and the call `[k]`. Without a call it is set aside
 * only where it cut a sentence in two (the line before stops mid-sentence, the next page's text
 * goes on in lower case): then it is kept at the end as a note no call points to (rule
 * `note-unused` reports it). Elsewhere a line opening with `*` is left as it came (a list).
 */
function setAsideSymbolNotes(lines: SrcLine[], r: Repairs, rule: string): { lines: SrcLine[]; count: number } {
  const out = lines.map((l) => ({ ...l }));
  const drop = new Uint8Array(lines.length);
  const notes: { k: number; lines: SrcLine[] }[] = [];
  const used = new Set<string>();
  let count = 0;
  // Where a note marked at `i` ends: a blank line, a page break, the next marked note.
  const noteEnd = (i: number): number => {
    let j = i + 1;
    while (j < lines.length && lines[j]!.text && !lines[j]!.pageTop && j - i < 8 && !SYMBOL.test(lines[j]!.text) && !/^\d{1,3}$/.test(lines[j]!.text)) j++;
    return j;
  };
  for (let i = 1; i < lines.length; i++) {
    const m = SYMBOL.exec(lines[i]!.text);
    if (!m || lines[i]!.pageTop) continue;
    // The foot's next note, right after one set aside; or the first, under the page's last line
    // of text (one blank line between them, as OCR sets the foot apart).
    const next = drop[i - 1] === 1;
    let b = i - 1;
    if (!next && !lines[b]!.text && b > 0 && lines[b - 1]!.text && !lines[b]!.pageTop) b--;
    const before = lines[b]!;
    if (!next && (!before.text || SYMBOL.test(before.text))) continue;
    const j = noteEnd(i);
    // The page ends after the foot: this note and the marked ones under it.
    let e = j;
    while (e < lines.length && !lines[e]!.pageTop && SYMBOL.test(lines[e]!.text)) e = noteEnd(e);
    if (!pageEndsAfter(lines, e)) continue;
    const call = findCall(lines, i, m[1]!, 0, used);
    const cut = !next && !endsSentence(before.text) && before.text.length >= 30 && /^\p{Ll}/u.test(textAfter(lines, e));
    if (!call && !cut) continue;
    const k = ++count;
    const body = [{ ...lines[i]!, text: m[2]!, column: lines[i]!.column + lines[i]!.text.length - m[2]!.length }, ...lines.slice(i + 1, j)];
    const text = body.map((l) => l.text).join(' ');
    if (call) {
      used.add(`${call.line}:${call.at}`);
      const callLine = out[call.line]!;
      callLine.text = `${callLine.text.slice(0, call.at)}[${k}]${callLine.text.slice(call.at + m[1]!.length)}`;
      r.log(rule, lines[i]!, `${m[1]} ${text}`, `[${k}] ${text}`, `Unexpected footnote ${m[1]} \`${clip(text)}\` at the page foot, set aside as note ${k}`);
      const at = lines[call.line]!;
      r.log(
        rule,
        { line: at.line, column: at.column + call.at },
        m[1]!,
        `[${k}]`,
        `Unexpected note call \`${m[1]}\` glued to the text, set as \`[${k}]\` (note ${k})`,
      );
    } else {
      r.log(
        rule,
        lines[i]!,
        `${m[1]} ${text}`,
        `[${k}] ${text}`,
        `Unexpected footnote ${m[1]} \`${clip(text)}\` at the page foot, in the middle of a sentence and with no call found, set aside as note ${k}`,
      );
    }
    notes.push({ k, lines: body });
    for (let d = i; d < j; d++) drop[d] = 1;
    i = j - 1;
  }
  if (notes.length === 0) return { lines, count };
  const kept = out.filter((_, i) => !drop[i]);
  const last = lines[lines.length - 1]!;
  for (const note of notes) {
    // Two blank lines: a break even where one blank is part of the wrapping (unwrap.ts).
    kept.push({ text: '', line: last.line, column: 1, indent: 0 }, { text: '', line: last.line, column: 1, indent: 0 });
    note.lines.forEach((l, x) => kept.push({ ...l, indent: 0, pageTop: false, text: x === 0 ? `[${note.k}] ${l.text}` : l.text }));
  }
  return { lines: kept, count };
}
