import type { SrcLine } from './block.ts';
import type { Repairs } from './repairs.ts';
import { measure } from './stats.ts';

// Bare page numbers: "12", "- 12 -", "Page 12", "12 of 40", "[12]" on a line of its own.
const PAGE_NUMBER = /^(?:page\s+)?[-–—[(]?\s*\d{1,4}\s*[-–—\])]?(?:\s+of\s+\d{1,4})?$/i;

/** Digits vary between running heads ("Chapter 3 ... 41"), so compare lines without them. */
function headKey(s: string): string {
  return s.replace(/\d+/g, '#').toLowerCase();
}

/**
 * Drop page furniture from hard-wrapped text: running heads/feet (short lines repeating on
 * three or more pages) and bare page numbers. A blank line left doubled by a drop is removed too,
 * so the furniture does not look like a paragraph break.
 */
export function dropFurniture(lines: SrcLine[], r: Repairs): SrcLine[] {
  if (!r.on('page-furniture')) return lines;
  // Running heads are short: a repeated full-width line is more likely repeated text.
  const maxHead = Math.min(80, Math.max(20, measure(lines) * 0.7));
  const counts = new Map<string, number>();
  for (const l of lines) {
    if (l.text && l.text.length <= maxHead) {
      const k = headKey(l.text);
      counts.set(k, (counts.get(k) ?? 0) + 1);
    }
  }
  // A short line seen twice next to page numbers is a running head too.
  const nearNumber = new Set<string>();
  for (let i = 0; i < lines.length; i++) {
    const t = lines[i]!.text;
    if (!t || !PAGE_NUMBER.test(t)) continue;
    for (const j of [i - 2, i - 1, i + 1, i + 2]) {
      const n = lines[j]?.text;
      if (n && n.length <= maxHead && !PAGE_NUMBER.test(n)) nearNumber.add(headKey(n));
    }
  }
  const isHead = (t: string): boolean => {
    const k = headKey(t);
    const c = counts.get(k) ?? 0;
    return c >= 3 || (c >= 2 && nearNumber.has(k));
  };
  const out: SrcLine[] = [];
  let dropped = false;
  for (const l of lines) {
    let why = '';
    if (l.text) {
      if (PAGE_NUMBER.test(l.text)) why = 'page number';
      else if (l.text.length <= maxHead && isHead(l.text) && /\p{L}{2}/u.test(l.text)) why = 'running head';
    }
    if (why) {
      r.log('page-furniture', l, l.text, '', `Unexpected ${why} \`${l.text}\`, dropped as page furniture`);
      dropped = true;
      continue;
    }
    // Skip the blank that followed dropped furniture when a blank already precedes it.
    if (!l.text && dropped && out.length > 0 && !out[out.length - 1]!.text) {
      dropped = false;
      continue;
    }
    if (l.text) dropped = false;
    out.push(l);
  }
  return out;
}
