import type { SrcLine } from './block.ts';
import { foliatedHead, headShaped, pageNumber } from './furniture.ts';
import type { Repairs } from './repairs.ts';

/** A catchword is one word (with its stops and quotes), never a sentence. */
const ONE_WORD = /^["“‘'(]?[\p{L}][\p{L}'’-]{0,22}[.,;:!?"”’')]{0,3}$/u;

/** The next page's lines after line `i`: the index of its first line of text, or -1 when no page ends within reach. */
function nextPageText(lines: readonly SrcLine[], i: number): number {
  let broke = false;
  let furniture = 0;
  for (let j = i + 1; j < lines.length && j <= i + 8; j++) {
    const l = lines[j]!;
    if (l.pageTop) broke = true;
    if (!l.text) continue;
    // A page number ends the page; so does a running head at the next page's top (with its folio,
    // or in capitals right after a page break).
    if (pageNumber(l.text) || foliatedHead(l.text) || (l.pageTop && headShaped(l.text) && !/\p{Ll}/u.test(l.text))) {
      broke = true;
      if (++furniture > 3) return -1;
      continue;
    }
    return broke ? j : -1;
  }
  return -1;
}

/**
 * An old book prints at the foot of each page, alone and to the right, the first word of the
 * next page (the catchword), so the binder can check the order of the sheets. Read as text it is
 * a word said twice, and it stands between the page's last line and its footnotes or the next
 * page: a word alone on a line whose page ends right after (a page break, a page number, a
 * running head with its folio) and whose next page opens with that same word is dropped.
 */
export function dropCatchwords(lines: SrcLine[], r: Repairs, id: string): SrcLine[] {
  const drop = new Set<number>();
  for (let i = 1; i < lines.length; i++) {
    const l = lines[i]!;
    if (!l.text || l.text.length > 26 || l.pageTop || !ONE_WORD.test(l.text)) continue;
    const j = nextPageText(lines, i);
    if (j < 0 || lines[j]!.text.split(' ')[0] !== l.text) continue;
    r.log(id, l, l.text, '', `Unexpected catchword \`${l.text}\` at the page foot (the next page's first word, line ${lines[j]!.line}), dropped`);
    drop.add(i);
  }
  return drop.size ? lines.filter((_, i) => !drop.has(i)) : lines;
}
