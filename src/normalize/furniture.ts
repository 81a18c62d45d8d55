import type { SrcLine } from './block.ts';
import type { Repairs } from './repairs.ts';

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
  const counts = new Map<string, number>();
  for (const l of lines) {
    if (l.text && l.text.length <= 80) {
      const k = headKey(l.text);
      counts.set(k, (counts.get(k) ?? 0) + 1);
    }
  }
  const out: SrcLine[] = [];
  let dropped = false;
  for (const l of lines) {
    let why = '';
    if (l.text) {
      if (PAGE_NUMBER.test(l.text)) why = 'page number';
      else if (l.text.length <= 80 && (counts.get(headKey(l.text)) ?? 0) >= 3 && /\p{L}{2}/u.test(l.text)) why = 'running head';
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
