import type { Block } from './block.ts';
import { clip, type Repairs } from './repairs.ts';
import { placeAt } from './block.ts';

const BRACKET_DEF = /^\[(\d{1,3})\]\s*(\S[\s\S]*)$/;
const NUMBER_DEF = /^(\d{1,3})[.)]\s+(\S[\s\S]*)$/;
// In English, French, Spanish, Portuguese, Italian, German, Dutch and Russian: a text's notes
// list is headed in its own language ('Notas', 'Notes et références', 'Anmerkungen').
export const NOTES_HEADING =
  /^(?:notes?|end\s?notes|foot\s?notes|references and notes|notes et r[ée]f[ée]rences|notas(?: y referencias| e refer[êe]ncias)?|note|anmerkungen|fu(?:ß|ss)noten|endnoten|noten|примечания)\s*:?$/iu;
export const BIBLIOGRAPHY_HEADING =
  /^(?:references|bibliography|works cited|sources|further reading|literature|reading list|select bibliography|r[ée]f[ée]rences(?: bibliographiques)?|bibliographie|referencias|refer[êe]ncias|bibliograf[íi]a|fuentes|obras citadas|literatur(?:verzeichnis)?|quellen|литература)\s*:?$/iu;

/**
 * Find the notes list at the end of a text. Notes are `[n] text` blocks in the back half of the
 * text (or `n. text` under a "Notes" heading); they become `note` blocks.
 */
export function markNotes(blocks: Block[], r: Repairs): Block[] {
  // The back half, or the run of `[n] text` blocks the text ends with, however long (notes set
  // aside from the page feet of a short text can outnumber its paragraphs).
  let tail = blocks.length;
  while (tail > 1 && /\p{L}/u.test(BRACKET_DEF.exec(blocks[tail - 1]!.text)?.[2] ?? '')) tail--;
  const half = Math.min(Math.floor(blocks.length / 2), tail);
  let notesHeading = -1;
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    const t = b.text;
    if (b.cand && NOTES_HEADING.test(t) && i >= half) {
      notesHeading = i;
      b.kind = 'heading';
      continue;
    }
    const m = BRACKET_DEF.exec(t) ?? (notesHeading >= 0 && i > notesHeading ? NUMBER_DEF.exec(t) : null);
    if (m && i >= half) {
      b.kind = 'note';
      b.noteId = String(Number(m[1]));
      b.text = m[2]!.trim();
      b.spans = b.spans.map((s) => ({ ...s }));
      b.cand = undefined;
      continue;
    }
  }
  // A "Notes" heading with its list is kept as notes; its heading is not printed.
  if (notesHeading >= 0 && blocks.some((b, i) => i > notesHeading && b.kind === 'note')) {
    const h = blocks[notesHeading]!;
    r.log('note-definition', placeAt(h, 0), h.text, '', `Unexpected notes heading \`${clip(h.text)}\`, dropped (notes print as footnotes)`);
    return blocks.filter((_, i) => i !== notesHeading);
  }
  return dropEmptiedNotesHeadings(blocks, r);
}

/**
 * A heading of a notes or references section whose blocks are all notes (a web page's
 * "References" over its endnotes, already read as notes) would print alone at the end of the
 * text once its notes go to the page feet: it is dropped, logged.
 */
function dropEmptiedNotesHeadings(blocks: Block[], r: Repairs): Block[] {
  const drop = new Set<number>();
  for (let i = 0; i < blocks.length; i++) {
    const h = blocks[i]!;
    if (h.kind !== 'heading' && !h.cand) continue;
    if (!NOTES_HEADING.test(h.text) && !BIBLIOGRAPHY_HEADING.test(h.text)) continue;
    let j = i + 1;
    while (j < blocks.length && blocks[j]!.kind === 'note') j++;
    const section = j - i - 1;
    if (section === 0 || (j < blocks.length && blocks[j]!.kind !== 'heading' && !blocks[j]!.cand)) continue;
    drop.add(i);
    r.log(
      'note-definition',
      placeAt(h, 0),
      h.text,
      '',
      `Unexpected notes heading \`${clip(h.text)}\` over ${section} notes only, dropped (notes print as footnotes)`,
    );
  }
  return drop.size ? blocks.filter((_, i) => !drop.has(i)) : blocks;
}

/** Blocks under a "References" (or "Bibliography", …) heading become list items. */
export function markReferenceList(blocks: Block[]): Block[] {
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    if (!(b.cand && BIBLIOGRAPHY_HEADING.test(b.text))) continue;
    b.kind = 'heading';
    for (let j = i + 1; j < blocks.length; j++) {
      const item = blocks[j]!;
      if (item.kind === 'note' || item.kind === 'heading' || item.cand === 'caps' || item.text.length > 500) break;
      item.kind = 'list-item';
      item.cand = undefined;
    }
  }
  return blocks;
}

/** Ids of the notes defined in the text. */
export function definedNotes(blocks: Block[]): Set<string> {
  const ids = new Set<string>();
  for (const b of blocks) if (b.kind === 'note' && b.noteId) ids.add(b.noteId);
  return ids;
}
